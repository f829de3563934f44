package org.recoverykit.model;

/**
 * A document that the model's rules and code lists come from.
 *
 * <p>Every service function, rule and reference table of the library names the document, and the clause in
 * it, that it traces to.
 */
public enum SourceDocument implements Coded {
    /** The Community Support Training 101 (US state Medicaid), with its 25 key service functions. */
    COMMUNITY_SUPPORT_TRAINING_101("community-support-training-101", "Community Support Training 101"),
    /** A Medi-Cal Community Supports and ECM provider's account of its activities and person-centred planning. */
    MEDI_CAL_COMMUNITY_SUPPORTS("medi-cal-community-supports", "Medi-Cal Community Supports and ECM activities"),
    /** The UK National Occupational Standard MH22 (Skills for Health), on maintaining contact and reviewing plans. */
    NOS_MH22(
            "nos-mh22",
            "National Occupational Standard MH22: Maintain active continuing contact with people with mental"
                    + " health needs"),
    /** The NHS service specification of Support, Time and Recovery (STR) work. */
    STR_SPECIFICATION("str-specification", "Service specification for Support, Time and Recovery (STR) services"),
    /** A county procedure for referral to peer-to-peer support services. */
    PEER_TO_PEER_PROCEDURE("peer-to-peer-procedure", "Peer-to-peer services procedure"),
    /** The CalAIM Enhanced Care Management (ECM) benefit and its seven core service components. */
    CALAIM_ECM("calaim-ecm", "CalAIM Enhanced Care Management core service components"),
    /** The US regulation 42 CFR 441.301, whose paragraph (c) sets out the person-centred service plan. */
    CFR_42_441_301("42-cfr-441-301", "42 CFR 441.301: person-centered planning process and service plan");

    private final String code;
    private final String display;

    SourceDocument(String code, String display) {
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
}
