package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The status of a recovery plan version, as FHIR request-status has it.
 */
public enum PlanStatus implements Coded {
    /** Being written with the person; not yet in force. */
    DRAFT("draft", "Draft"),
    /** In force. */
    ACTIVE("active", "Active"),
    /** Paused for now. */
    ON_HOLD("on-hold", "On hold"),
    /** Withdrawn or replaced by a later version before it was completed. */
    REVOKED("revoked", "Revoked"),
    /** Ended as planned. */
    COMPLETED("completed", "Completed"),
    /** Recorded by mistake. */
    ENTERED_IN_ERROR("entered-in-error", "Entered in error");

    private final String code;
    private final String display;

    PlanStatus(String code, String display) {
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
     * Obtains the plan status with the given code.
     *
     * @param code the code, such as {@code draft}
     * @return the plan status, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static PlanStatus fromCode(String code) {
        return Coded.of(PlanStatus.class, code);
    }
}
