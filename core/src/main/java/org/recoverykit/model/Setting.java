package org.recoverykit.model;

/**
 * Where a contact or an intervention takes place (Community Support key service function 7: the setting of the service).
 */
public enum Setting implements Coded {
    /** The person's home. */
    HOME,
    /** A place in the community, such as a shop, park or benefits office. */
    COMMUNITY,
    /** The service's office or clinic. */
    OFFICE,
    /** A school or college. */
    SCHOOL,
    /** The person's workplace. */
    WORKPLACE,
    /** A hospital, medical or psychiatric (key service function 11). */
    HOSPITAL,
    /** A residential, respite or recuperative-care setting. */
    RESIDENTIAL,
    /** A crisis or sobering centre. */
    CRISIS_SERVICE,
    /** By telephone or video; no shared place. */
    REMOTE,
    /** Another setting. */
    OTHER;
}
