package org.recoverykit.model;

/**
 * Why a person is being discharged.
 */
public enum DischargeReason implements Coded {
    /** The plan's goals were reached. */
    GOALS_ACHIEVED,
    /** The person chose to end the service. */
    PERSON_CHOSE,
    /** Moving to another service. */
    TRANSFERRED,
    /** A time-limited service reached its limit. */
    TIME_LIMIT_REACHED,
    /** Contact could not be re-established. */
    DISENGAGED,
    /** The person moved out of the area. */
    MOVED_AWAY,
    /** Ready to leave hospital. */
    MEDICALLY_READY,
    /** Another reason. */
    OTHER;
}
