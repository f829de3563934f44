package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * What a team member decided about a plan version (MH22 P10: changes are agreed with those involved).
 */
public enum AgreementDecision implements Coded {
    /** Agreed to the plan. */
    AGREED("agreed", "Agreed"),
    /** Did not agree; the disagreement is recorded. */
    DISAGREED("disagreed", "Disagreed"),
    /** Took part but declined to sign. */
    DECLINED_TO_SIGN("declined-to-sign", "Declined to sign");

    private final String code;
    private final String display;

    AgreementDecision(String code, String display) {
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
     * Obtains the agreement decision with the given code.
     *
     * @param code the code, such as {@code agreed}
     * @return the agreement decision, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static AgreementDecision fromCode(String code) {
        return Coded.of(AgreementDecision.class, code);
    }
}
