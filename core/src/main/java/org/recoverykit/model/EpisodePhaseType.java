package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A phase of a time-limited service episode (STR specification: enablement, then extended support).
 */
public enum EpisodePhaseType implements Coded {
    /** The intensive first period, up to 6 weeks in STR; not chargeable. */
    ENABLEMENT("enablement", "Enablement"),
    /** Further support after enablement, up to 6 months in total in STR; chargeable. */
    EXTENDED("extended", "Extended support"),
    /** Reaching and engaging the person before the service starts. */
    OUTREACH("outreach", "Outreach and engagement"),
    /** Longer-term maintenance support, as in the SIS/CSS model. */
    MAINTENANCE("maintenance", "Maintenance"),
    /** Preparing the move to other services or to no service. */
    TRANSITION("transition", "Transition");

    private final String code;
    private final String display;

    EpisodePhaseType(String code, String display) {
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
     * Obtains the episode phase type with the given code.
     *
     * @param code the code, such as {@code enablement}
     * @return the episode phase type, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static EpisodePhaseType fromCode(String code) {
        return Coded.of(EpisodePhaseType.class, code);
    }
}
