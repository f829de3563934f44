package org.recoverykit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PeriodTest {
    @Test
    void roundTrips() {
        JsonMapper m = JsonMapper.builder().build();
        Period p = Period.builder()
                .start(LocalDate.of(2026, 1, 2))
                .end(LocalDate.of(2026, 3, 4))
                .build();
        String json = m.writeValueAsString(p);
        assertThat(json).isEqualTo("{\"start\":\"2026-01-02\",\"end\":\"2026-03-04\"}");
        assertThat(m.readValue(json, Period.class)).isEqualTo(p);
        assertThat(m.readValue("{\"start\":\"2026-01-02\"}", Period.class).getEnd())
                .isEmpty();
    }

    @Test
    void endBeforeStart() {
        assertThatThrownBy(() -> Period.builder()
                        .start(LocalDate.of(2026, 1, 2))
                        .end(LocalDate.of(2026, 1, 1))
                        .build())
                .isInstanceOf(InvariantViolationException.class)
                .hasMessage("Period.end must not be before Period.start");
        assertThatThrownBy(() -> Period.builder().build())
                .isInstanceOf(InvariantViolationException.class)
                .hasMessageContaining("start");
    }
}
