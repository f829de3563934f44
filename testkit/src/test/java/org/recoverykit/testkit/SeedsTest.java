package org.recoverykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SeedsTest {
    private final String saved = System.getProperty(Seeds.PROPERTY);

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(Seeds.PROPERTY);
        } else {
            System.setProperty(Seeds.PROPERTY, saved);
        }
    }

    @Test
    void countsUpFromTheDefaultBase() {
        System.clearProperty(Seeds.PROPERTY);
        assertThat(Seeds.stream(3).toArray())
                .containsExactly(Seeds.DEFAULT_BASE, Seeds.DEFAULT_BASE + 1, Seeds.DEFAULT_BASE + 2);
    }

    @Test
    void takesTheBaseFromTheSystemProperty() {
        System.setProperty(Seeds.PROPERTY, " 42 ");
        assertThat(Seeds.stream(2).toArray()).containsExactly(42L, 43L);
    }

    @Test
    void rejectsAPropertyThatIsNotANumberWithoutEchoingIt() {
        System.setProperty(Seeds.PROPERTY, "forty-two");
        assertThatThrownBy(Seeds::base)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("System property recoverykit.seed must be a whole number");
    }

    @Test
    void rejectsACountBelowOne() {
        assertThatThrownBy(() -> Seeds.stream(0)).hasMessage("count must be at least 1");
    }
}
