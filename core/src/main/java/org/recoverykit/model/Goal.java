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
 * Something the person wants, in their own words wherever possible, in one or more life domains (person-centred planning, Documents 3).
 */
@Value.Immutable
@JsonDeserialize(builder = Goal.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
    "id",
    "statement",
    "inOwnWords",
    "lifeDomains",
    "status",
    "achievement",
    "priority",
    "startDate",
    "objectives"
})
public abstract class Goal {
    Goal() {}

    /**
     * Gets the id of the goal, unique within the record.
     *
     * @return the id of the goal, unique within the record, not null
     */
    public abstract String getId();

    /**
     * Gets the goal as the person put it.
     *
     * @return the goal as the person put it, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getStatement();

    /**
     * Checks whether the statement is in the person's own words.
     *
     * @return true if the statement is in the person's own words
     */
    @Value.Default
    public boolean isInOwnWords() {
        return false;
    }

    /**
     * Gets the life domains the goal belongs to.
     *
     * @return the life domains the goal belongs to, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<LifeDomain> getLifeDomains();

    /**
     * Gets the goal's lifecycle status.
     *
     * @return the goal's lifecycle status, not null
     */
    public abstract GoalStatus getStatus();

    /**
     * Gets how far the goal has been achieved.
     *
     * @return how far the goal has been achieved, empty if not recorded
     */
    public abstract Optional<GoalAchievement> getAchievement();

    /**
     * Gets how much the goal matters to the person.
     *
     * @return how much the goal matters to the person, empty if not recorded
     */
    public abstract Optional<GoalPriority> getPriority();

    /**
     * Gets when work on the goal started.
     *
     * @return when work on the goal started, empty if not recorded
     */
    public abstract Optional<LocalDate> getStartDate();

    /**
     * Gets the measurable steps towards the goal.
     *
     * @return the measurable steps towards the goal, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid Objective> getObjectives();

    /**
     * Returns a copy of this goal with another status.
     *
     * @param status the new status, not null
     * @return the copy, not null
     */
    public abstract Goal withStatus(GoalStatus status);

    /**
     * Returns a copy of this goal with another id.
     *
     * @param value the new id, not null
     * @return the copy, not null
     */
    public abstract Goal withId(String value);

    /**
     * Returns a copy of this goal with another statement.
     *
     * @param value the new statement, not null
     * @return the copy, not null
     */
    public abstract Goal withStatement(String value);

    /**
     * Returns a copy of this goal with another in own words.
     *
     * @param value the new in own words
     * @return the copy, not null
     */
    public abstract Goal withInOwnWords(boolean value);

    /**
     * Returns a copy of this goal with another life domains.
     *
     * @param value the new life domains, not null
     * @return the copy, not null
     */
    public abstract Goal withLifeDomains(Iterable<? extends LifeDomain> value);

    /**
     * Returns a copy of this goal with another achievement.
     *
     * @param value the new achievement, not null
     * @return the copy, not null
     */
    public abstract Goal withAchievement(GoalAchievement value);

    /**
     * Returns a copy of this goal with another priority.
     *
     * @param value the new priority, not null
     * @return the copy, not null
     */
    public abstract Goal withPriority(GoalPriority value);

    /**
     * Returns a copy of this goal with another start date.
     *
     * @param value the new start date, not null
     * @return the copy, not null
     */
    public abstract Goal withStartDate(LocalDate value);

    /**
     * Returns a copy of this goal with another objectives.
     *
     * @param value the new objectives, not null
     * @return the copy, not null
     */
    public abstract Goal withObjectives(Iterable<? extends Objective> value);

    /**
     * Returns a copy of this goal with another statement, or none.
     *
     * @param value the new statement, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Goal withStatement(Optional<String> value);

    /**
     * Returns a copy of this goal with another achievement, or none.
     *
     * @param value the new achievement, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Goal withAchievement(Optional<? extends GoalAchievement> value);

    /**
     * Returns a copy of this goal with another priority, or none.
     *
     * @param value the new priority, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Goal withPriority(Optional<? extends GoalPriority> value);

    /**
     * Returns a copy of this goal with another start date, or none.
     *
     * @param value the new start date, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Goal withStartDate(Optional<? extends LocalDate> value);

    /**
     * Obtains a builder of goals.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Goal}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableGoal.Builder {
        /** Creates an empty builder; {@link Goal#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        Invariants.notBlank(getId(), "Goal.id");
    }
}
