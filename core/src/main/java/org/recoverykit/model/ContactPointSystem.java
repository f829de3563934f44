package org.recoverykit.model;

/**
 * The kind of a contact point.
 */
public enum ContactPointSystem implements Coded {
    /** A telephone number. */
    PHONE,
    /** A number for text messages. */
    SMS,
    /** An email address. */
    EMAIL,
    /** Another means, such as a messaging handle. */
    OTHER;
}
