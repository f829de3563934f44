package org.recoverykit.model;

/**
 * What a contact point is for.
 */
public enum ContactPointUse implements Coded {
    /** At home. */
    HOME,
    /** At work. */
    WORK,
    /** A mobile device. */
    MOBILE,
    /** For now only. */
    TEMPORARY;
}
