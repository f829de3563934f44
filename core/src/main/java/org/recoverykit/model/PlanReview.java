package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A review of the plan with the person: who took part, what changed in their needs and circumstances, progress on each goal, risks revisited and changes agreed (MH22 P4, P8 to P10; person-centred planning, Documents 5).
 */
@Value.Immutable
@JsonDeserialize(builder = PlanReview.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
    "id",
    "date",
    "participantIds",
    "changesInNeeds",
    "goalProgress",
    "risksRevisited",
    "changesAgreed",
    "resultingVersion",
    "nextReviewDue"
})
public abstract class PlanReview {
    PlanReview() {}

    /**
     * Gets the id of the review, unique within the record.
     *
     * @return the id of the review, unique within the record, not null
     */
    public abstract String getId();

    /**
     * Gets the date of the review.
     *
     * @return the date of the review, not null
     */
    public abstract LocalDate getDate();

    /**
     * Gets the ids of the team members who took part.
     *
     * @return the ids of the team members who took part, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getParticipantIds();

    /**
     * Gets changes in the person's needs and circumstances.
     *
     * @return changes in the person's needs and circumstances, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getChangesInNeeds();

    /**
     * Gets progress on each goal.
     *
     * @return progress on each goal, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid GoalProgress> getGoalProgress();

    /**
     * Checks whether the risks were revisited with the person.
     *
     * @return true if the risks were revisited with the person
     */
    @Value.Default
    public boolean isRisksRevisited() {
        return false;
    }

    /**
     * Gets the changes to the plan agreed with those involved.
     *
     * @return the changes to the plan agreed with those involved, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getChangesAgreed();

    /**
     * Gets the plan version that the agreed changes produced.
     *
     * @return the plan version that the agreed changes produced, empty if not recorded
     */
    public abstract Optional<@Positive Integer> getResultingVersion();

    /**
     * Gets when the plan is next to be reviewed.
     *
     * @return when the plan is next to be reviewed, empty if not recorded
     */
    public abstract Optional<LocalDate> getNextReviewDue();

    /**
     * Returns a copy of this plan review with another id.
     *
     * @param value the new id, not null
     * @return the copy, not null
     */
    public abstract PlanReview withId(String value);

    /**
     * Returns a copy of this plan review with another date.
     *
     * @param value the new date, not null
     * @return the copy, not null
     */
    public abstract PlanReview withDate(LocalDate value);

    /**
     * Returns a copy of this plan review with another participant ids.
     *
     * @param value the new participant ids, not null
     * @return the copy, not null
     */
    public abstract PlanReview withParticipantIds(Iterable<String> value);

    /**
     * Returns a copy of this plan review with another changes in needs.
     *
     * @param value the new changes in needs, not null
     * @return the copy, not null
     */
    public abstract PlanReview withChangesInNeeds(String value);

    /**
     * Returns a copy of this plan review with another goal progress.
     *
     * @param value the new goal progress, not null
     * @return the copy, not null
     */
    public abstract PlanReview withGoalProgress(Iterable<? extends GoalProgress> value);

    /**
     * Returns a copy of this plan review with another risks revisited.
     *
     * @param value the new risks revisited
     * @return the copy, not null
     */
    public abstract PlanReview withRisksRevisited(boolean value);

    /**
     * Returns a copy of this plan review with another changes agreed.
     *
     * @param value the new changes agreed, not null
     * @return the copy, not null
     */
    public abstract PlanReview withChangesAgreed(String value);

    /**
     * Returns a copy of this plan review with another resulting version.
     *
     * @param value the new resulting version, not null
     * @return the copy, not null
     */
    public abstract PlanReview withResultingVersion(int value);

    /**
     * Returns a copy of this plan review with another next review due.
     *
     * @param value the new next review due, not null
     * @return the copy, not null
     */
    public abstract PlanReview withNextReviewDue(LocalDate value);

    /**
     * Returns a copy of this plan review with another changes in needs, or none.
     *
     * @param value the new changes in needs, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract PlanReview withChangesInNeeds(Optional<String> value);

    /**
     * Returns a copy of this plan review with another changes agreed, or none.
     *
     * @param value the new changes agreed, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract PlanReview withChangesAgreed(Optional<String> value);

    /**
     * Returns a copy of this plan review with another resulting version, or none.
     *
     * @param value the new resulting version, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract PlanReview withResultingVersion(Optional<Integer> value);

    /**
     * Returns a copy of this plan review with another next review due, or none.
     *
     * @param value the new next review due, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract PlanReview withNextReviewDue(Optional<? extends LocalDate> value);

    /**
     * Obtains a builder of plan reviews.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PlanReview}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutablePlanReview.Builder {
        /** Creates an empty builder; {@link PlanReview#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        Invariants.notBlank(getId(), "PlanReview.id");
    }
}
