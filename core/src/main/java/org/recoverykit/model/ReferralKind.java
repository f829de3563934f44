package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * What a referral is to.
 */
public enum ReferralKind implements Coded {
    /** A peer-support program (peer-to-peer procedure). */
    PEER_SUPPORT("peer-support", "Peer support"),
    /** A Medi-Cal Community Supports service. */
    COMMUNITY_SUPPORTS("community-supports", "Medi-Cal Community Supports"),
    /** CalAIM Enhanced Care Management. */
    ENHANCED_CARE_MANAGEMENT("enhanced-care-management", "Enhanced Care Management"),
    /** A community or social support service. */
    COMMUNITY_RESOURCE("community-resource", "Community resource"),
    /** A medical, psychiatric or other clinical service. */
    CLINICAL_SERVICE("clinical-service", "Clinical service"),
    /** Another service. */
    OTHER("other", "Other");

    private final String code;
    private final String display;

    ReferralKind(String code, String display) {
        this.code = code;
        this.display = display;
    }

    @Override
    public String getCode() {
        return code;
    }

    @Override
    public String getDisplay() {
        return display;
    }

    /**
     * Obtains the referral kind with the given code.
     *
     * @param code the code, such as {@code peer-support}
     * @return the referral kind, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static ReferralKind fromCode(String code) {
        return Coded.of(ReferralKind.class, code);
    }
}
