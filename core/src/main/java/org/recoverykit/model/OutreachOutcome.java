package org.recoverykit.model;

/**
 * What came of an attempt to reach the person.
 */
public enum OutreachOutcome implements Coded {
    /** Spoke with the person. */
    REACHED,
    /** Reached, and a next contact was agreed. */
    RE_ENGAGED,
    /** A message was left. */
    MESSAGE_LEFT,
    /** No answer and no message left. */
    NO_ANSWER,
    /** The person declined further contact. */
    DECLINED,
    /** The contact details did not work. */
    CONTACT_DETAILS_INVALID;
}
