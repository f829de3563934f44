package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * How a contact, an outreach attempt or a re-engagement attempt is made (MH22 P3: agreed arrangements respect the person's preferences).
 */
public enum ContactMode implements Coded {
    /** Face to face. */
    IN_PERSON("in-person", "In person"),
    /** A voice call. */
    PHONE("phone", "Telephone"),
    /** A video call. */
    VIDEO("video", "Video call"),
    /** A text or instant message. */
    TEXT_MESSAGE("text-message", "Text message"),
    /** An email. */
    EMAIL("email", "Email"),
    /** A letter. */
    LETTER("letter", "Letter"),
    /** Through a natural support, a referral source or another professional, as Community Support key service function 9 allows. */
    THROUGH_OTHERS("through-others", "Through others");

    private final String code;
    private final String display;

    ContactMode(String code, String display) {
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
     * Obtains the contact mode with the given code.
     *
     * @param code the code, such as {@code in-person}
     * @return the contact mode, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static ContactMode fromCode(String code) {
        return Coded.of(ContactMode.class, code);
    }
}
