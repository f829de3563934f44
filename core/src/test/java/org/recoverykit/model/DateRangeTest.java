package org.recoverykit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DateRangeTest {
    @Test
    void roundTrips() {
        JsonMapper m = JsonMapper.builder().build();
        DateRange p = DateRange.builder()
                .start(LocalDate.of(2026, 1, 2))
                .end(LocalDate.of(2026, 3, 4))
                .build();
        String json = m.writeValueAsString(p);
        assertThat(json).isEqualTo("{\"start\":\"2026-01-02\",\"end\":\"2026-03-04\"}");
        assertThat(m.readValue(json, DateRange.class)).isEqualTo(p);
        assertThat(m.readValue("{\"start\":\"2026-01-02\"}", DateRange.class).getEnd())
                .isEmpty();
    }

    @Test
    void endBeforeStart() {
        assertThatThrownBy(() -> DateRange.builder()
                        .start(LocalDate.of(2026, 1, 2))
                        .end(LocalDate.of(2026, 1, 1))
                        .build())
                .isInstanceOf(InvariantViolationException.class)
                .hasMessage("DateRange.end must not be before DateRange.start");
        assertThatThrownBy(() -> DateRange.builder().build())
                .isInstanceOf(InvariantViolationException.class)
                .hasMessageContaining("start");
    }
}
