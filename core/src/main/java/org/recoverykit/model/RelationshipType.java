package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * How a natural support is related to the person.
 */
public enum RelationshipType implements Coded {
    /** Mother. */
    MOTHER("mother", "Mother"),
    /** Father. */
    FATHER("father", "Father"),
    /** Parent. */
    PARENT("parent", "Parent"),
    /** Legal guardian. */
    GUARDIAN("guardian", "Guardian"),
    /** Foster parent. */
    FOSTER_PARENT("foster-parent", "Foster parent"),
    /** Sister. */
    SISTER("sister", "Sister"),
    /** Brother. */
    BROTHER("brother", "Brother"),
    /** Sibling. */
    SIBLING("sibling", "Sibling"),
    /** Son or daughter. */
    CHILD("child", "Child"),
    /** Husband, wife or civil partner. */
    SPOUSE("spouse", "Spouse"),
    /** Partner. */
    PARTNER("partner", "Partner"),
    /** Grandparent. */
    GRANDPARENT("grandparent", "Grandparent"),
    /** Aunt, uncle, cousin or another relative. */
    OTHER_FAMILY("other-family", "Other family member"),
    /** Friend. */
    FRIEND("friend", "Friend"),
    /** Neighbour. */
    NEIGHBOUR("neighbour", "Neighbour"),
    /** A member of the person's faith community. */
    FAITH_COMMUNITY("faith-community", "Faith community"),
    /** A mentor, coach or teacher outside the service. */
    MENTOR("mentor", "Mentor or coach"),
    /** Another relationship. */
    OTHER("other", "Other");

    private final String code;
    private final String display;

    RelationshipType(String code, String display) {
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
     * Obtains the relationship type with the given code.
     *
     * @param code the code, such as {@code mother}
     * @return the relationship type, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static RelationshipType fromCode(String code) {
        return Coded.of(RelationshipType.class, code);
    }
}
