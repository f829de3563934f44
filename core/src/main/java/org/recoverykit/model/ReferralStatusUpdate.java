package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A change in a referral's status, as a provider reports it back in the closed loop: the status, its date and the reason for closing the loop.
 */
@Value.Immutable
@JsonDeserialize(builder = ReferralStatusUpdate.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"status", "date", "closureReason"})
public abstract class ReferralStatusUpdate {
    ReferralStatusUpdate() {}

    /**
     * Gets the new status.
     *
     * @return the new status, not null
     */
    public abstract ReferralStatus getStatus();

    /**
     * Gets when the status changed.
     *
     * @return when the status changed, not null
     */
    public abstract LocalDate getDate();

    /**
     * Gets why the loop was closed, for a closing status.
     *
     * @return why the loop was closed, for a closing status, empty if not recorded
     */
    public abstract Optional<ReferralClosureReason> getClosureReason();

    /**
     * Returns a copy of this referral status update with another status.
     *
     * @param value the new status, not null
     * @return the copy, not null
     */
    public abstract ReferralStatusUpdate withStatus(ReferralStatus value);

    /**
     * Returns a copy of this referral status update with another date.
     *
     * @param value the new date, not null
     * @return the copy, not null
     */
    public abstract ReferralStatusUpdate withDate(LocalDate value);

    /**
     * Returns a copy of this referral status update with another closure reason.
     *
     * @param value the new closure reason, not null
     * @return the copy, not null
     */
    public abstract ReferralStatusUpdate withClosureReason(ReferralClosureReason value);

    /**
     * Returns a copy of this referral status update with another closure reason, or none.
     *
     * @param value the new closure reason, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract ReferralStatusUpdate withClosureReason(Optional<? extends ReferralClosureReason> value);

    /**
     * Obtains a builder of referral status updates.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReferralStatusUpdate}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableReferralStatusUpdate.Builder {
        /** Creates an empty builder; {@link ReferralStatusUpdate#builder()} is the usual way to get one. */
        public Builder() {}
    }
}
