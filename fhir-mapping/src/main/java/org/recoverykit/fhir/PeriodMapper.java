package org.recoverykit.fhir;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.recoverykit.model.DateRange;

/** Maps a {@link DateRange} to a Period of dates and back. */
final class PeriodMapper {
    private PeriodMapper() {}

    static void write(WriteContext ctx, String name, DateRange range) {
        ctx.out.writeObjectPropertyStart(name);
        ctx.date("start", range.getStart());
        ctx.date("end", range.getEnd());
        ctx.out.writeEndObject();
    }

    static void write(WriteContext ctx, String name, Optional<DateRange> range) {
        if (range.isPresent()) {
            write(ctx, name, range.get());
        }
    }

    /** What the writer writes of a Period that holds a start alone. */
    static final Set<String> START = Set.of("start");
    /** What the writer writes of a Period: its start and end. */
    static final Set<String> START_END = Set.of("start", "end");

    /** Reads a Period as dates; a Period without a start is reported, as the model needs one. */
    static Optional<DateRange> read(ReadContext ctx, JsonValue element, String name, String path) {
        JsonValue period = ctx.object(element, name, path);
        if (period == null) {
            return Optional.empty();
        }
        String at = path + '.' + name;
        Optional<LocalDate> start = ctx.date(period, "start", at);
        Optional<LocalDate> end = ctx.date(period, "end", at);
        ctx.skipOthers(period, at, START_END);
        if (start.isEmpty()) {
            ctx.skip(at, "a period without a start");
            return Optional.empty();
        }
        if (end.isPresent() && end.get().isBefore(start.get())) {
            ctx.skip(at, "a period that ends before it starts");
            return Optional.empty();
        }
        return Optional.of(DateRange.builder().start(start.get()).end(end).build());
    }
}
