package org.recoverykit.model;

/**
 * A group of {@link ServiceFunction}s that come from the same list of one source document.
 */
public enum ServiceFunctionGroup implements Coded {
    /** The 25 key service functions of Community Support. */
    COMMUNITY_SUPPORT("Community Support key service functions"),
    /** The areas that Support, Time and Recovery (STR) workers help with. */
    STR_HELP_WITH("STR: help with"),
    /** The services that Support, Time and Recovery (STR) workers enable access to. */
    STR_ENABLE_ACCESS("STR: enable access to"),
    /** Peer-to-peer support. */
    PEER_SUPPORT("Peer support"),
    /** The seven core service components of Enhanced Care Management (ECM). */
    ECM_CORE_COMPONENT("ECM core service components");

    private final String display;

    ServiceFunctionGroup(String display) {
        this.display = display;
    }

    @Override
    public String getDisplay() {
        return display;
    }
}
