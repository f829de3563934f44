package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The service model a plan or an episode follows; each has its own validation policy.
 */
public enum ServiceModel implements Coded {
    /** State Medicaid Community Support on an individualized treatment plan (Community Support Training 101). */
    COMMUNITY_SUPPORT("community-support", "Community Support"),
    /** NHS STR: time-limited, an enablement period of up to 6 weeks, then up to 6 months in total. */
    SUPPORT_TIME_RECOVERY("support-time-recovery", "Support, Time and Recovery"),
    /** Longer-term, externally provided support on the former Community Support Scheme (CSS) model. */
    SUPPORTING_INDEPENDENCE("supporting-independence", "Supporting Independence Service"),
    /** Medi-Cal Community Supports, such as housing navigation or medically tailored meals. */
    COMMUNITY_SUPPORTS("community-supports", "Medi-Cal Community Supports"),
    /** CalAIM Enhanced Care Management. */
    ENHANCED_CARE_MANAGEMENT("enhanced-care-management", "Enhanced Care Management"),
    /** A peer-to-peer support program. */
    PEER_SUPPORT("peer-support", "Peer support"),
    /** A person-centred service plan for home and community-based services (42 CFR 441.301(c)). */
    PERSON_CENTRED_HCBS("person-centred-hcbs", "Person-centred HCBS plan");

    private final String code;
    private final String display;

    ServiceModel(String code, String display) {
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
     * Obtains the service model with the given code.
     *
     * @param code the code, such as {@code community-support}
     * @return the service model, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static ServiceModel fromCode(String code) {
        return Coded.of(ServiceModel.class, code);
    }
}
