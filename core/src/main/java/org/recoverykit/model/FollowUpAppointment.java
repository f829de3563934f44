package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An appointment made for after discharge.
 */
@Value.Immutable
@JsonDeserialize(builder = FollowUpAppointment.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"start", "withWhom", "purpose"})
public abstract class FollowUpAppointment {
    FollowUpAppointment() {}

    /**
     * Gets when it is.
     *
     * @return when it is, not null
     */
    public abstract OffsetDateTime getStart();

    /**
     * Gets whom it is with.
     *
     * @return whom it is with, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getWithWhom();

    /**
     * Gets what it is for.
     *
     * @return what it is for, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getPurpose();

    /**
     * Returns a copy of this follow up appointment with another start.
     *
     * @param value the new start, not null
     * @return the copy, not null
     */
    public abstract FollowUpAppointment withStart(OffsetDateTime value);

    /**
     * Returns a copy of this follow up appointment with another with whom.
     *
     * @param value the new with whom, not null
     * @return the copy, not null
     */
    public abstract FollowUpAppointment withWithWhom(String value);

    /**
     * Returns a copy of this follow up appointment with another purpose.
     *
     * @param value the new purpose, not null
     * @return the copy, not null
     */
    public abstract FollowUpAppointment withPurpose(String value);

    /**
     * Returns a copy of this follow up appointment with another with whom, or none.
     *
     * @param value the new with whom, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract FollowUpAppointment withWithWhom(Optional<String> value);

    /**
     * Returns a copy of this follow up appointment with another purpose, or none.
     *
     * @param value the new purpose, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract FollowUpAppointment withPurpose(Optional<String> value);

    /**
     * Obtains a builder of follow up appointments.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FollowUpAppointment}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableFollowUpAppointment.Builder {
        /** Creates an empty builder; {@link FollowUpAppointment#builder()} is the usual way to get one. */
        public Builder() {}
    }
}
