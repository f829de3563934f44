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
 * One version of the person-centred recovery plan: the individualized treatment plan with its goals, interventions, supports, team, risks, crisis plan, reviews and agreements (Community Support key service function 4; person-centred planning; MH22 P9 and P10).
 */
@Value.Immutable
@JsonDeserialize(builder = RecoveryPlan.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
    "id",
    "version",
    "replacesPlanId",
    "status",
    "serviceModel",
    "createdOn",
    "period",
    "nextReviewDue",
    "team",
    "goals",
    "interventions",
    "supports",
    "risks",
    "crisisPlan",
    "reviews",
    "agreements",
    "copyOfferedOn"
})
public abstract class RecoveryPlan {
    RecoveryPlan() {}

    /**
     * Gets the id of this plan version, unique within the record.
     *
     * @return the id of this plan version, unique within the record, not null
     */
    public abstract String getId();

    /**
     * Gets the version number, counting from 1.
     *
     * @return the version number, counting from 1
     */
    @Value.Default
    public int getVersion() {
        return 1;
    }

    /**
     * Gets the id of the plan version this one replaces.
     *
     * @return the id of the plan version this one replaces, empty if not recorded
     */
    public abstract Optional<@NotBlankWhenPresent String> getReplacesPlanId();

    /**
     * Gets the status of this version.
     *
     * @return the status of this version, not null
     */
    public abstract PlanStatus getStatus();

    /**
     * Gets the service model the plan follows.
     *
     * @return the service model the plan follows, not null
     */
    public abstract ServiceModel getServiceModel();

    /**
     * Gets when this version was written.
     *
     * @return when this version was written, empty if not recorded
     */
    public abstract Optional<LocalDate> getCreatedOn();

    /**
     * Gets the period the plan covers.
     *
     * @return the period the plan covers, empty if not recorded
     */
    public abstract Optional<@Valid DateRange> getPeriod();

    /**
     * Gets when the plan is next to be reviewed.
     *
     * @return when the plan is next to be reviewed, empty if not recorded
     */
    public abstract Optional<LocalDate> getNextReviewDue();

    /**
     * Gets the plan's team.
     *
     * @return the plan's team, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid TeamMember> getTeam();

    /**
     * Gets the person's goals.
     *
     * @return the person's goals, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid Goal> getGoals();

    /**
     * Gets the interventions towards the goals.
     *
     * @return the interventions towards the goals, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid Intervention> getInterventions();

    /**
     * Gets the paid and unpaid supports.
     *
     * @return the paid and unpaid supports, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid Support> getSupports();

    /**
     * Gets the risks evaluated with the person.
     *
     * @return the risks evaluated with the person, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid Risk> getRisks();

    /**
     * Gets the relapse-prevention and crisis plan.
     *
     * @return the relapse-prevention and crisis plan, empty if not recorded
     */
    public abstract Optional<@Valid CrisisPlan> getCrisisPlan();

    /**
     * Gets the reviews of the plan.
     *
     * @return the reviews of the plan, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid PlanReview> getReviews();

    /**
     * Gets the agreements to this version.
     *
     * @return the agreements to this version, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid Agreement> getAgreements();

    /**
     * Gets when the person was offered a copy of this version (Team 3).
     *
     * @return when the person was offered a copy of this version (Team 3), empty if not recorded
     */
    public abstract Optional<LocalDate> getCopyOfferedOn();

    /**
     * Returns a copy of this recovery plan with another id.
     *
     * @param value the new id, not null
     * @return the copy, not null
     */
    public abstract RecoveryPlan withId(String value);

    /**
     * Returns a copy of this recovery plan with another version.
     *
     * @param value the new version
     * @return the copy, not null
     */
    public abstract RecoveryPlan withVersion(int value);

    /**
     * Returns a copy of this recovery plan with another replaces plan id.
     *
     * @param value the new replaces plan id, not null
     * @return the copy, not null
     */
    public abstract RecoveryPlan withReplacesPlanId(String value);

    /**
     * Returns a copy of this recovery plan with another status.
     *
     * @param value the new status, not null
     * @return the copy, not null
     */
    public abstract RecoveryPlan withStatus(PlanStatus value);

    /**
     * Returns a copy of this recovery plan with another service model.
     *
     * @param value the new service model, not null
     * @return the copy, not null
     */
    public abstract RecoveryPlan withServiceModel(ServiceModel value);

    /**
     * Returns a copy of this recovery plan with another created on.
     *
     * @param value the new created on, not null
     * @return the copy, not null
     */
    public abstract RecoveryPlan withCreatedOn(LocalDate value);

    /**
     * Returns a copy of this recovery plan with another period.
     *
     * @param value the new period, not null
     * @return the copy, not null
     */
    public abstract RecoveryPlan withPeriod(DateRange value);

    /**
     * Returns a copy of this recovery plan with another next review due.
     *
     * @param value the new next review due, not null
     * @return the copy, not null
     */
    public abstract RecoveryPlan withNextReviewDue(LocalDate value);

    /**
     * Returns a copy of this recovery plan with another team.
     *
     * @param value the new team, not null
     * @return the copy, not null
     */
    public abstract RecoveryPlan withTeam(Iterable<? extends TeamMember> value);

    /**
     * Returns a copy of this recovery plan with another goals.
     *
     * @param value the new goals, not null
     * @return the copy, not null
     */
    public abstract RecoveryPlan withGoals(Iterable<? extends Goal> value);

    /**
     * Returns a copy of this recovery plan with another interventions.
     *
     * @param value the new interventions, not null
     * @return the copy, not null
     */
    public abstract RecoveryPlan withInterventions(Iterable<? extends Intervention> value);

    /**
     * Returns a copy of this recovery plan with another supports.
     *
     * @param value the new supports, not null
     * @return the copy, not null
     */
    public abstract RecoveryPlan withSupports(Iterable<? extends Support> value);

    /**
     * Returns a copy of this recovery plan with another risks.
     *
     * @param value the new risks, not null
     * @return the copy, not null
     */
    public abstract RecoveryPlan withRisks(Iterable<? extends Risk> value);

    /**
     * Returns a copy of this recovery plan with another crisis plan.
     *
     * @param value the new crisis plan, not null
     * @return the copy, not null
     */
    public abstract RecoveryPlan withCrisisPlan(CrisisPlan value);

    /**
     * Returns a copy of this recovery plan with another reviews.
     *
     * @param value the new reviews, not null
     * @return the copy, not null
     */
    public abstract RecoveryPlan withReviews(Iterable<? extends PlanReview> value);

    /**
     * Returns a copy of this recovery plan with another agreements.
     *
     * @param value the new agreements, not null
     * @return the copy, not null
     */
    public abstract RecoveryPlan withAgreements(Iterable<? extends Agreement> value);

    /**
     * Returns a copy of this recovery plan with another copy offered on.
     *
     * @param value the new copy offered on, not null
     * @return the copy, not null
     */
    public abstract RecoveryPlan withCopyOfferedOn(LocalDate value);

    /**
     * Returns a copy of this recovery plan with another replaces plan id, or none.
     *
     * @param value the new replaces plan id, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract RecoveryPlan withReplacesPlanId(Optional<String> value);

    /**
     * Returns a copy of this recovery plan with another created on, or none.
     *
     * @param value the new created on, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract RecoveryPlan withCreatedOn(Optional<? extends LocalDate> value);

    /**
     * Returns a copy of this recovery plan with another period, or none.
     *
     * @param value the new period, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract RecoveryPlan withPeriod(Optional<? extends DateRange> value);

    /**
     * Returns a copy of this recovery plan with another next review due, or none.
     *
     * @param value the new next review due, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract RecoveryPlan withNextReviewDue(Optional<? extends LocalDate> value);

    /**
     * Returns a copy of this recovery plan with another crisis plan, or none.
     *
     * @param value the new crisis plan, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract RecoveryPlan withCrisisPlan(Optional<? extends CrisisPlan> value);

    /**
     * Returns a copy of this recovery plan with another copy offered on, or none.
     *
     * @param value the new copy offered on, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract RecoveryPlan withCopyOfferedOn(Optional<? extends LocalDate> value);

    /**
     * Obtains a builder of recovery plans.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecoveryPlan}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableRecoveryPlan.Builder {
        /** Creates an empty builder; {@link RecoveryPlan#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        Invariants.notBlank(getId(), "RecoveryPlan.id");
        Invariants.positive(getVersion(), "RecoveryPlan.version");
    }
}
