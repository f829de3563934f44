package org.recoverykit.model;

/**
 * Why a referral's loop was closed (DHCS closed-loop referral reporting).
 */
public enum ReferralClosureReason implements Coded {
    /** The service was delivered. */
    SERVICE_COMPLETED,
    /** The person chose not to take up the service. */
    PERSON_DECLINED,
    /** Outreach did not reach the person. */
    UNABLE_TO_REACH,
    /** The person did not meet the service's criteria. */
    NOT_ELIGIBLE,
    /** The service could not take the person on. */
    NO_CAPACITY,
    /** Another service was a better fit. */
    REFERRED_ELSEWHERE,
    /** The person moved away. */
    PERSON_MOVED,
    /** The person died. */
    PERSON_DIED,
    /** Another reason. */
    OTHER;
}
