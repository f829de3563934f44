package org.recoverykit.model;

/**
 * How far a goal or an objective has been achieved, as FHIR goal-achievement has it.
 */
public enum GoalAchievement implements Coded {
    /** Being worked on. */
    IN_PROGRESS,
    /** Moving towards the target. */
    IMPROVING,
    /** Moving away from the target. */
    WORSENING,
    /** Neither better nor worse. */
    NO_CHANGE,
    /** Reached. */
    ACHIEVED,
    /** Reached and being maintained. */
    SUSTAINING,
    /** Not reached. */
    NOT_ACHIEVED,
    /** No progress made. */
    NO_PROGRESS,
    /** No longer within reach. */
    NOT_ATTAINABLE;
}
