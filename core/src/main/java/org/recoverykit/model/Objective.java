package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A measurable step towards a goal: what is measured, from where, to where, by when (Community Support key service function 4).
 */
@Value.Immutable
@JsonDeserialize(builder = Objective.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"id", "measure", "baseline", "target", "targetDate", "achievement"})
public abstract class Objective {
    Objective() {}

    /**
     * Gets the id of the objective, unique within the record.
     *
     * @return the id of the objective, unique within the record, not null
     */
    public abstract String getId();

    /**
     * Gets what is measured.
     *
     * @return what is measured, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getMeasure();

    /**
     * Gets where the measure stood at the start.
     *
     * @return where the measure stood at the start, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getBaseline();

    /**
     * Gets where the measure should get to.
     *
     * @return where the measure should get to, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getTarget();

    /**
     * Gets when the target should be reached.
     *
     * @return when the target should be reached, empty if not recorded
     */
    public abstract Optional<LocalDate> getTargetDate();

    /**
     * Gets how far the objective has been achieved.
     *
     * @return how far the objective has been achieved, empty if not recorded
     */
    public abstract Optional<GoalAchievement> getAchievement();

    /**
     * Returns a copy of this objective with another id.
     *
     * @param value the new id, not null
     * @return the copy, not null
     */
    public abstract Objective withId(String value);

    /**
     * Returns a copy of this objective with another measure.
     *
     * @param value the new measure, not null
     * @return the copy, not null
     */
    public abstract Objective withMeasure(String value);

    /**
     * Returns a copy of this objective with another baseline.
     *
     * @param value the new baseline, not null
     * @return the copy, not null
     */
    public abstract Objective withBaseline(String value);

    /**
     * Returns a copy of this objective with another target.
     *
     * @param value the new target, not null
     * @return the copy, not null
     */
    public abstract Objective withTarget(String value);

    /**
     * Returns a copy of this objective with another target date.
     *
     * @param value the new target date, not null
     * @return the copy, not null
     */
    public abstract Objective withTargetDate(LocalDate value);

    /**
     * Returns a copy of this objective with another achievement.
     *
     * @param value the new achievement, not null
     * @return the copy, not null
     */
    public abstract Objective withAchievement(GoalAchievement value);

    /**
     * Returns a copy of this objective with another measure, or none.
     *
     * @param value the new measure, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Objective withMeasure(Optional<String> value);

    /**
     * Returns a copy of this objective with another baseline, or none.
     *
     * @param value the new baseline, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Objective withBaseline(Optional<String> value);

    /**
     * Returns a copy of this objective with another target, or none.
     *
     * @param value the new target, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Objective withTarget(Optional<String> value);

    /**
     * Returns a copy of this objective with another target date, or none.
     *
     * @param value the new target date, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Objective withTargetDate(Optional<? extends LocalDate> value);

    /**
     * Returns a copy of this objective with another achievement, or none.
     *
     * @param value the new achievement, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Objective withAchievement(Optional<? extends GoalAchievement> value);

    /**
     * Obtains a builder of objectives.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Objective}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableObjective.Builder {
        /** Creates an empty builder; {@link Objective#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        Invariants.notBlank(getId(), "Objective.id");
    }
}
