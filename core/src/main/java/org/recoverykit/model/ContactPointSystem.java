package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The kind of a contact point.
 */
public enum ContactPointSystem implements Coded {
    /** A telephone number. */
    PHONE("phone", "Phone"),
    /** A number for text messages. */
    SMS("sms", "SMS"),
    /** An email address. */
    EMAIL("email", "Email"),
    /** Another means, such as a messaging handle. */
    OTHER("other", "Other");

    private final String code;
    private final String display;

    ContactPointSystem(String code, String display) {
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
     * Obtains the contact point system with the given code.
     *
     * @param code the code, such as {@code phone}
     * @return the contact point system, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static ContactPointSystem fromCode(String code) {
        return Coded.of(ContactPointSystem.class, code);
    }
}
