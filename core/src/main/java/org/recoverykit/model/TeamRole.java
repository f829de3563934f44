package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The part a member plays on a plan's team (Community Support key service function 4; person-centred planning, Team).
 */
public enum TeamRole implements Coded {
    /** The person the plan is for. */
    PERSON("person", "The person"),
    /** A family member, carer or guardian. */
    FAMILY("family", "Family member"),
    /** A friend, neighbour or other unpaid supporter. */
    NATURAL_SUPPORT("natural-support", "Natural support"),
    /** The worker who delivers community support. */
    COMMUNITY_SUPPORT_SPECIALIST("community-support-specialist", "Community support specialist"),
    /** Supervises the community support specialist. */
    COMMUNITY_SUPPORT_SUPERVISOR("community-support-supervisor", "Community support supervisor"),
    /** A Support, Time and Recovery worker. */
    STR_WORKER("str-worker", "STR worker"),
    /** A peer with lived experience. */
    PEER_SUPPORT_WORKER("peer-support-worker", "Peer support worker"),
    /** A care coordinator or ECM lead care manager. */
    CARE_MANAGER("care-manager", "Care manager"),
    /** A therapist or counsellor. */
    THERAPIST("therapist", "Therapist"),
    /** A psychiatrist, nurse prescriber or other medication provider. */
    PRESCRIBER("prescriber", "Prescriber"),
    /** A GP or primary-care provider. */
    PRIMARY_CARE("primary-care", "Primary care"),
    /** A housing or community-supports provider. */
    HOUSING_PROVIDER("housing-provider", "Housing provider"),
    /** A teacher or other school staff. */
    SCHOOL("school", "School"),
    /** A child welfare worker. */
    CHILD_WELFARE("child-welfare", "Child welfare"),
    /** A court, probation or parole officer. */
    COURT("court", "Court or probation"),
    /** Another member. */
    OTHER("other", "Other");

    private final String code;
    private final String display;

    TeamRole(String code, String display) {
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
     * Obtains the team role with the given code.
     *
     * @param code the code, such as {@code person}
     * @return the team role, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static TeamRole fromCode(String code) {
        return Coded.of(TeamRole.class, code);
    }
}
