package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Where a contact or an intervention takes place (Community Support key service function 7: the setting of the service).
 */
public enum Setting implements Coded {
    /** The person's home. */
    HOME("home", "Home"),
    /** A place in the community, such as a shop, park or benefits office. */
    COMMUNITY("community", "Community"),
    /** The service's office or clinic. */
    OFFICE("office", "Office or clinic"),
    /** A school or college. */
    SCHOOL("school", "School"),
    /** The person's workplace. */
    WORKPLACE("workplace", "Workplace"),
    /** A hospital, medical or psychiatric (key service function 11). */
    HOSPITAL("hospital", "Hospital"),
    /** A residential, respite or recuperative-care setting. */
    RESIDENTIAL("residential", "Residential setting"),
    /** A crisis or sobering centre. */
    CRISIS_SERVICE("crisis-service", "Crisis service"),
    /** By telephone or video; no shared place. */
    REMOTE("remote", "Remote"),
    /** Another setting. */
    OTHER("other", "Other");

    private final String code;
    private final String display;

    Setting(String code, String display) {
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
     * Obtains the setting with the given code.
     *
     * @param code the code, such as {@code home}
     * @return the setting, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static Setting fromCode(String code) {
        return Coded.of(Setting.class, code);
    }
}
