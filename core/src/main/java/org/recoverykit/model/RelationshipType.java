package org.recoverykit.model;

/**
 * How a natural support is related to the person.
 */
public enum RelationshipType implements Coded {
    /** Mother. */
    MOTHER,
    /** Father. */
    FATHER,
    /** Parent. */
    PARENT,
    /** Legal guardian. */
    GUARDIAN,
    /** Foster parent. */
    FOSTER_PARENT,
    /** Sister. */
    SISTER,
    /** Brother. */
    BROTHER,
    /** Sibling. */
    SIBLING,
    /** Son or daughter. */
    CHILD,
    /** Husband, wife or civil partner. */
    SPOUSE,
    /** Partner. */
    PARTNER,
    /** Grandparent. */
    GRANDPARENT,
    /** Aunt, uncle, cousin or another relative. */
    OTHER_FAMILY,
    /** Friend. */
    FRIEND,
    /** Neighbour. */
    NEIGHBOUR,
    /** A member of the person's faith community. */
    FAITH_COMMUNITY,
    /** A mentor, coach or teacher outside the service. */
    MENTOR,
    /** Another relationship. */
    OTHER;
}
