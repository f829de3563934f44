package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A member of a plan's team: the person, family, workers, supervisors, prescribers, schools, child welfare, courts and other supports (Community Support key service function 4).
 */
@Value.Immutable
@JsonDeserialize(builder = TeamMember.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"id", "role", "personId", "naturalSupportId", "name", "organization", "contactPoints"})
public abstract class TeamMember {
    TeamMember() {}

    /**
     * Gets the id of the member, unique within the record.
     *
     * @return the id of the member, unique within the record, not null
     */
    public abstract String getId();

    /**
     * Gets the member's role.
     *
     * @return the member's role, not null
     */
    public abstract TeamRole getRole();

    /**
     * Gets the id of the person, when this member is the person the plan is for.
     *
     * @return the id of the person, when this member is the person the plan is for, empty if not recorded
     */
    public abstract Optional<@NotBlankWhenPresent String> getPersonId();

    /**
     * Gets the id of the natural support this member is.
     *
     * @return the id of the natural support this member is, empty if not recorded
     */
    public abstract Optional<@NotBlankWhenPresent String> getNaturalSupportId();

    /**
     * Gets the member's name.
     *
     * @return the member's name, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@Valid HumanName> getName();

    /**
     * Gets the member's organization, such as a provider or school.
     *
     * @return the member's organization, such as a provider or school, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getOrganization();

    /**
     * Gets how to reach the member.
     *
     * @return how to reach the member, not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid ContactPoint> getContactPoints();

    /**
     * Returns a copy of this team member with another id.
     *
     * @param value the new id, not null
     * @return the copy, not null
     */
    public abstract TeamMember withId(String value);

    /**
     * Returns a copy of this team member with another role.
     *
     * @param value the new role, not null
     * @return the copy, not null
     */
    public abstract TeamMember withRole(TeamRole value);

    /**
     * Returns a copy of this team member with another person id.
     *
     * @param value the new person id, not null
     * @return the copy, not null
     */
    public abstract TeamMember withPersonId(String value);

    /**
     * Returns a copy of this team member with another natural support id.
     *
     * @param value the new natural support id, not null
     * @return the copy, not null
     */
    public abstract TeamMember withNaturalSupportId(String value);

    /**
     * Returns a copy of this team member with another name.
     *
     * @param value the new name, not null
     * @return the copy, not null
     */
    public abstract TeamMember withName(HumanName value);

    /**
     * Returns a copy of this team member with another organization.
     *
     * @param value the new organization, not null
     * @return the copy, not null
     */
    public abstract TeamMember withOrganization(String value);

    /**
     * Returns a copy of this team member with another contact points.
     *
     * @param value the new contact points, not null
     * @return the copy, not null
     */
    public abstract TeamMember withContactPoints(Iterable<? extends ContactPoint> value);

    /**
     * Returns a copy of this team member with another person id, or none.
     *
     * @param value the new person id, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract TeamMember withPersonId(Optional<String> value);

    /**
     * Returns a copy of this team member with another natural support id, or none.
     *
     * @param value the new natural support id, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract TeamMember withNaturalSupportId(Optional<String> value);

    /**
     * Returns a copy of this team member with another name, or none.
     *
     * @param value the new name, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract TeamMember withName(Optional<? extends HumanName> value);

    /**
     * Returns a copy of this team member with another organization, or none.
     *
     * @param value the new organization, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract TeamMember withOrganization(Optional<String> value);

    /**
     * Obtains a builder of team members.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TeamMember}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableTeamMember.Builder {
        /** Creates an empty builder; {@link TeamMember#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        Invariants.notBlank(getId(), "TeamMember.id");
    }
}
