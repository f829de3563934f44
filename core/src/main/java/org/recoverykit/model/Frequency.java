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
     * Returns a copy of this frequency with another times.
     *
     * @param value the new times
     * @return the copy, not null
     */
    public abstract Frequency withTimes(int value);

    /**
     * Returns a copy of this frequency with another every.
     *
     * @param value the new every
     * @return the copy, not null
     */
    public abstract Frequency withEvery(int value);

    /**
     * Returns a copy of this frequency with another unit.
     *
     * @param value the new unit, not null
     * @return the copy, not null
     */
    public abstract Frequency withUnit(FrequencyUnit value);

    /**
     * Obtains a builder of frequencys.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Frequency}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableFrequency.Builder {
        /** Creates an empty builder; {@link Frequency#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        Invariants.positive(getTimes(), "Frequency.times");
        Invariants.positive(getEvery(), "Frequency.every");
    }
}
