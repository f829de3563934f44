package org.recoverykit.model;

/**
 * The status of a recovery plan version, as FHIR request-status has it.
 */
public enum PlanStatus implements Coded {
    /** Being written with the person; not yet in force. */
    DRAFT,
    /** In force. */
    ACTIVE,
    /** Paused for now. */
    ON_HOLD,
    /** Withdrawn or replaced by a later version before it was completed. */
    REVOKED,
    /** Ended as planned. */
    COMPLETED,
    /** Recorded by mistake. */
    ENTERED_IN_ERROR;
}
