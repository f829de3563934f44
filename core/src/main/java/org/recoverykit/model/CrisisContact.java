package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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
    public abstract Optional<String> getNaturalSupportId();

    /**
     * Gets the id of the team member.
     *
     * @return the id of the team member, empty if not recorded
     */
    public abstract Optional<String> getTeamMemberId();

    /**
     * Gets the name of the person, service or line, where no id applies.
     *
     * @return the name of the person, service or line, where no id applies, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<String> getName();

    /**
     * Gets how to reach them.
     *
     * @return how to reach them, not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<ContactPoint> getContactPoints();

    /**
     * Gets when and how to contact them.
     *
     * @return when and how to contact them, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<String> getNote();

    /**
     * Obtains a builder of crisis contacts.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CrisisContact}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableCrisisContact.Builder {}
}
