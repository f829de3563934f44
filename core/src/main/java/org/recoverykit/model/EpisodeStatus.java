package org.recoverykit.model;

/**
 * The status of a service episode, as FHIR episode-of-care-status has it.
 */
public enum EpisodeStatus implements Coded {
    /** Agreed, not started. */
    PLANNED,
    /** Waiting for a place. */
    WAITLIST,
    /** Under way. */
    ACTIVE,
    /** Paused. */
    ON_HOLD,
    /** Ended. */
    FINISHED,
    /** Ended before it started. */
    CANCELLED,
    /** Recorded by mistake. */
    ENTERED_IN_ERROR;
}
