package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * How a person or team member agreed to a plan version (42 CFR 441.301(c)(2)(ix)).
 */
public enum AgreementMethod implements Coded {
    /** A written signature. */
    SIGNED("signed", "Signed"),
    /** An electronic signature. */
    ELECTRONIC_SIGNATURE("electronic-signature", "Electronic signature"),
    /** Agreed aloud, recorded by the worker. */
    VERBAL("verbal", "Verbal");

    private final String code;
    private final String display;

    AgreementMethod(String code, String display) {
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
     * Obtains the agreement method with the given code.
     *
     * @param code the code, such as {@code signed}
     * @return the agreement method, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static AgreementMethod fromCode(String code) {
        return Coded.of(AgreementMethod.class, code);
    }
}
