package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A phase of a service episode, such as STR enablement, and whether it is chargeable.
 */
@Value.Immutable
@JsonDeserialize(builder = EpisodePhase.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"phase", "period", "chargeable"})
public abstract class EpisodePhase {
    EpisodePhase() {}

    /**
     * Gets which phase.
     *
     * @return which phase, not null
     */
    public abstract EpisodePhaseType getPhase();

    /**
     * Gets when the phase ran.
     *
     * @return when the phase ran, not null
     */
    @Valid
    public abstract DateRange getPeriod();

    /**
     * Checks whether the service is chargeable in this phase.
     *
     * @return true if the service is chargeable in this phase
     */
    @Value.Default
    public boolean isChargeable() {
        return false;
    }

    /**
     * Returns a copy of this episode phase with another phase.
     *
     * @param value the new phase, not null
     * @return the copy, not null
     */
    public abstract EpisodePhase withPhase(EpisodePhaseType value);

    /**
     * Returns a copy of this episode phase with another period.
     *
     * @param value the new period, not null
     * @return the copy, not null
     */
    public abstract EpisodePhase withPeriod(DateRange value);

    /**
     * Returns a copy of this episode phase with another chargeable.
     *
     * @param value the new chargeable
     * @return the copy, not null
     */
    public abstract EpisodePhase withChargeable(boolean value);

    /**
     * Obtains a builder of episode phases.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link EpisodePhase}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableEpisodePhase.Builder {
        /** Creates an empty builder; {@link EpisodePhase#builder()} is the usual way to get one. */
        public Builder() {}
    }
}
