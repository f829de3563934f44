package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Whom a re-engagement attempt contacted (Community Support key service function 9: individuals and/or referral sources).
 */
public enum ReEngagementTarget implements Coded {
    /** The person served. */
    PERSON("person", "The person"),
    /** A family member or other natural support, with the person's consent. */
    NATURAL_SUPPORT("natural-support", "A natural support"),
    /** The referral source or another professional. */
    REFERRAL_SOURCE("referral-source", "The referral source");

    private final String code;
    private final String display;

    ReEngagementTarget(String code, String display) {
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
     * Obtains the re engagement target with the given code.
     *
     * @param code the code, such as {@code person}
     * @return the re engagement target, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static ReEngagementTarget fromCode(String code) {
        return Coded.of(ReEngagementTarget.class, code);
    }
}
