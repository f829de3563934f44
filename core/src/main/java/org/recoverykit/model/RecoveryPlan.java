package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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
    public abstract Optional<String> getReplacesPlanId();

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
    public abstract Optional<DateRange> getPeriod();

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
    public abstract List<TeamMember> getTeam();

    /**
     * Gets the person's goals.
     *
     * @return the person's goals, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<Goal> getGoals();

    /**
     * Gets the interventions towards the goals.
     *
     * @return the interventions towards the goals, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<Intervention> getInterventions();

    /**
     * Gets the paid and unpaid supports.
     *
     * @return the paid and unpaid supports, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<Support> getSupports();

    /**
     * Gets the risks evaluated with the person.
     *
     * @return the risks evaluated with the person, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<Risk> getRisks();

    /**
     * Gets the relapse-prevention and crisis plan.
     *
     * @return the relapse-prevention and crisis plan, empty if not recorded
     */
    public abstract Optional<CrisisPlan> getCrisisPlan();

    /**
     * Gets the reviews of the plan.
     *
     * @return the reviews of the plan, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<PlanReview> getReviews();

    /**
     * Gets the agreements to this version.
     *
     * @return the agreements to this version, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<Agreement> getAgreements();

    /**
     * Gets when the person was offered a copy of this version (Team 3).
     *
     * @return when the person was offered a copy of this version (Team 3), empty if not recorded
     */
    public abstract Optional<LocalDate> getCopyOfferedOn();

    /**
     * Obtains a builder of recovery plans.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecoveryPlan}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableRecoveryPlan.Builder {}

    @Value.Check
    void check() {
        Invariants.notBlank(getId(), "RecoveryPlan.id");
        Invariants.positive(getVersion(), "RecoveryPlan.version");
    }
}
