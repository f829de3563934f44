package org.recoverykit.model;

/**
 * Whether a planned contact took place.
 *
 * <p>Only an {@link #ATTENDED} contact delivers a service and needs a full progress note; a missed one
 * calls for re-engagement.
 */
public enum Attendance implements Coded {
    /** The contact took place. */
    ATTENDED,
    /** The person did not attend and did not cancel. */
    MISSED,
    /** The person cancelled in advance. */
    CANCELLED_BY_PERSON,
    /** The service cancelled in advance. */
    CANCELLED_BY_SERVICE;
}
