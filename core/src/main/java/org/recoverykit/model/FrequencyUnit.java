package org.recoverykit.model;

/**
 * The unit of time that a frequency counts in.
 */
public enum FrequencyUnit implements Coded {
    /** A day. */
    DAY,
    /** A week. */
    WEEK,
    /** A month. */
    MONTH,
    /** A year. */
    YEAR;
}
