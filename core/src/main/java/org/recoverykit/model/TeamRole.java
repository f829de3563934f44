package org.recoverykit.model;

/**
 * The part a member plays on a plan's team (Community Support key service function 4; person-centred planning, Team).
 */
public enum TeamRole implements Coded {
    /** The person the plan is for. */
    PERSON,
    /** A family member, carer or guardian. */
    FAMILY,
    /** A friend, neighbour or other unpaid supporter. */
    NATURAL_SUPPORT,
    /** The worker who delivers community support. */
    COMMUNITY_SUPPORT_SPECIALIST,
    /** Supervises the community support specialist. */
    COMMUNITY_SUPPORT_SUPERVISOR,
    /** A Support, Time and Recovery worker. */
    STR_WORKER,
    /** A peer with lived experience. */
    PEER_SUPPORT_WORKER,
    /** A care coordinator or ECM lead care manager. */
    CARE_MANAGER,
    /** A therapist or counsellor. */
    THERAPIST,
    /** A psychiatrist, nurse prescriber or other medication provider. */
    PRESCRIBER,
    /** A GP or primary-care provider. */
    PRIMARY_CARE,
    /** A housing or community-supports provider. */
    HOUSING_PROVIDER,
    /** A teacher or other school staff. */
    SCHOOL,
    /** A child welfare worker. */
    CHILD_WELFARE,
    /** A court, probation or parole officer. */
    COURT,
    /** Another member. */
    OTHER;
}
