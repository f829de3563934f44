package org.recoverykit.model;

/**
 * Whether a support is paid or unpaid, and of which sort (person-centred planning, Documents 4).
 */
public enum SupportKind implements Coded {
    /** A professional service. */
    PAID_SERVICE,
    /** Unpaid help from family, friends or neighbours. */
    NATURAL,
    /** Support from a peer program. */
    PEER,
    /** A community resource such as a food pantry, faith group or club. */
    COMMUNITY,
    /** One of the Medi-Cal Community Supports. */
    COMMUNITY_SUPPORTS_SERVICE;
}
