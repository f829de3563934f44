package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Whether a support is paid or unpaid, and of which sort (person-centred planning, Documents 4).
 */
public enum SupportKind implements Coded {
    /** A professional service. */
    PAID_SERVICE("paid-service", "Paid service"),
    /** Unpaid help from family, friends or neighbours. */
    NATURAL("natural", "Natural support"),
    /** Support from a peer program. */
    PEER("peer", "Peer support"),
    /** A community resource such as a food pantry, faith group or club. */
    COMMUNITY("community", "Community resource"),
    /** One of the Medi-Cal Community Supports. */
    COMMUNITY_SUPPORTS_SERVICE("community-supports-service", "Medi-Cal Community Supports service");

    private final String code;
    private final String display;

    SupportKind(String code, String display) {
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
     * Obtains the support kind with the given code.
     *
     * @param code the code, such as {@code paid-service}
     * @return the support kind, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static SupportKind fromCode(String code) {
        return Coded.of(SupportKind.class, code);
    }
}
