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
 * A service or support in the plan, paid or unpaid, with its provider, type, scope, amount, duration and frequency (person-centred planning, Documents 4 and 6; 42 CFR 441.301(c)).
 */
@Value.Immutable
@JsonDeserialize(builder = Support.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
    "id",
    "goalIds",
    "kind",
    "paid",
    "provider",
    "providerMemberId",
    "naturalSupportId",
    "type",
    "scope",
    "amount",
    "frequency",
    "duration",
    "funding",
    "communitySupport",
    "billingCode"
})
public abstract class Support {
    Support() {}

    /**
     * Gets the id of the support, unique within the record.
     *
     * @return the id of the support, unique within the record, not null
     */
    public abstract String getId();

    /**
     * Gets the ids of the goals the support serves.
     *
     * @return the ids of the goals the support serves, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getGoalIds();

    /**
     * Gets whether the support is paid or unpaid, and of which sort.
     *
     * @return whether the support is paid or unpaid, and of which sort, not null
     */
    public abstract SupportKind getKind();

    /**
     * Gets whether the support is paid for, if recorded.
     *
     * @return true or false as recorded, empty if not recorded
     */
    public abstract Optional<Boolean> getPaid();

    /**
     * Gets who provides it: an organization, or a supporter the person names.
     *
     * @return who provides it: an organization, or a supporter the person names, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getProvider();

    /**
     * Gets the id of the team member who provides it.
     *
     * @return the id of the team member who provides it, empty if not recorded
     */
    public abstract Optional<@NotBlankWhenPresent String> getProviderMemberId();

    /**
     * Gets the id of the natural support who provides it.
     *
     * @return the id of the natural support who provides it, empty if not recorded
     */
    public abstract Optional<@NotBlankWhenPresent String> getNaturalSupportId();

    /**
     * Gets the type of support, such as housing navigation or a weekly call.
     *
     * @return the type of support, such as housing navigation or a weekly call, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getType();

    /**
     * Gets what the support covers.
     *
     * @return what the support covers, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getScope();

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
     * Gets who pays for it, such as Medi-Cal.
     *
     * @return who pays for it, such as Medi-Cal, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getFunding();

    /**
     * Gets the code of the Medi-Cal Community Supports service, for such a support.
     *
     * @return the code of the Medi-Cal Community Supports service, for such a support, empty if not recorded
     */
    public abstract Optional<@NotBlankWhenPresent String> getCommunitySupport();

    /**
     * Gets the billing code and modifiers the service is claimed under.
     *
     * @return the billing code and modifiers the service is claimed under, empty if not recorded
     */
    public abstract Optional<@Valid BillingCode> getBillingCode();

    /**
     * Returns a copy of this support with another id.
     *
     * @param value the new id, not null
     * @return the copy, not null
     */
    public abstract Support withId(String value);

    /**
     * Returns a copy of this support with another goal ids.
     *
     * @param value the new goal ids, not null
     * @return the copy, not null
     */
    public abstract Support withGoalIds(Iterable<String> value);

    /**
     * Returns a copy of this support with another kind.
     *
     * @param value the new kind, not null
     * @return the copy, not null
     */
    public abstract Support withKind(SupportKind value);

    /**
     * Returns a copy of this support with another paid.
     *
     * @param value the new paid, not null
     * @return the copy, not null
     */
    public abstract Support withPaid(boolean value);

    /**
     * Returns a copy of this support with another provider.
     *
     * @param value the new provider, not null
     * @return the copy, not null
     */
    public abstract Support withProvider(String value);

    /**
     * Returns a copy of this support with another provider member id.
     *
     * @param value the new provider member id, not null
     * @return the copy, not null
     */
    public abstract Support withProviderMemberId(String value);

    /**
     * Returns a copy of this support with another natural support id.
     *
     * @param value the new natural support id, not null
     * @return the copy, not null
     */
    public abstract Support withNaturalSupportId(String value);

    /**
     * Returns a copy of this support with another type.
     *
     * @param value the new type, not null
     * @return the copy, not null
     */
    public abstract Support withType(String value);

    /**
     * Returns a copy of this support with another scope.
     *
     * @param value the new scope, not null
     * @return the copy, not null
     */
    public abstract Support withScope(String value);

    /**
     * Returns a copy of this support with another amount.
     *
     * @param value the new amount, not null
     * @return the copy, not null
     */
    public abstract Support withAmount(Duration value);

    /**
     * Returns a copy of this support with another frequency.
     *
     * @param value the new frequency, not null
     * @return the copy, not null
     */
    public abstract Support withFrequency(Frequency value);

    /**
     * Returns a copy of this support with another duration.
     *
     * @param value the new duration, not null
     * @return the copy, not null
     */
    public abstract Support withDuration(java.time.Period value);

    /**
     * Returns a copy of this support with another funding.
     *
     * @param value the new funding, not null
     * @return the copy, not null
     */
    public abstract Support withFunding(String value);

    /**
     * Returns a copy of this support with another community support.
     *
     * @param value the new community support, not null
     * @return the copy, not null
     */
    public abstract Support withCommunitySupport(String value);

    /**
     * Returns a copy of this support with another billing code.
     *
     * @param value the new billing code, not null
     * @return the copy, not null
     */
    public abstract Support withBillingCode(BillingCode value);

    /**
     * Returns a copy of this support with another paid, or none.
     *
     * @param value the new paid, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Support withPaid(Optional<Boolean> value);

    /**
     * Returns a copy of this support with another provider, or none.
     *
     * @param value the new provider, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Support withProvider(Optional<String> value);

    /**
     * Returns a copy of this support with another provider member id, or none.
     *
     * @param value the new provider member id, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Support withProviderMemberId(Optional<String> value);

    /**
     * Returns a copy of this support with another natural support id, or none.
     *
     * @param value the new natural support id, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Support withNaturalSupportId(Optional<String> value);

    /**
     * Returns a copy of this support with another type, or none.
     *
     * @param value the new type, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Support withType(Optional<String> value);

    /**
     * Returns a copy of this support with another scope, or none.
     *
     * @param value the new scope, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Support withScope(Optional<String> value);

    /**
     * Returns a copy of this support with another amount, or none.
     *
     * @param value the new amount, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Support withAmount(Optional<? extends Duration> value);

    /**
     * Returns a copy of this support with another frequency, or none.
     *
     * @param value the new frequency, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Support withFrequency(Optional<? extends Frequency> value);

    /**
     * Returns a copy of this support with another duration, or none.
     *
     * @param value the new duration, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Support withDuration(Optional<? extends java.time.Period> value);

    /**
     * Returns a copy of this support with another funding, or none.
     *
     * @param value the new funding, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Support withFunding(Optional<String> value);

    /**
     * Returns a copy of this support with another community support, or none.
     *
     * @param value the new community support, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Support withCommunitySupport(Optional<String> value);

    /**
     * Returns a copy of this support with another billing code, or none.
     *
     * @param value the new billing code, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Support withBillingCode(Optional<? extends BillingCode> value);

    /**
     * Obtains a builder of supports.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Support}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableSupport.Builder {
        /** Creates an empty builder; {@link Support#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        Invariants.notBlank(getId(), "Support.id");
    }
}
