package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Why a referral's loop was closed (DHCS closed-loop referral reporting).
 */
public enum ReferralClosureReason implements Coded {
    /** The service was delivered. */
    SERVICE_COMPLETED("service-completed", "Service completed"),
    /** The person chose not to take up the service. */
    PERSON_DECLINED("person-declined", "Person declined"),
    /** Outreach did not reach the person. */
    UNABLE_TO_REACH("unable-to-reach", "Unable to reach"),
    /** The person did not meet the service's criteria. */
    NOT_ELIGIBLE("not-eligible", "Not eligible"),
    /** The service could not take the person on. */
    NO_CAPACITY("no-capacity", "No capacity"),
    /** Another service was a better fit. */
    REFERRED_ELSEWHERE("referred-elsewhere", "Referred elsewhere"),
    /** The person moved away. */
    PERSON_MOVED("person-moved", "Person moved"),
    /** The person died. */
    PERSON_DIED("person-died", "Person died"),
    /** Another reason. */
    OTHER("other", "Other");

    private final String code;
    private final String display;

    ReferralClosureReason(String code, String display) {
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
     * Obtains the referral closure reason with the given code.
     *
     * @param code the code, such as {@code service-completed}
     * @return the referral closure reason, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static ReferralClosureReason fromCode(String code) {
        return Coded.of(ReferralClosureReason.class, code);
    }
}
