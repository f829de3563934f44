package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A span of calendar dates with a start and, once known, an end, such as the period a plan covers.
 *
 * <p>Both ends are inclusive. An open period has no end yet. The end is never before the start.
 */
@Value.Immutable
@JsonDeserialize(builder = DateRange.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"start", "end"})
public abstract class DateRange {
    DateRange() {}

    /**
     * Gets the first day of the period.
     *
     * @return the start date, not null
     */
    public abstract LocalDate getStart();

    /**
     * Gets the last day of the period, if it is known.
     *
     * @return the end date, empty while the period is open
     */
    public abstract Optional<LocalDate> getEnd();

    /**
     * Checks whether the given date falls within this period, ends included.
     *
     * @param date the date to check, not null
     * @return true if the date is on or after the start and, where there is an end, on or before it
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(getStart())
                && getEnd().map(end -> !date.isAfter(end)).orElse(true);
    }

    /**
     * Obtains a period from its first and last day.
     *
     * @param start the first day, not null
     * @param end the last day, not null, not before {@code start}
     * @return the period, not null
     * @throws InvariantViolationException if {@code end} is before {@code start}
     */
    public static DateRange of(LocalDate start, LocalDate end) {
        return builder().start(start).end(end).build();
    }

    /**
     * Obtains a period that starts on the given day and has no end yet.
     *
     * @param start the first day, not null
     * @return the open period, not null
     */
    public static DateRange startingOn(LocalDate start) {
        return builder().start(start).build();
    }

    /**
     * Returns a copy of this date range with another start.
     *
     * @param value the new start, not null
     * @return the copy, not null
     */
    public abstract DateRange withStart(LocalDate value);

    /**
     * Returns a copy of this date range with another end.
     *
     * @param value the new end, not null
     * @return the copy, not null
     */
    public abstract DateRange withEnd(LocalDate value);

    /**
     * Returns a copy of this date range with another end, or none.
     *
     * @param value the new end, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract DateRange withEnd(Optional<? extends LocalDate> value);

    /**
     * Obtains a builder of periods.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DateRange}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableDateRange.Builder {
        /** Creates an empty builder; {@link DateRange#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        Invariants.notBefore(getEnd(), getStart(), "DateRange.end", "DateRange.start");
    }
}
