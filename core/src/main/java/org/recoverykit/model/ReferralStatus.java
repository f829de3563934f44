package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Where a referral stands in its closed loop (DHCS closed-loop referral reporting).
 */
public enum ReferralStatus implements Coded {
    /** Being prepared. */
    DRAFT("draft", "Draft"),
    /** Sent to the receiving service. */
    SENT("sent", "Sent"),
    /** Received; outreach under way. */
    RECEIVED("received", "Received"),
    /** Accepted; the service is starting or under way. */
    ACCEPTED("accepted", "Accepted"),
    /** Declined by the receiving service or by the person. */
    DECLINED("declined", "Declined"),
    /** The service was delivered. */
    COMPLETED("completed", "Completed"),
    /** The loop was closed for another reason. */
    CLOSED("closed", "Closed"),
    /** Withdrawn by the referrer. */
    CANCELLED("cancelled", "Cancelled");

    private final String code;
    private final String display;

    ReferralStatus(String code, String display) {
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
     * Obtains the referral status with the given code.
     *
     * @param code the code, such as {@code draft}
     * @return the referral status, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static ReferralStatus fromCode(String code) {
        return Coded.of(ReferralStatus.class, code);
    }
}
