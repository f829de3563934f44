package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The lifecycle status of a goal, as FHIR goal-status has it.
 */
public enum GoalStatus implements Coded {
    /** Suggested, not yet agreed with the person. */
    PROPOSED("proposed", "Proposed"),
    /** Agreed, with work not yet started. */
    PLANNED("planned", "Planned"),
    /** Accepted by the person and the team. */
    ACCEPTED("accepted", "Accepted"),
    /** Being worked on. */
    ACTIVE("active", "Active"),
    /** Paused for now. */
    ON_HOLD("on-hold", "On hold"),
    /** No longer being worked on because it was reached or ended. */
    COMPLETED("completed", "Completed"),
    /** Given up before it was reached. */
    CANCELLED("cancelled", "Cancelled"),
    /** Not taken up. */
    REJECTED("rejected", "Rejected"),
    /** Recorded by mistake. */
    ENTERED_IN_ERROR("entered-in-error", "Entered in error");

    private final String code;
    private final String display;

    GoalStatus(String code, String display) {
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
     * Obtains the goal status with the given code.
     *
     * @param code the code, such as {@code proposed}
     * @return the goal status, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static GoalStatus fromCode(String code) {
        return Coded.of(GoalStatus.class, code);
    }
}
