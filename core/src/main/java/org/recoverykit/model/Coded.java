package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.recoverykit.internal.CodeIndex;

/**
 * A concept of one of the model's code lists, with a stable code and a display name.
 *
 * <p>A code is lower-kebab ASCII ({@code missed}, {@code housing}) and never changes once published: it is
 * what the native JSON document and the FHIR mapping write. Unless a list says otherwise, it is the name of
 * the constant in lower case with hyphens for underscores. The display name is English text for people,
 * from the bundle {@code org.recoverykit.model.Displays} unless the list carries its own.
 */
public interface Coded {
    /**
     * Gets the stable code of this concept.
     *
     * @return the lower-kebab code, not null
     */
    @JsonValue
    default String getCode() {
        return CodeIndex.codeOf(this);
    }

    /**
     * Gets the display name of this concept.
     *
     * @return the English display name, not null
     */
    default String getDisplay() {
        return CodeIndex.displayOf(this);
    }

    /**
     * Finds the constant of an enum code list with the given code.
     *
     * @param <E> the code list
     * @param type the enum class of the code list, not null
     * @param code the code to look up, may be null
     * @return the constant, empty if the code is null or not in the list
     */
    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(CodeIndex.of(type).get(code));
    }

    /**
     * Obtains the constant of an enum code list with the given code.
     *
     * @param <E> the code list
     * @param type the enum class of the code list, not null
     * @param code the code to look up
     * @return the constant, not null
     * @throws IllegalArgumentException if the code is not in the list; the message names the list, never
     *     the code
     */
    static <E extends Enum<E> & Coded> E of(Class<E> type, String code) {
        return find(type, code)
                .orElseThrow(() -> new IllegalArgumentException("Unknown code for " + type.getSimpleName()));
    }
}
