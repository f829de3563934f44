package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Someone to turn to, or not to involve, in a crisis: a natural support, a team member, a service or a crisis line.
 */
@Value.Immutable
@JsonDeserialize(builder = CrisisContact.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"naturalSupportId", "teamMemberId", "name", "contactPoints", "note"})
public abstract class CrisisContact {
    CrisisContact() {}

    /**
     * Gets the id of the natural support.
     *
     * @return the id of the natural support, empty if not recorded
     */
    public abstract Optional<@NotBlankWhenPresent String> getNaturalSupportId();

    /**
     * Gets the id of the team member.
     *
     * @return the id of the team member, empty if not recorded
     */
    public abstract Optional<@NotBlankWhenPresent String> getTeamMemberId();

    /**
     * Gets the name of the person, service or line, where no id applies.
     *
     * @return the name of the person, service or line, where no id applies, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getName();

    /**
     * Gets how to reach them.
     *
     * @return how to reach them, not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid ContactPoint> getContactPoints();

    /**
     * Gets when and how to contact them.
     *
     * @return when and how to contact them, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getNote();

    /**
     * Returns a copy of this crisis contact with another natural support id.
     *
     * @param value the new natural support id, not null
     * @return the copy, not null
     */
    public abstract CrisisContact withNaturalSupportId(String value);

    /**
     * Returns a copy of this crisis contact with another team member id.
     *
     * @param value the new team member id, not null
     * @return the copy, not null
     */
    public abstract CrisisContact withTeamMemberId(String value);

    /**
     * Returns a copy of this crisis contact with another name.
     *
     * @param value the new name, not null
     * @return the copy, not null
     */
    public abstract CrisisContact withName(String value);

    /**
     * Returns a copy of this crisis contact with another contact points.
     *
     * @param value the new contact points, not null
     * @return the copy, not null
     */
    public abstract CrisisContact withContactPoints(Iterable<? extends ContactPoint> value);

    /**
     * Returns a copy of this crisis contact with another note.
     *
     * @param value the new note, not null
     * @return the copy, not null
     */
    public abstract CrisisContact withNote(String value);

    /**
     * Returns a copy of this crisis contact with another natural support id, or none.
     *
     * @param value the new natural support id, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract CrisisContact withNaturalSupportId(Optional<String> value);

    /**
     * Returns a copy of this crisis contact with another team member id, or none.
     *
     * @param value the new team member id, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract CrisisContact withTeamMemberId(Optional<String> value);

    /**
     * Returns a copy of this crisis contact with another name, or none.
     *
     * @param value the new name, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract CrisisContact withName(Optional<String> value);

    /**
     * Returns a copy of this crisis contact with another note, or none.
     *
     * @param value the new note, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract CrisisContact withNote(Optional<String> value);

    /**
     * Obtains a builder of crisis contacts.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CrisisContact}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableCrisisContact.Builder {
        /** Creates an empty builder; {@link CrisisContact#builder()} is the usual way to get one. */
        public Builder() {}
    }
}
