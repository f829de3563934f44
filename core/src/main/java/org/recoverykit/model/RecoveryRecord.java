package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A person's community-support record: one person with their domain assessments, every version of their plan, contact arrangements, contacts, re-engagement attempts, referrals, service episodes and discharge plans. This is what is read, validated, written and mapped.
 */
@Value.Immutable
@JsonDeserialize(builder = RecoveryRecord.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
    "formatVersion",
    "id",
    "person",
    "domainAssessments",
    "plans",
    "contactArrangements",
    "contacts",
    "reEngagementAttempts",
    "referrals",
    "episodes",
    "dischargePlans"
})
public abstract class RecoveryRecord {
    /** The version of the native document format that this library writes. */
    public static final String FORMAT_VERSION = "1";

    RecoveryRecord() {}

    /**
     * Gets the version of the native document format the record was read from or will be written in.
     *
     * @return the format version, {@value #FORMAT_VERSION} unless the document said otherwise
     */
    @Value.Default
    public String getFormatVersion() {
        return FORMAT_VERSION;
    }

    /**
     * Gets the id of the record.
     *
     * @return the id of the record, not null
     */
    public abstract String getId();

    /**
     * Gets the person served.
     *
     * @return the person served, not null
     */
    @Valid
    public abstract Person getPerson();

    /**
     * Gets the life-domain assessments.
     *
     * @return the life-domain assessments, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid DomainAssessment> getDomainAssessments();

    /**
     * Gets every version of the person's plan.
     *
     * @return every version of the person's plan, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid RecoveryPlan> getPlans();

    /**
     * Gets the agreed contact arrangements.
     *
     * @return the agreed contact arrangements, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid ContactArrangement> getContactArrangements();

    /**
     * Gets the contacts, attended, missed or cancelled.
     *
     * @return the contacts, attended, missed or cancelled, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid Contact> getContacts();

    /**
     * Gets the attempts to re-establish contact.
     *
     * @return the attempts to re-establish contact, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid ReEngagementAttempt> getReEngagementAttempts();

    /**
     * Gets the referrals.
     *
     * @return the referrals, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid Referral> getReferrals();

    /**
     * Gets the service episodes.
     *
     * @return the service episodes, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid ServiceEpisode> getEpisodes();

    /**
     * Gets the discharge plans.
     *
     * @return the discharge plans, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid DischargePlan> getDischargePlans();

    /**
     * Returns a copy of this recovery record with another id.
     *
     * @param value the new id, not null
     * @return the copy, not null
     */
    public abstract RecoveryRecord withId(String value);

    /**
     * Returns a copy of this recovery record with another person.
     *
     * @param value the new person, not null
     * @return the copy, not null
     */
    public abstract RecoveryRecord withPerson(Person value);

    /**
     * Returns a copy of this recovery record with another domain assessments.
     *
     * @param value the new domain assessments, not null
     * @return the copy, not null
     */
    public abstract RecoveryRecord withDomainAssessments(Iterable<? extends DomainAssessment> value);

    /**
     * Returns a copy of this recovery record with another plans.
     *
     * @param value the new plans, not null
     * @return the copy, not null
     */
    public abstract RecoveryRecord withPlans(Iterable<? extends RecoveryPlan> value);

    /**
     * Returns a copy of this recovery record with another contact arrangements.
     *
     * @param value the new contact arrangements, not null
     * @return the copy, not null
     */
    public abstract RecoveryRecord withContactArrangements(Iterable<? extends ContactArrangement> value);

    /**
     * Returns a copy of this recovery record with another contacts.
     *
     * @param value the new contacts, not null
     * @return the copy, not null
     */
    public abstract RecoveryRecord withContacts(Iterable<? extends Contact> value);

    /**
     * Returns a copy of this recovery record with another re engagement attempts.
     *
     * @param value the new re engagement attempts, not null
     * @return the copy, not null
     */
    public abstract RecoveryRecord withReEngagementAttempts(Iterable<? extends ReEngagementAttempt> value);

    /**
     * Returns a copy of this recovery record with another referrals.
     *
     * @param value the new referrals, not null
     * @return the copy, not null
     */
    public abstract RecoveryRecord withReferrals(Iterable<? extends Referral> value);

    /**
     * Returns a copy of this recovery record with another episodes.
     *
     * @param value the new episodes, not null
     * @return the copy, not null
     */
    public abstract RecoveryRecord withEpisodes(Iterable<? extends ServiceEpisode> value);

    /**
     * Returns a copy of this recovery record with another discharge plans.
     *
     * @param value the new discharge plans, not null
     * @return the copy, not null
     */
    public abstract RecoveryRecord withDischargePlans(Iterable<? extends DischargePlan> value);

    /**
     * Obtains a builder of recovery records.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecoveryRecord}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableRecoveryRecord.Builder {
        /** Creates an empty builder; {@link RecoveryRecord#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        Invariants.notBlank(getId(), "RecoveryRecord.id");
        if (!FORMAT_VERSION.equals(getFormatVersion())) {
            throw new InvariantViolationException("RecoveryRecord.formatVersion must be " + FORMAT_VERSION);
        }
    }
}
