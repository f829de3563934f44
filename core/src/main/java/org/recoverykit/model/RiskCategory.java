package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * What a risk evaluated with the person is about (MH22 P7; Community Support key service function 15).
 */
public enum RiskCategory implements Coded {
    /** Relapse in mental illness or substance use. */
    RELAPSE("relapse", "Relapse"),
    /** Harm to self. */
    SELF_HARM("self-harm", "Self-harm or suicide"),
    /** Harm to others. */
    HARM_TO_OTHERS("harm-to-others", "Harm to others"),
    /** Self-neglect. */
    SELF_NEGLECT("self-neglect", "Self-neglect"),
    /** Abuse, neglect or exploitation by others. */
    EXPLOITATION("exploitation", "Abuse or exploitation"),
    /** Losing a tenancy or a place to live. */
    HOUSING_LOSS("housing-loss", "Loss of housing"),
    /** A physical-health risk. */
    PHYSICAL_HEALTH("physical-health", "Physical health"),
    /** Losing contact with support. */
    DISENGAGEMENT("disengagement", "Disengagement"),
    /** Another risk. */
    OTHER("other", "Other");

    private final String code;
    private final String display;

    RiskCategory(String code, String display) {
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
     * Obtains the risk category with the given code.
     *
     * @param code the code, such as {@code relapse}
     * @return the risk category, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static RiskCategory fromCode(String code) {
        return Coded.of(RiskCategory.class, code);
    }
}
