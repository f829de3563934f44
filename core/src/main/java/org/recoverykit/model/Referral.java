package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
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
    public abstract Optional<@NotBlankWhenPresent String> getPlanId();

    /**
     * Gets the program or service referred to.
     *
     * @return the program or service referred to, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getProgram();

    /**
     * Gets the program's contact details.
     *
     * @return the program's contact details, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid ContactPoint> getProgramContact();

    /**
     * Gets the code of the Medi-Cal Community Supports service referred to.
     *
     * @return the code of the Medi-Cal Community Supports service referred to, empty if not recorded
     */
    public abstract Optional<@NotBlankWhenPresent String> getCommunitySupport();

    /**
     * Gets the billing code and modifiers the service is claimed under.
     *
     * @return the billing code and modifiers the service is claimed under, empty if not recorded
     */
    public abstract Optional<@Valid BillingCode> getBillingCode();

    /**
     * Gets the person's own expressed interest.
     *
     * @return the person's own expressed interest, empty if not recorded
     */
    public abstract Optional<@Valid PersonsChoice> getPersonsChoice();

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
    public abstract Optional<@NotBlankWhenPresent String> getReferredByMemberId();

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
    public abstract List<@Valid ReferralStatusUpdate> getStatusHistory();

    /**
     * Gets the receiving service's attempts to reach the person.
     *
     * @return the receiving service's attempts to reach the person, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid OutreachAttempt> getOutreachAttempts();

    /**
     * Returns a copy of this referral with another id.
     *
     * @param value the new id, not null
     * @return the copy, not null
     */
    public abstract Referral withId(String value);

    /**
     * Returns a copy of this referral with another kind.
     *
     * @param value the new kind, not null
     * @return the copy, not null
     */
    public abstract Referral withKind(ReferralKind value);

    /**
     * Returns a copy of this referral with another plan id.
     *
     * @param value the new plan id, not null
     * @return the copy, not null
     */
    public abstract Referral withPlanId(String value);

    /**
     * Returns a copy of this referral with another program.
     *
     * @param value the new program, not null
     * @return the copy, not null
     */
    public abstract Referral withProgram(String value);

    /**
     * Returns a copy of this referral with another program contact.
     *
     * @param value the new program contact, not null
     * @return the copy, not null
     */
    public abstract Referral withProgramContact(Iterable<? extends ContactPoint> value);

    /**
     * Returns a copy of this referral with another community support.
     *
     * @param value the new community support, not null
     * @return the copy, not null
     */
    public abstract Referral withCommunitySupport(String value);

    /**
     * Returns a copy of this referral with another billing code.
     *
     * @param value the new billing code, not null
     * @return the copy, not null
     */
    public abstract Referral withBillingCode(BillingCode value);

    /**
     * Returns a copy of this referral with another persons choice.
     *
     * @param value the new persons choice, not null
     * @return the copy, not null
     */
    public abstract Referral withPersonsChoice(PersonsChoice value);

    /**
     * Returns a copy of this referral with another required by plan.
     *
     * @param value the new required by plan
     * @return the copy, not null
     */
    public abstract Referral withRequiredByPlan(boolean value);

    /**
     * Returns a copy of this referral with another contact details given.
     *
     * @param value the new contact details given
     * @return the copy, not null
     */
    public abstract Referral withContactDetailsGiven(boolean value);

    /**
     * Returns a copy of this referral with another contact facilitated.
     *
     * @param value the new contact facilitated
     * @return the copy, not null
     */
    public abstract Referral withContactFacilitated(boolean value);

    /**
     * Returns a copy of this referral with another referred on.
     *
     * @param value the new referred on, not null
     * @return the copy, not null
     */
    public abstract Referral withReferredOn(LocalDate value);

    /**
     * Returns a copy of this referral with another referred by member id.
     *
     * @param value the new referred by member id, not null
     * @return the copy, not null
     */
    public abstract Referral withReferredByMemberId(String value);

    /**
     * Returns a copy of this referral with another status.
     *
     * @param value the new status, not null
     * @return the copy, not null
     */
    public abstract Referral withStatus(ReferralStatus value);

    /**
     * Returns a copy of this referral with another status history.
     *
     * @param value the new status history, not null
     * @return the copy, not null
     */
    public abstract Referral withStatusHistory(Iterable<? extends ReferralStatusUpdate> value);

    /**
     * Returns a copy of this referral with another outreach attempts.
     *
     * @param value the new outreach attempts, not null
     * @return the copy, not null
     */
    public abstract Referral withOutreachAttempts(Iterable<? extends OutreachAttempt> value);

    /**
     * Returns a copy of this referral with another plan id, or none.
     *
     * @param value the new plan id, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Referral withPlanId(Optional<String> value);

    /**
     * Returns a copy of this referral with another program, or none.
     *
     * @param value the new program, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Referral withProgram(Optional<String> value);

    /**
     * Returns a copy of this referral with another community support, or none.
     *
     * @param value the new community support, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Referral withCommunitySupport(Optional<String> value);

    /**
     * Returns a copy of this referral with another billing code, or none.
     *
     * @param value the new billing code, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Referral withBillingCode(Optional<? extends BillingCode> value);

    /**
     * Returns a copy of this referral with another persons choice, or none.
     *
     * @param value the new persons choice, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Referral withPersonsChoice(Optional<? extends PersonsChoice> value);

    /**
     * Returns a copy of this referral with another referred on, or none.
     *
     * @param value the new referred on, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Referral withReferredOn(Optional<? extends LocalDate> value);

    /**
     * Returns a copy of this referral with another referred by member id, or none.
     *
     * @param value the new referred by member id, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Referral withReferredByMemberId(Optional<String> value);

    /**
     * Checks whether the receiving service accepted this referral: its status is accepted or completed, or its
     * status history holds an acceptance.
     *
     * @return true if the referral was accepted at some point
     */
    public boolean hasBeenAccepted() {
        return getStatus() == ReferralStatus.ACCEPTED
                || getStatus() == ReferralStatus.COMPLETED
                || getStatusHistory().stream().anyMatch(u -> u.getStatus() == ReferralStatus.ACCEPTED);
    }

    /**
     * Obtains a builder of referrals.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Referral}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableReferral.Builder {
        /** Creates an empty builder; {@link Referral#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        Invariants.notBlank(getId(), "Referral.id");
    }
}
