package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * What a discharge plan is a discharge from.
 */
public enum DischargeKind implements Coded {
    /** Leaving the community support service (key service function 8). */
    FROM_SERVICE("from-service", "From the service"),
    /** Leaving a medical or psychiatric hospital stay (key service function 11). */
    FROM_HOSPITAL("from-hospital", "From hospital");

    private final String code;
    private final String display;

    DischargeKind(String code, String display) {
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
     * Obtains the discharge kind with the given code.
     *
     * @param code the code, such as {@code from-service}
     * @return the discharge kind, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static DischargeKind fromCode(String code) {
        return Coded.of(DischargeKind.class, code);
    }
}
