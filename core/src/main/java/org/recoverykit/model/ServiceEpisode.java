package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A time-limited episode of a service model, such as STR with its enablement and extended phases (STR service specification).
 */
@Value.Immutable
@JsonDeserialize(builder = ServiceEpisode.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"id", "serviceModel", "status", "planId", "referralId", "period", "phases", "teamMemberIds"})
public abstract class ServiceEpisode {
    ServiceEpisode() {}

    /**
     * Gets the id of the episode, unique within the record.
     *
     * @return the id of the episode, unique within the record, not null
     */
    public abstract String getId();

    /**
     * Gets the service model of the episode.
     *
     * @return the service model of the episode, not null
     */
    public abstract ServiceModel getServiceModel();

    /**
     * Gets the status of the episode.
     *
     * @return the status of the episode, not null
     */
    public abstract EpisodeStatus getStatus();

    /**
     * Gets the id of the plan the episode delivers.
     *
     * @return the id of the plan the episode delivers, empty if not recorded
     */
    public abstract Optional<String> getPlanId();

    /**
     * Gets the id of the referral that started it.
     *
     * @return the id of the referral that started it, empty if not recorded
     */
    public abstract Optional<String> getReferralId();

    /**
     * Gets the period of the whole episode.
     *
     * @return the period of the whole episode, empty if not recorded
     */
    public abstract Optional<DateRange> getPeriod();

    /**
     * Gets the phases of the episode, in order.
     *
     * @return the phases of the episode, in order, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<EpisodePhase> getPhases();

    /**
     * Gets the ids of the team members who work in the episode.
     *
     * @return the ids of the team members who work in the episode, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<String> getTeamMemberIds();

    /**
     * Obtains a builder of service episodes.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ServiceEpisode}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableServiceEpisode.Builder {}

    @Value.Check
    void check() {
        Invariants.notBlank(getId(), "ServiceEpisode.id");
    }
}
