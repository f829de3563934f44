package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A Medi-Cal Community Support, or Enhanced Care Management, with the billing codes that claim it.
 *
 * <p>Services are listed by a {@link CommunitySupportCatalogue}, whose standard table holds the 14
 * pre-approved Community Supports, transitional rent, housing outreach initiation and Enhanced Care
 * Management.
 */
@Value.Immutable
@JsonDeserialize(builder = CommunitySupportService.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"code", "display", "billingCodes"})
public abstract class CommunitySupportService {
    CommunitySupportService() {}

    /**
     * Gets the stable code of the service.
     *
     * @return the lower-kebab code, such as {@code housing-transition-navigation}, not null
     */
    public abstract String getCode();

    /**
     * Gets the display name of the service.
     *
     * @return the English name, such as {@code Housing Transition Navigation Services}, not blank, not null
     */
    public abstract String getDisplay();

    /**
     * Gets the billing codes that claim this service.
     *
     * @return the billing codes in table order, at least one, none repeated; unmodifiable, not null
     */
    public abstract List<@Valid BillingCode> getBillingCodes();

    /**
     * Checks whether the given billing code claims this service.
     *
     * @param billingCode the billing code, not null
     * @return true if it is one of {@link #getBillingCodes()}
     */
    public boolean hasBillingCode(BillingCode billingCode) {
        return getBillingCodes().contains(billingCode);
    }

    /**
     * Returns a copy of this community support service with another code.
     *
     * @param value the new code, not null
     * @return the copy, not null
     */
    public abstract CommunitySupportService withCode(String value);

    /**
     * Returns a copy of this community support service with another display.
     *
     * @param value the new display, not null
     * @return the copy, not null
     */
    public abstract CommunitySupportService withDisplay(String value);

    /**
     * Returns a copy of this community support service with another billing codes.
     *
     * @param value the new billing codes, not null
     * @return the copy, not null
     */
    public abstract CommunitySupportService withBillingCodes(Iterable<? extends BillingCode> value);

    /**
     * Obtains a builder of services.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CommunitySupportService}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableCommunitySupportService.Builder {
        /** Creates an empty builder; {@link CommunitySupportService#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        if (!Invariants.LOWER_KEBAB.matcher(getCode()).matches()) {
            throw new InvariantViolationException(
                    "CommunitySupportService.code must be lower-kebab: lower-case letters and digits in words"
                            + " joined by single hyphens");
        }
        Invariants.notBlank(getDisplay(), "CommunitySupportService.display");
        if (getBillingCodes().isEmpty()) {
            throw new InvariantViolationException("CommunitySupportService.billingCodes must not be empty");
        }
        if (new HashSet<>(getBillingCodes()).size() < getBillingCodes().size()) {
            throw new InvariantViolationException(
                    "CommunitySupportService.billingCodes must not repeat a billing code");
        }
    }
}
