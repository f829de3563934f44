package org.recoverykit.model;

/**
 * What a referral is to.
 */
public enum ReferralKind implements Coded {
    /** A peer-support program (peer-to-peer procedure). */
    PEER_SUPPORT,
    /** A Medi-Cal Community Supports service. */
    COMMUNITY_SUPPORTS,
    /** CalAIM Enhanced Care Management. */
    ENHANCED_CARE_MANAGEMENT,
    /** A community or social support service. */
    COMMUNITY_RESOURCE,
    /** A medical, psychiatric or other clinical service. */
    CLINICAL_SERVICE,
    /** Another service. */
    OTHER;
}
