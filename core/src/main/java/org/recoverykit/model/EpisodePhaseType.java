package org.recoverykit.model;

/**
 * A phase of a time-limited service episode (STR specification: enablement, then extended support).
 */
public enum EpisodePhaseType implements Coded {
    /** The intensive first period, up to 6 weeks in STR; not chargeable. */
    ENABLEMENT,
    /** Further support after enablement, up to 6 months in total in STR; chargeable. */
    EXTENDED,
    /** Reaching and engaging the person before the service starts. */
    OUTREACH,
    /** Longer-term maintenance support, as in the SIS/CSS model. */
    MAINTENANCE,
    /** Preparing the move to other services or to no service. */
    TRANSITION;
}
