package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * How often something happens: so many times every so many units, such as twice a week.
 */
@Value.Immutable
@JsonDeserialize(builder = Frequency.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"times", "every", "unit"})
public abstract class Frequency {
    Frequency() {}

    /**
     * Gets how many times in each period, at least 1.
     *
     * @return how many times in each period, at least 1
     */
    public abstract int getTimes();

    /**
     * Gets how many units make one period, at least 1.
     *
     * @return how many units make one period, at least 1
     */
    @Value.Default
    public int getEvery() {
        return 1;
    }

    /**
     * Gets the unit of the period.
     *
     * @return the unit of the period, not null
     */
    public abstract FrequencyUnit getUnit();

    /**
     * Obtains a builder of frequencys.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Frequency}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableFrequency.Builder {}

    @Value.Check
    void check() {
        Invariants.positive(getTimes(), "Frequency.times");
        Invariants.positive(getEvery(), "Frequency.every");
    }
}
