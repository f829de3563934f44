package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * How much a goal matters to the person, relative to their other goals.
 */
public enum GoalPriority implements Coded {
    /** Among what matters most now. */
    HIGH("high", "High priority"),
    /** Matters, but not first. */
    MEDIUM("medium", "Medium priority"),
    /** For later. */
    LOW("low", "Low priority");

    private final String code;
    private final String display;

    GoalPriority(String code, String display) {
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
     * Obtains the goal priority with the given code.
     *
     * @param code the code, such as {@code high}
     * @return the goal priority, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static GoalPriority fromCode(String code) {
        return Coded.of(GoalPriority.class, code);
    }
}
