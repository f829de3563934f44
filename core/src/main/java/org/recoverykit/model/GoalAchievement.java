package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * How far a goal or an objective has been achieved, as FHIR goal-achievement has it.
 */
public enum GoalAchievement implements Coded {
    /** Being worked on. */
    IN_PROGRESS("in-progress", "In progress"),
    /** Moving towards the target. */
    IMPROVING("improving", "Improving"),
    /** Moving away from the target. */
    WORSENING("worsening", "Worsening"),
    /** Neither better nor worse. */
    NO_CHANGE("no-change", "No change"),
    /** Reached. */
    ACHIEVED("achieved", "Achieved"),
    /** Reached and being maintained. */
    SUSTAINING("sustaining", "Sustaining"),
    /** Not reached. */
    NOT_ACHIEVED("not-achieved", "Not achieved"),
    /** No progress made. */
    NO_PROGRESS("no-progress", "No progress"),
    /** No longer within reach. */
    NOT_ATTAINABLE("not-attainable", "Not attainable");

    private final String code;
    private final String display;

    GoalAchievement(String code, String display) {
        this.code = code;
        this.display = display;
    }

    @Override
    public String getCode() {
        return code;
    }

    @Override
    public String getDisplay() {
        return display;
    }

    /**
     * Obtains the goal achievement with the given code.
     *
     * @param code the code, such as {@code in-progress}
     * @return the goal achievement, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static GoalAchievement fromCode(String code) {
        return Coded.of(GoalAchievement.class, code);
    }
}
