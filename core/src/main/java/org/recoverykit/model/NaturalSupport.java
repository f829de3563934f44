package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A family member, friend or other unpaid supporter (Community Support key service functions 20 and 22; person-centred planning, Connections).
 */
@Value.Immutable
@JsonDeserialize(builder = NaturalSupport.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"id", "name", "relationship", "contactPoints", "roleInPlan", "lifeDomains"})
public abstract class NaturalSupport {
    NaturalSupport() {}

    /**
     * Gets the id of this natural support, unique within the record.
     *
     * @return the id of this natural support, unique within the record, not null
     */
    public abstract String getId();

    /**
     * Gets the supporter's name.
     *
     * @return the supporter's name, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@Valid HumanName> getName();

    /**
     * Gets how the supporter is related to the person.
     *
     * @return how the supporter is related to the person, empty if not recorded
     */
    public abstract Optional<RelationshipType> getRelationship();

    /**
     * Gets how to reach the supporter.
     *
     * @return how to reach the supporter, not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid ContactPoint> getContactPoints();

    /**
     * Gets what the supporter does in the plan, such as a weekly check-in call.
     *
     * @return what the supporter does in the plan, such as a weekly check-in call, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getRoleInPlan();

    /**
     * Gets the life domains the supporter helps with (key service function 20).
     *
     * @return the life domains the supporter helps with (key service function 20), not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<LifeDomain> getLifeDomains();

    /**
     * Returns a copy of this natural support with another id.
     *
     * @param value the new id, not null
     * @return the copy, not null
     */
    public abstract NaturalSupport withId(String value);

    /**
     * Returns a copy of this natural support with another name.
     *
     * @param value the new name, not null
     * @return the copy, not null
     */
    public abstract NaturalSupport withName(HumanName value);

    /**
     * Returns a copy of this natural support with another relationship.
     *
     * @param value the new relationship, not null
     * @return the copy, not null
     */
    public abstract NaturalSupport withRelationship(RelationshipType value);

    /**
     * Returns a copy of this natural support with another contact points.
     *
     * @param value the new contact points, not null
     * @return the copy, not null
     */
    public abstract NaturalSupport withContactPoints(Iterable<? extends ContactPoint> value);

    /**
     * Returns a copy of this natural support with another role in plan.
     *
     * @param value the new role in plan, not null
     * @return the copy, not null
     */
    public abstract NaturalSupport withRoleInPlan(String value);

    /**
     * Returns a copy of this natural support with another life domains.
     *
     * @param value the new life domains, not null
     * @return the copy, not null
     */
    public abstract NaturalSupport withLifeDomains(Iterable<? extends LifeDomain> value);

    /**
     * Returns a copy of this natural support with another name, or none.
     *
     * @param value the new name, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract NaturalSupport withName(Optional<? extends HumanName> value);

    /**
     * Returns a copy of this natural support with another relationship, or none.
     *
     * @param value the new relationship, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract NaturalSupport withRelationship(Optional<? extends RelationshipType> value);

    /**
     * Returns a copy of this natural support with another role in plan, or none.
     *
     * @param value the new role in plan, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract NaturalSupport withRoleInPlan(Optional<String> value);

    /**
     * Obtains a builder of natural supports.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NaturalSupport}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableNaturalSupport.Builder {
        /** Creates an empty builder; {@link NaturalSupport#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        Invariants.notBlank(getId(), "NaturalSupport.id");
    }
}
