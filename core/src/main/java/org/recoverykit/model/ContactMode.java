package org.recoverykit.model;

/**
 * How a contact, an outreach attempt or a re-engagement attempt is made (MH22 P3: agreed arrangements respect the person's preferences).
 */
public enum ContactMode implements Coded {
    /** Face to face. */
    IN_PERSON,
    /** A voice call. */
    PHONE,
    /** A video call. */
    VIDEO,
    /** A text or instant message. */
    TEXT_MESSAGE,
    /** An email. */
    EMAIL,
    /** A letter. */
    LETTER,
    /** Through a natural support, a referral source or another professional, as Community Support key service function 9 allows. */
    THROUGH_OTHERS;
}
