package org.recoverykit.model;

/**
 * How much a goal matters to the person, relative to their other goals.
 */
public enum GoalPriority implements Coded {
    /** Among what matters most now. */
    HIGH,
    /** Matters, but not first. */
    MEDIUM,
    /** For later. */
    LOW;
}
