package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A language the person uses (person-centred planning, Documents 2: the person's preferred language).
 */
@Value.Immutable
@JsonDeserialize(builder = LanguagePreference.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"code", "preferred"})
public abstract class LanguagePreference {
    LanguagePreference() {}

    /**
     * Gets the language, as a BCP 47 tag such as {@code en} or {@code es-MX}.
     *
     * @return the language, as a BCP 47 tag such as {@code en} or {@code es-MX}, not null
     */
    @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")
    public abstract String getCode();

    /**
     * Checks whether this is the language the person prefers.
     *
     * @return true if this is the language the person prefers
     */
    @Value.Default
    public boolean isPreferred() {
        return false;
    }

    /**
     * Returns a copy of this language preference with another code.
     *
     * @param value the new code, not null
     * @return the copy, not null
     */
    public abstract LanguagePreference withCode(String value);

    /**
     * Returns a copy of this language preference with another preferred.
     *
     * @param value the new preferred
     * @return the copy, not null
     */
    public abstract LanguagePreference withPreferred(boolean value);

    /**
     * Obtains a builder of language preferences.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LanguagePreference}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableLanguagePreference.Builder {
        /** Creates an empty builder; {@link LanguagePreference#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        Invariants.notBlank(getCode(), "LanguagePreference.code");
    }
}
