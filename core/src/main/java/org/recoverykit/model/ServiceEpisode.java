package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
    public abstract Optional<@NotBlankWhenPresent String> getPlanId();

    /**
     * Gets the id of the referral that started it.
     *
     * @return the id of the referral that started it, empty if not recorded
     */
    public abstract Optional<@NotBlankWhenPresent String> getReferralId();

    /**
     * Gets the period of the whole episode.
     *
     * @return the period of the whole episode, empty if not recorded
     */
    public abstract Optional<@Valid DateRange> getPeriod();

    /**
     * Gets the phases of the episode, in order.
     *
     * @return the phases of the episode, in order, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid EpisodePhase> getPhases();

    /**
     * Gets the ids of the team members who work in the episode.
     *
     * @return the ids of the team members who work in the episode, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getTeamMemberIds();

    /**
     * Returns a copy of this service episode with another id.
     *
     * @param value the new id, not null
     * @return the copy, not null
     */
    public abstract ServiceEpisode withId(String value);

    /**
     * Returns a copy of this service episode with another service model.
     *
     * @param value the new service model, not null
     * @return the copy, not null
     */
    public abstract ServiceEpisode withServiceModel(ServiceModel value);

    /**
     * Returns a copy of this service episode with another status.
     *
     * @param value the new status, not null
     * @return the copy, not null
     */
    public abstract ServiceEpisode withStatus(EpisodeStatus value);

    /**
     * Returns a copy of this service episode with another plan id.
     *
     * @param value the new plan id, not null
     * @return the copy, not null
     */
    public abstract ServiceEpisode withPlanId(String value);

    /**
     * Returns a copy of this service episode with another referral id.
     *
     * @param value the new referral id, not null
     * @return the copy, not null
     */
    public abstract ServiceEpisode withReferralId(String value);

    /**
     * Returns a copy of this service episode with another period.
     *
     * @param value the new period, not null
     * @return the copy, not null
     */
    public abstract ServiceEpisode withPeriod(DateRange value);

    /**
     * Returns a copy of this service episode with another phases.
     *
     * @param value the new phases, not null
     * @return the copy, not null
     */
    public abstract ServiceEpisode withPhases(Iterable<? extends EpisodePhase> value);

    /**
     * Returns a copy of this service episode with another team member ids.
     *
     * @param value the new team member ids, not null
     * @return the copy, not null
     */
    public abstract ServiceEpisode withTeamMemberIds(Iterable<String> value);

    /**
     * Returns a copy of this service episode with another plan id, or none.
     *
     * @param value the new plan id, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract ServiceEpisode withPlanId(Optional<String> value);

    /**
     * Returns a copy of this service episode with another referral id, or none.
     *
     * @param value the new referral id, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract ServiceEpisode withReferralId(Optional<String> value);

    /**
     * Returns a copy of this service episode with another period, or none.
     *
     * @param value the new period, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract ServiceEpisode withPeriod(Optional<? extends DateRange> value);

    /**
     * Obtains a builder of service episodes.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ServiceEpisode}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableServiceEpisode.Builder {
        /** Creates an empty builder; {@link ServiceEpisode#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        Invariants.notBlank(getId(), "ServiceEpisode.id");
    }
}
