package org.recoverykit.validation;

/** How much an issue matters: only an {@link #ERROR} makes a record invalid. */
public enum Severity {
    /** The record breaks a rule the source documents make mandatory. */
    ERROR,
    /** The record falls short of good practice that the source documents describe. */
    WARNING,
    /** Worth knowing; nothing is wrong. */
    INFO
}
