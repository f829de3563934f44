package org.recoverykit.model;

/**
 * The service model a plan or an episode follows; each has its own validation policy.
 */
public enum ServiceModel implements Coded {
    /** State Medicaid Community Support on an individualized treatment plan (Community Support Training 101). */
    COMMUNITY_SUPPORT,
    /** NHS STR: time-limited, an enablement period of up to 6 weeks, then up to 6 months in total. */
    SUPPORT_TIME_RECOVERY,
    /** Longer-term, externally provided support on the former Community Support Scheme (CSS) model. */
    SUPPORTING_INDEPENDENCE,
    /** Medi-Cal Community Supports, such as housing navigation or medically tailored meals. */
    COMMUNITY_SUPPORTS,
    /** CalAIM Enhanced Care Management. */
    ENHANCED_CARE_MANAGEMENT,
    /** A peer-to-peer support program. */
    PEER_SUPPORT,
    /** A person-centred service plan for home and community-based services (42 CFR 441.301(c)). */
    PERSON_CENTRED_HCBS;
}
