package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A specific, measurable, individualized action that the team takes towards the person's goals: what, by whom, how much, how often, for how long and where (Community Support key service functions 2 and 4).
 */
@Value.Immutable
@JsonDeserialize(builder = Intervention.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
    "id",
    "goalIds",
    "serviceFunction",
    "description",
    "responsibleMemberId",
    "providerType",
    "paid",
    "amount",
    "frequency",
    "duration",
    "setting"
})
public abstract class Intervention {
    Intervention() {}

    /**
     * Gets the id of the intervention, unique within the record.
     *
     * @return the id of the intervention, unique within the record, not null
     */
    public abstract String getId();

    /**
     * Gets the ids of the goals the intervention serves.
     *
     * @return the ids of the goals the intervention serves, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getGoalIds();

    /**
     * Gets the service function the intervention delivers.
     *
     * @return the service function the intervention delivers, empty if not recorded
     */
    public abstract Optional<ServiceFunction> getServiceFunction();

    /**
     * Gets what is done.
     *
     * @return what is done, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getDescription();

    /**
     * Gets the id of the team member responsible.
     *
     * @return the id of the team member responsible, empty if not recorded
     */
    public abstract Optional<@NotBlankWhenPresent String> getResponsibleMemberId();

    /**
     * Gets the kind of provider who delivers it, where no member is named.
     *
     * @return the kind of provider who delivers it, where no member is named, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getProviderType();

    /**
     * Gets whether the intervention is a paid service, if recorded.
     *
     * @return true or false as recorded, empty if not recorded
     */
    public abstract Optional<Boolean> getPaid();

    /**
     * Gets how long each session lasts.
     *
     * @return how long each session lasts, empty if not recorded
     */
    public abstract Optional<Duration> getAmount();

    /**
     * Gets how often it happens.
     *
     * @return how often it happens, empty if not recorded
     */
    public abstract Optional<@Valid Frequency> getFrequency();

    /**
     * Gets for how long it goes on.
     *
     * @return for how long it goes on, empty if not recorded
     */
    public abstract Optional<java.time.Period> getDuration();

    /**
     * Gets where it takes place.
     *
     * @return where it takes place, empty if not recorded
     */
    public abstract Optional<Setting> getSetting();

    /**
     * Returns a copy of this intervention with another id.
     *
     * @param value the new id, not null
     * @return the copy, not null
     */
    public abstract Intervention withId(String value);

    /**
     * Returns a copy of this intervention with another goal ids.
     *
     * @param value the new goal ids, not null
     * @return the copy, not null
     */
    public abstract Intervention withGoalIds(Iterable<String> value);

    /**
     * Returns a copy of this intervention with another service function.
     *
     * @param value the new service function, not null
     * @return the copy, not null
     */
    public abstract Intervention withServiceFunction(ServiceFunction value);

    /**
     * Returns a copy of this intervention with another description.
     *
     * @param value the new description, not null
     * @return the copy, not null
     */
    public abstract Intervention withDescription(String value);

    /**
     * Returns a copy of this intervention with another responsible member id.
     *
     * @param value the new responsible member id, not null
     * @return the copy, not null
     */
    public abstract Intervention withResponsibleMemberId(String value);

    /**
     * Returns a copy of this intervention with another provider type.
     *
     * @param value the new provider type, not null
     * @return the copy, not null
     */
    public abstract Intervention withProviderType(String value);

    /**
     * Returns a copy of this intervention with another paid.
     *
     * @param value the new paid, not null
     * @return the copy, not null
     */
    public abstract Intervention withPaid(boolean value);

    /**
     * Returns a copy of this intervention with another amount.
     *
     * @param value the new amount, not null
     * @return the copy, not null
     */
    public abstract Intervention withAmount(Duration value);

    /**
     * Returns a copy of this intervention with another frequency.
     *
     * @param value the new frequency, not null
     * @return the copy, not null
     */
    public abstract Intervention withFrequency(Frequency value);

    /**
     * Returns a copy of this intervention with another duration.
     *
     * @param value the new duration, not null
     * @return the copy, not null
     */
    public abstract Intervention withDuration(java.time.Period value);

    /**
     * Returns a copy of this intervention with another setting.
     *
     * @param value the new setting, not null
     * @return the copy, not null
     */
    public abstract Intervention withSetting(Setting value);

    /**
     * Returns a copy of this intervention with another service function, or none.
     *
     * @param value the new service function, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Intervention withServiceFunction(Optional<? extends ServiceFunction> value);

    /**
     * Returns a copy of this intervention with another description, or none.
     *
     * @param value the new description, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Intervention withDescription(Optional<String> value);

    /**
     * Returns a copy of this intervention with another responsible member id, or none.
     *
     * @param value the new responsible member id, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Intervention withResponsibleMemberId(Optional<String> value);

    /**
     * Returns a copy of this intervention with another provider type, or none.
     *
     * @param value the new provider type, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Intervention withProviderType(Optional<String> value);

    /**
     * Returns a copy of this intervention with another paid, or none.
     *
     * @param value the new paid, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Intervention withPaid(Optional<Boolean> value);

    /**
     * Returns a copy of this intervention with another amount, or none.
     *
     * @param value the new amount, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Intervention withAmount(Optional<? extends Duration> value);

    /**
     * Returns a copy of this intervention with another frequency, or none.
     *
     * @param value the new frequency, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Intervention withFrequency(Optional<? extends Frequency> value);

    /**
     * Returns a copy of this intervention with another duration, or none.
     *
     * @param value the new duration, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Intervention withDuration(Optional<? extends java.time.Period> value);

    /**
     * Returns a copy of this intervention with another setting, or none.
     *
     * @param value the new setting, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Intervention withSetting(Optional<? extends Setting> value);

    /**
     * Obtains a builder of interventions.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Intervention}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableIntervention.Builder {
        /** Creates an empty builder; {@link Intervention#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        Invariants.notBlank(getId(), "Intervention.id");
    }
}
