package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A group of {@link ServiceFunction}s that come from the same list of one source document.
 */
public enum ServiceFunctionGroup implements Coded {
    /** The 25 key service functions of Community Support. */
    COMMUNITY_SUPPORT("community-support", "Community Support key service functions"),
    /** The areas that Support, Time and Recovery (STR) workers help with. */
    STR_HELP_WITH("str-help-with", "STR: help with"),
    /** The services that Support, Time and Recovery (STR) workers enable access to. */
    STR_ENABLE_ACCESS("str-enable-access", "STR: enable access to"),
    /** Peer-to-peer support. */
    PEER_SUPPORT("peer-support", "Peer support"),
    /** The seven core service components of Enhanced Care Management (ECM). */
    ECM_CORE_COMPONENT("ecm-core-component", "ECM core service components");

    private final String code;
    private final String display;

    ServiceFunctionGroup(String code, String display) {
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
     * Obtains the service function group with the given code.
     *
     * @param code the code, such as {@code str-help-with}
     * @return the service function group, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static ServiceFunctionGroup fromCode(String code) {
        return Coded.of(ServiceFunctionGroup.class, code);
    }
}
