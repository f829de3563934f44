package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A means of reaching someone: a phone number, an email address or another handle.
 */
@Value.Immutable
@JsonDeserialize(builder = ContactPoint.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"system", "value", "use"})
public abstract class ContactPoint {
    ContactPoint() {}

    /**
     * Gets the kind of contact point.
     *
     * @return the kind of contact point, not null
     */
    public abstract ContactPointSystem getSystem();

    /**
     * Gets the number, address or handle.
     *
     * @return the number, address or handle, not null
     */
    @Value.Redacted
    public abstract String getValue();

    /**
     * Gets what the contact point is for.
     *
     * @return what the contact point is for, empty if not recorded
     */
    public abstract Optional<ContactPointUse> getUse();

    /**
     * Returns a copy of this contact point with another system.
     *
     * @param value the new system, not null
     * @return the copy, not null
     */
    public abstract ContactPoint withSystem(ContactPointSystem value);

    /**
     * Returns a copy of this contact point with another value.
     *
     * @param value the new value, not null
     * @return the copy, not null
     */
    public abstract ContactPoint withValue(String value);

    /**
     * Returns a copy of this contact point with another use.
     *
     * @param value the new use, not null
     * @return the copy, not null
     */
    public abstract ContactPoint withUse(ContactPointUse value);

    /**
     * Returns a copy of this contact point with another use, or none.
     *
     * @param value the new use, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract ContactPoint withUse(Optional<? extends ContactPointUse> value);

    /**
     * Obtains a builder of contact points.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ContactPoint}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableContactPoint.Builder {
        /** Creates an empty builder; {@link ContactPoint#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        Invariants.notBlank(getValue(), "ContactPoint.value");
    }
}
