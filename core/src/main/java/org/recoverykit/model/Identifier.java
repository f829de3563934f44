package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An identifier of the person in another system, such as a Medi-Cal or NHS number.
 */
@Value.Immutable
@JsonDeserialize(builder = Identifier.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"system", "value"})
public abstract class Identifier {
    Identifier() {}

    /**
     * Gets the URI or name of the system that issued the identifier.
     *
     * @return the URI or name of the system that issued the identifier, not null
     */
    public abstract String getSystem();

    /**
     * Gets the identifier.
     *
     * @return the identifier, not null
     */
    @Value.Redacted
    public abstract String getValue();

    /**
     * Returns a copy of this identifier with another system.
     *
     * @param value the new system, not null
     * @return the copy, not null
     */
    public abstract Identifier withSystem(String value);

    /**
     * Returns a copy of this identifier with another value.
     *
     * @param value the new value, not null
     * @return the copy, not null
     */
    public abstract Identifier withValue(String value);

    /**
     * Obtains a builder of identifiers.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Identifier}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableIdentifier.Builder {
        /** Creates an empty builder; {@link Identifier#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        Invariants.notBlank(getValue(), "Identifier.value");
    }
}
