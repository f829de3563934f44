package org.recoverykit.model;

/**
 * The lifecycle status of a goal, as FHIR goal-status has it.
 */
public enum GoalStatus implements Coded {
    /** Suggested, not yet agreed with the person. */
    PROPOSED,
    /** Agreed, with work not yet started. */
    PLANNED,
    /** Accepted by the person and the team. */
    ACCEPTED,
    /** Being worked on. */
    ACTIVE,
    /** Paused for now. */
    ON_HOLD,
    /** No longer being worked on because it was reached or ended. */
    COMPLETED,
    /** Given up before it was reached. */
    CANCELLED,
    /** Not taken up. */
    REJECTED,
    /** Recorded by mistake. */
    ENTERED_IN_ERROR;
}
