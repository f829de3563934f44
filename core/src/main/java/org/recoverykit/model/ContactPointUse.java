package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * What a contact point is for.
 */
public enum ContactPointUse implements Coded {
    /** At home. */
    HOME("home", "Home"),
    /** At work. */
    WORK("work", "Work"),
    /** A mobile device. */
    MOBILE("mobile", "Mobile"),
    /** For now only. */
    TEMPORARY("temporary", "Temporary");

    private final String code;
    private final String display;

    ContactPointUse(String code, String display) {
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
     * Obtains the contact point use with the given code.
     *
     * @param code the code, such as {@code home}
     * @return the contact point use, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static ContactPointUse fromCode(String code) {
        return Coded.of(ContactPointUse.class, code);
    }
}
