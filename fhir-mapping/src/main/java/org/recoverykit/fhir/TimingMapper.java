package org.recoverykit.fhir;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.Optional;
import java.util.Set;
import org.recoverykit.model.Frequency;
import org.recoverykit.model.FrequencyUnit;

/**
 * Maps how much, how often and for how long a service is given to a Timing and back: the amount of each
 * occasion as {@code repeat.duration}, the frequency as {@code repeat.frequency} per {@code repeat.period}
 * units, and the length as {@code repeat.boundsDuration} in UCUM years, months or days. A length that mixes
 * years, months and days, or is zero or negative, goes into the {@link FhirExtension#DURATION} extension of the
 * resource instead, and a negative amount, which FHIR forbids ({@code tim-8}), or one of more than
 * {@link Long#MAX_VALUE} seconds, which the reader does not take, into its {@link FhirExtension#AMOUNT} extension.
 */
final class TimingMapper {
    /** What the writer writes of a Timing: its repeat. */
    private static final Set<String> TIMING = Set.of("repeat");
    /** What the writer writes of a service's {@code Timing.repeat}. */
    private static final Set<String> REPEAT =
            Set.of("duration", "durationUnit", "frequency", "period", "periodUnit", "boundsDuration");
    /** What the writer writes of a frequency's {@code Timing.repeat}. */
    private static final Set<String> FREQUENCY = Set.of("frequency", "period", "periodUnit");
    /** What the writer writes of a length, a UCUM Duration. */
    private static final Set<String> BOUNDS = Set.of("value", "unit", "system", "code");

    private TimingMapper() {}

    /** Whether a length fits one boundsDuration, which the reader reads back: one positive number of one unit. */
    static boolean fits(Period period) {
        int parts =
                (period.getYears() != 0 ? 1 : 0) + (period.getMonths() != 0 ? 1 : 0) + (period.getDays() != 0 ? 1 : 0);
        return parts == 1 && !period.isNegative();
    }

    /**
     * Whether an amount fits {@code repeat.duration}, which the reader reads back exactly: one that is not
     * negative, which FHIR forbids, and not more than {@link Long#MAX_VALUE} seconds, the most the reader takes.
     *
     * <p>The amounts that do not fit are the negative ones and those of {@code Long.MAX_VALUE} seconds and a
     * fraction of a second.
     *
     * @param amount the amount, not null
     * @return true if {@code repeat.duration} holds the amount
     */
    static boolean fits(Duration amount) {
        long seconds = amount.getSeconds();
        return seconds >= 0 && (seconds < Long.MAX_VALUE || amount.getNano() == 0);
    }

    static void write(
            WriteContext ctx,
            String name,
            Optional<Duration> amount,
            Optional<Frequency> frequency,
            Optional<Period> length) {
        boolean bounds = length.isPresent() && fits(length.get());
        amount = amount.filter(TimingMapper::fits);
        if (amount.isEmpty() && frequency.isEmpty() && !bounds) {
            return;
        }
        ctx.out.writeObjectPropertyStart(name);
        ctx.out.writeObjectPropertyStart("repeat");
        if (bounds) {
            Period period = length.get();
            ctx.out.writeObjectPropertyStart("boundsDuration");
            if (period.getYears() != 0) {
                quantity(ctx, period.getYears(), "a", "year");
            } else if (period.getMonths() != 0) {
                quantity(ctx, period.getMonths(), "mo", "month");
            } else {
                quantity(ctx, period.getDays(), "d", "day");
            }
            ctx.out.writeEndObject();
        }
        if (frequency.isPresent()) {
            frequency(ctx, frequency.get());
        }
        if (amount.isPresent()) {
            Duration duration = amount.get();
            if (duration.getNano() == 0 && duration.getSeconds() % 3600 == 0) {
                ctx.out.writeNumberProperty("duration", duration.getSeconds() / 3600);
                ctx.out.writeStringProperty("durationUnit", "h");
            } else if (duration.getNano() == 0 && duration.getSeconds() % 60 == 0) {
                ctx.out.writeNumberProperty("duration", duration.getSeconds() / 60);
                ctx.out.writeStringProperty("durationUnit", "min");
            } else {
                ctx.out.writeNumberProperty(
                        "duration",
                        BigDecimal.valueOf(duration.getSeconds())
                                .add(BigDecimal.valueOf(duration.getNano(), 9))
                                .stripTrailingZeros());
                ctx.out.writeStringProperty("durationUnit", "s");
            }
        }
        ctx.out.writeEndObject();
        ctx.out.writeEndObject();
    }

    /** Writes a frequency's members of {@code Timing.repeat}. */
    static void frequency(WriteContext ctx, Frequency frequency) {
        ctx.out.writeNumberProperty("frequency", frequency.getTimes());
        ctx.out.writeNumberProperty("period", frequency.getEvery());
        ctx.out.writeStringProperty("periodUnit", unit(frequency.getUnit()));
    }

    private static void quantity(WriteContext ctx, int value, String code, String unit) {
        ctx.out.writeNumberProperty("value", value);
        ctx.out.writeStringProperty("unit", unit);
        ctx.out.writeStringProperty("system", FhirCodeSystems.UCUM);
        ctx.out.writeStringProperty("code", code);
    }

    private static String unit(FrequencyUnit unit) {
        return switch (unit) {
            case DAY -> "d";
            case WEEK -> "wk";
            case MONTH -> "mo";
            case YEAR -> "a";
        };
    }

    /** The parts of a Timing that a service has. */
    record Timing(Optional<Duration> amount, Optional<Frequency> frequency, Optional<Period> length) {
        static final Timing NONE = new Timing(Optional.empty(), Optional.empty(), Optional.empty());
    }

    static Timing read(ReadContext ctx, JsonValue timing, String path) {
        if (timing == null) {
            return Timing.NONE;
        }
        JsonValue repeat = ctx.object(timing, "repeat", path);
        if (repeat == null) {
            ctx.skip(path, "a timing without a repeat");
            return Timing.NONE;
        }
        String at = path + ".repeat";
        Timing read = new Timing(amount(ctx, repeat, at), frequency(ctx, repeat, at), length(ctx, repeat, at));
        ctx.skipOthers(repeat, at, REPEAT);
        ctx.skipOthers(timing, path, TIMING);
        return read;
    }

    /**
     * Reads a frequency from a Timing that holds one alone, as the writer writes a contact arrangement's; what else
     * the Timing holds is reported.
     */
    static Optional<Frequency> readFrequency(ReadContext ctx, JsonValue timing, String path) {
        JsonValue repeat = ctx.object(timing, "repeat", path);
        Optional<Frequency> read = Optional.empty();
        if (repeat != null) {
            read = frequency(ctx, repeat, path + ".repeat");
            ctx.skipOthers(repeat, path + ".repeat", FREQUENCY);
        }
        ctx.skipOthers(timing, path, TIMING);
        return read;
    }

    /** The longest duration the reader takes from {@code repeat.duration}, in seconds; see {@link #fits(Duration)}. */
    private static final BigDecimal LONGEST = BigDecimal.valueOf(Long.MAX_VALUE);

    private static Optional<Duration> amount(ReadContext ctx, JsonValue repeat, String path) {
        JsonValue value = repeat.get("duration");
        if (value == null) {
            return Optional.empty();
        }
        Optional<String> unit = ctx.string(repeat, "durationUnit", path);
        if (!value.isNumber() || unit.isEmpty()) {
            ctx.skip(path + ".duration", "a duration without a number and a unit");
            return Optional.empty();
        }
        if (!value.hasDecimalValue()) {
            ctx.skip(path + ".duration", "a duration the model cannot hold");
            return Optional.empty();
        }
        BigDecimal amount = value.decimalValue();
        long seconds = switch (unit.get()) {
            case "s" -> 1;
            case "min" -> 60;
            case "h" -> 3600;
            case "d" -> 86_400;
            default -> -1;
        };
        if (seconds < 0) {
            ctx.skip(path + ".durationUnit", "a unit the model has no equivalent for");
            return Optional.empty();
        }
        if (amount.signum() < 0) {
            ctx.skip(path + ".duration", "a negative duration, which FHIR does not allow");
            return Optional.empty();
        }
        BigDecimal total = amount.multiply(BigDecimal.valueOf(seconds));
        if (total.compareTo(LONGEST) > 0
                || total.scale() > 9 && total.stripTrailingZeros().scale() > 9) {
            ctx.skip(path + ".duration", "a duration the model cannot hold");
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(
                total.longValue(),
                total.remainder(BigDecimal.ONE).movePointRight(9).intValue()));
    }

    /**
     * Reads a frequency: so many times per period of a unit. One the model has no equivalent for is reported, as is a
     * period without a frequency; a frequency that is not a positive whole number is reported as such.
     */
    private static Optional<Frequency> frequency(ReadContext ctx, JsonValue repeat, String path) {
        JsonValue value = repeat.get("frequency");
        boolean absent = value == null || value.isNull();
        if (absent && !repeat.has("period") && !repeat.has("periodUnit")) {
            return Optional.empty();
        }
        Optional<Integer> times = ctx.positiveInt(repeat, "frequency", path);
        if (times.isEmpty() && !absent) {
            return Optional.empty();
        }
        JsonValue period = repeat.get("period");
        Optional<String> unit = ctx.string(repeat, "periodUnit", path);
        FrequencyUnit mapped = unit.map(TimingMapper::unit).orElse(null);
        if (times.isEmpty() || period == null || !period.isInt() || period.intValue() < 1 || mapped == null) {
            ctx.skip(path + ".frequency", "a frequency the model has no equivalent for");
            return Optional.empty();
        }
        return Optional.of(Frequency.builder()
                .times(times.get())
                .every(period.intValue())
                .unit(mapped)
                .build());
    }

    private static FrequencyUnit unit(String code) {
        return switch (code) {
            case "d" -> FrequencyUnit.DAY;
            case "wk" -> FrequencyUnit.WEEK;
            case "mo" -> FrequencyUnit.MONTH;
            case "a" -> FrequencyUnit.YEAR;
            default -> null;
        };
    }

    private static Optional<Period> length(ReadContext ctx, JsonValue repeat, String path) {
        JsonValue bounds = ctx.object(repeat, "boundsDuration", path);
        if (bounds == null) {
            return Optional.empty();
        }
        String at = path + ".boundsDuration";
        ctx.skipOthers(bounds, at, BOUNDS);
        if (ctx.string(bounds, "system", at)
                .filter(s -> !s.equals(FhirCodeSystems.UCUM))
                .isPresent()) {
            ctx.skip(at + ".system", ReadContext.OTHER_SYSTEM);
            return Optional.empty();
        }
        JsonValue value = bounds.get("value");
        Optional<String> code = ctx.string(bounds, "code", at);
        int n = value != null && value.isInt() ? value.intValue() : 0;
        if (n < 1 || code.isEmpty() || code.get().equals("wk") && n > Integer.MAX_VALUE / 7) {
            ctx.skip(at, "a length the model has no equivalent for");
            return Optional.empty();
        }
        return switch (code.get()) {
            case "a" -> Optional.of(Period.ofYears(n));
            case "mo" -> Optional.of(Period.ofMonths(n));
            case "wk" -> Optional.of(Period.ofWeeks(n));
            case "d" -> Optional.of(Period.ofDays(n));
            default -> {
                ctx.skip(at, "a length the model has no equivalent for");
                yield Optional.empty();
            }
        };
    }
}
