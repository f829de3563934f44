package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The unit of time that a frequency counts in.
 */
public enum FrequencyUnit implements Coded {
    /** A day. */
    DAY("day", "Day"),
    /** A week. */
    WEEK("week", "Week"),
    /** A month. */
    MONTH("month", "Month"),
    /** A year. */
    YEAR("year", "Year");

    private final String code;
    private final String display;

    FrequencyUnit(String code, String display) {
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
     * Obtains the frequency unit with the given code.
     *
     * @param code the code, such as {@code day}
     * @return the frequency unit, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static FrequencyUnit fromCode(String code) {
        return Coded.of(FrequencyUnit.class, code);
    }
}
