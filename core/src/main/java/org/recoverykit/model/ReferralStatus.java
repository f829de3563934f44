package org.recoverykit.model;

/**
 * Where a referral stands in its closed loop (DHCS closed-loop referral reporting).
 */
public enum ReferralStatus implements Coded {
    /** Being prepared. */
    DRAFT,
    /** Sent to the receiving service. */
    SENT,
    /** Received; outreach under way. */
    RECEIVED,
    /** Accepted; the service is starting or under way. */
    ACCEPTED,
    /** Declined by the receiving service or by the person. */
    DECLINED,
    /** The service was delivered. */
    COMPLETED,
    /** The loop was closed for another reason. */
    CLOSED,
    /** Withdrawn by the referrer. */
    CANCELLED;
}
