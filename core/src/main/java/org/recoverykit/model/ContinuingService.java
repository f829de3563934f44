package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A service that continues after discharge, and who provides it (Community Support key service function 8).
 */
@Value.Immutable
@JsonDeserialize(builder = ContinuingService.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"description", "provider", "serviceFunction", "providerContact", "startsOn"})
public abstract class ContinuingService {
    ContinuingService() {}

    /**
     * Gets the service.
     *
     * @return the service, not null
     */
    @Value.Redacted
    public abstract String getDescription();

    /**
     * Gets who provides it.
     *
     * @return who provides it, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getProvider();

    /**
     * Gets the service function it delivers.
     *
     * @return the service function it delivers, empty if not recorded
     */
    public abstract Optional<ServiceFunction> getServiceFunction();

    /**
     * Gets how to reach the provider.
     *
     * @return how to reach the provider, not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid ContactPoint> getProviderContact();

    /**
     * Gets when it starts.
     *
     * @return when it starts, empty if not recorded
     */
    public abstract Optional<LocalDate> getStartsOn();

    /**
     * Returns a copy of this continuing service with another description.
     *
     * @param value the new description, not null
     * @return the copy, not null
     */
    public abstract ContinuingService withDescription(String value);

    /**
     * Returns a copy of this continuing service with another provider.
     *
     * @param value the new provider, not null
     * @return the copy, not null
     */
    public abstract ContinuingService withProvider(String value);

    /**
     * Returns a copy of this continuing service with another service function.
     *
     * @param value the new service function, not null
     * @return the copy, not null
     */
    public abstract ContinuingService withServiceFunction(ServiceFunction value);

    /**
     * Returns a copy of this continuing service with another provider contact.
     *
     * @param value the new provider contact, not null
     * @return the copy, not null
     */
    public abstract ContinuingService withProviderContact(Iterable<? extends ContactPoint> value);

    /**
     * Returns a copy of this continuing service with another starts on.
     *
     * @param value the new starts on, not null
     * @return the copy, not null
     */
    public abstract ContinuingService withStartsOn(LocalDate value);

    /**
     * Returns a copy of this continuing service with another provider, or none.
     *
     * @param value the new provider, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract ContinuingService withProvider(Optional<String> value);

    /**
     * Returns a copy of this continuing service with another service function, or none.
     *
     * @param value the new service function, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract ContinuingService withServiceFunction(Optional<? extends ServiceFunction> value);

    /**
     * Returns a copy of this continuing service with another starts on, or none.
     *
     * @param value the new starts on, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract ContinuingService withStartsOn(Optional<? extends LocalDate> value);

    /**
     * Obtains a builder of continuing services.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ContinuingService}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableContinuingService.Builder {
        /** Creates an empty builder; {@link ContinuingService#builder()} is the usual way to get one. */
        public Builder() {}
    }
}
