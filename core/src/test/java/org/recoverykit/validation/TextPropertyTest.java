package org.recoverykit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recoverykit.model.HumanName;

class TextPropertyTest {
    /** Text in a form the check does not know: a map's keys and values. */
    public abstract static class Notes {
        public abstract Map<String, String> getNotes();
    }

    @Test
    void findsEachTextOfAModelTypeAndOfItsImplementation() {
        HumanName name = HumanName.builder().addGiven("Dana").build();

        assertThat(TextProperty.of(HumanName.class)).hasSize(2);
        assertThat(TextProperty.of(name.getClass())).isSameAs(TextProperty.of(name.getClass()));
        assertThat(TextProperty.of(name.getClass())).hasSize(2);
    }

    @Test
    void refusesTextInAFormItDoesNotCheck() {
        assertThatThrownBy(() -> TextProperty.of(Notes.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Notes.notes holds text in a form that is not checked");
    }
}
