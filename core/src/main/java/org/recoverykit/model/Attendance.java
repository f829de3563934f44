package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Whether a planned contact took place.
 *
 * <p>Only an {@link #ATTENDED} contact delivers a service and needs a full progress note; a missed one
 * calls for re-engagement.
 */
public enum Attendance implements Coded {
    /** The contact took place. */
    ATTENDED("attended", "Attended"),
    /** The person did not attend and did not cancel. */
    MISSED("missed", "Missed"),
    /** The person cancelled in advance. */
    CANCELLED_BY_PERSON("cancelled-by-person", "Cancelled by the person"),
    /** The service cancelled in advance. */
    CANCELLED_BY_SERVICE("cancelled-by-service", "Cancelled by the service");

    private final String code;
    private final String display;

    Attendance(String code, String display) {
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
     * Obtains the attendance with the given code.
     *
     * @param code the code, such as {@code missed}
     * @return the attendance, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static Attendance fromCode(String code) {
        return Coded.of(Attendance.class, code);
    }
}
