package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * What came of an attempt to reach the person.
 */
public enum OutreachOutcome implements Coded {
    /** Spoke with the person. */
    REACHED("reached", "Reached"),
    /** Reached, and a next contact was agreed. */
    RE_ENGAGED("re-engaged", "Re-engaged"),
    /** A message was left. */
    MESSAGE_LEFT("message-left", "Message left"),
    /** No answer and no message left. */
    NO_ANSWER("no-answer", "No answer"),
    /** The person declined further contact. */
    DECLINED("declined", "Declined"),
    /** The contact details did not work. */
    CONTACT_DETAILS_INVALID("contact-details-invalid", "Contact details invalid");

    private final String code;
    private final String display;

    OutreachOutcome(String code, String display) {
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
     * Obtains the outreach outcome with the given code.
     *
     * @param code the code, such as {@code reached}
     * @return the outreach outcome, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static OutreachOutcome fromCode(String code) {
        return Coded.of(OutreachOutcome.class, code);
    }
}
