package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The status of a service episode, as FHIR episode-of-care-status has it.
 */
public enum EpisodeStatus implements Coded {
    /** Agreed, not started. */
    PLANNED("planned", "Planned"),
    /** Waiting for a place. */
    WAITLIST("waitlist", "Waiting list"),
    /** Under way. */
    ACTIVE("active", "Active"),
    /** Paused. */
    ON_HOLD("on-hold", "On hold"),
    /** Ended. */
    FINISHED("finished", "Finished"),
    /** Ended before it started. */
    CANCELLED("cancelled", "Cancelled"),
    /** Recorded by mistake. */
    ENTERED_IN_ERROR("entered-in-error", "Entered in error");

    private final String code;
    private final String display;

    EpisodeStatus(String code, String display) {
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
     * Obtains the episode status with the given code.
     *
     * @param code the code, such as {@code planned}
     * @return the episode status, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static EpisodeStatus fromCode(String code) {
        return Coded.of(EpisodeStatus.class, code);
    }
}
