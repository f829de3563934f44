package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The person's own expressed interest in a service: the single most important factor in a peer-support referral (peer-to-peer procedure).
 */
@Value.Immutable
@JsonDeserialize(builder = PersonsChoice.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"expressedOn", "inOwnWords"})
public abstract class PersonsChoice {
    PersonsChoice() {}

    /**
     * Gets when the person expressed interest.
     *
     * @return when the person expressed interest, empty if not recorded
     */
    public abstract Optional<LocalDate> getExpressedOn();

    /**
     * Gets what the person said, in their words.
     *
     * @return what the person said, in their words, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getInOwnWords();

    /**
     * Returns a copy of this persons choice with another expressed on.
     *
     * @param value the new expressed on, not null
     * @return the copy, not null
     */
    public abstract PersonsChoice withExpressedOn(LocalDate value);

    /**
     * Returns a copy of this persons choice with another in own words.
     *
     * @param value the new in own words, not null
     * @return the copy, not null
     */
    public abstract PersonsChoice withInOwnWords(String value);

    /**
     * Returns a copy of this persons choice with another expressed on, or none.
     *
     * @param value the new expressed on, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract PersonsChoice withExpressedOn(Optional<? extends LocalDate> value);

    /**
     * Returns a copy of this persons choice with another in own words, or none.
     *
     * @param value the new in own words, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract PersonsChoice withInOwnWords(Optional<String> value);

    /**
     * Obtains a builder of persons choices.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PersonsChoice}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutablePersonsChoice.Builder {
        /** Creates an empty builder; {@link PersonsChoice#builder()} is the usual way to get one. */
        public Builder() {}
    }
}
