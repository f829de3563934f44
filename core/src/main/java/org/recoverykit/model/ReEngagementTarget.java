package org.recoverykit.model;

/**
 * Whom a re-engagement attempt contacted (Community Support key service function 9: individuals and/or referral sources).
 */
public enum ReEngagementTarget implements Coded {
    /** The person served. */
    PERSON,
    /** A family member or other natural support, with the person's consent. */
    NATURAL_SUPPORT,
    /** The referral source or another professional. */
    REFERRAL_SOURCE;
}
