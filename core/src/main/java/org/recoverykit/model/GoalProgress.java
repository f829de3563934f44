package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Progress on one goal, as recorded at a plan review.
 */
@Value.Immutable
@JsonDeserialize(builder = GoalProgress.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"goalId", "achievement", "note"})
public abstract class GoalProgress {
    GoalProgress() {}

    /**
     * Gets the id of the goal.
     *
     * @return the id of the goal, not null
     */
    public abstract String getGoalId();

    /**
     * Gets how far the goal has been achieved.
     *
     * @return how far the goal has been achieved, empty if not recorded
     */
    public abstract Optional<GoalAchievement> getAchievement();

    /**
     * Gets what the person and team said about it.
     *
     * @return what the person and team said about it, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getNote();

    /**
     * Returns a copy of this goal progress with another goal id.
     *
     * @param value the new goal id, not null
     * @return the copy, not null
     */
    public abstract GoalProgress withGoalId(String value);

    /**
     * Returns a copy of this goal progress with another achievement.
     *
     * @param value the new achievement, not null
     * @return the copy, not null
     */
    public abstract GoalProgress withAchievement(GoalAchievement value);

    /**
     * Returns a copy of this goal progress with another note.
     *
     * @param value the new note, not null
     * @return the copy, not null
     */
    public abstract GoalProgress withNote(String value);

    /**
     * Returns a copy of this goal progress with another achievement, or none.
     *
     * @param value the new achievement, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract GoalProgress withAchievement(Optional<? extends GoalAchievement> value);

    /**
     * Returns a copy of this goal progress with another note, or none.
     *
     * @param value the new note, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract GoalProgress withNote(Optional<String> value);

    /**
     * Obtains a builder of goal progresss.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GoalProgress}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableGoalProgress.Builder {
        /** Creates an empty builder; {@link GoalProgress#builder()} is the usual way to get one. */
        public Builder() {}
    }
}
