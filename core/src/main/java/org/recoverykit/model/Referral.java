package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A referral to a peer-support program, a Medi-Cal Community Supports service, ECM or another service, with the person's choice, the program's contact details, outreach and its closed-loop status (peer-to-peer procedure; Medi-Cal Community Supports provider responsibilities).
 */
@Value.Immutable
@JsonDeserialize(builder = Referral.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
    "id",
    "kind",
    "planId",
    "program",
    "programContact",
    "communitySupport",
    "billingCode",
    "personsChoice",
    "requiredByPlan",
    "contactDetailsGiven",
    "contactFacilitated",
    "referredOn",
    "referredByMemberId",
    "status",
    "statusHistory",
    "outreachAttempts"
})
public abstract class Referral {
    Referral() {}

    /**
     * Gets the id of the referral, unique within the record.
     *
     * @return the id of the referral, unique within the record, not null
     */
    public abstract String getId();

    /**
     * Gets what the referral is to.
     *
     * @return what the referral is to, not null
     */
    public abstract ReferralKind getKind();

    /**
     * Gets the id of the plan version the referral belongs to.
     *
     * @return the id of the plan version the referral belongs to, empty if not recorded
     */
    public abstract Optional<String> getPlanId();

    /**
     * Gets the program or service referred to.
     *
     * @return the program or service referred to, empty if not recorded
     */
    public abstract Optional<String> getProgram();

    /**
     * Gets the program's contact details.
     *
     * @return the program's contact details, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<ContactPoint> getProgramContact();

    /**
     * Gets the code of the Medi-Cal Community Supports service referred to.
     *
     * @return the code of the Medi-Cal Community Supports service referred to, empty if not recorded
     */
    public abstract Optional<String> getCommunitySupport();

    /**
     * Gets the billing code and modifiers the service is claimed under.
     *
     * @return the billing code and modifiers the service is claimed under, empty if not recorded
     */
    public abstract Optional<BillingCode> getBillingCode();

    /**
     * Gets the person's own expressed interest.
     *
     * @return the person's own expressed interest, empty if not recorded
     */
    public abstract Optional<PersonsChoice> getPersonsChoice();

    /**
     * Checks whether the plan makes the service a requirement.
     *
     * @return true if the plan makes the service a requirement
     */
    @Value.Default
    public boolean isRequiredByPlan() {
        return false;
    }

    /**
     * Checks whether the person was given the program's contact details.
     *
     * @return true if the person was given the program's contact details
     */
    @Value.Default
    public boolean isContactDetailsGiven() {
        return false;
    }

    /**
     * Checks whether the worker placed the call or arranged a meeting with the program.
     *
     * @return true if the worker placed the call or arranged a meeting with the program
     */
    @Value.Default
    public boolean isContactFacilitated() {
        return false;
    }

    /**
     * Gets when the referral was made.
     *
     * @return when the referral was made, empty if not recorded
     */
    public abstract Optional<LocalDate> getReferredOn();

    /**
     * Gets the id of the team member who made it.
     *
     * @return the id of the team member who made it, empty if not recorded
     */
    public abstract Optional<String> getReferredByMemberId();

    /**
     * Gets where the referral stands.
     *
     * @return where the referral stands, not null
     */
    public abstract ReferralStatus getStatus();

    /**
     * Gets the status changes reported, oldest first.
     *
     * @return the status changes reported, oldest first, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<ReferralStatusUpdate> getStatusHistory();

    /**
     * Gets the receiving service's attempts to reach the person.
     *
     * @return the receiving service's attempts to reach the person, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<OutreachAttempt> getOutreachAttempts();

    /**
     * Obtains a builder of referrals.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Referral}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableReferral.Builder {}

    @Value.Check
    void check() {
        Invariants.notBlank(getId(), "Referral.id");
    }
}
