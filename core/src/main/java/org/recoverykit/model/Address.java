package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A postal address.
 */
@Value.Immutable
@JsonDeserialize(builder = Address.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"lines", "city", "district", "postalCode", "country"})
public abstract class Address {
    Address() {}

    /**
     * Gets the street lines, in order.
     *
     * @return the street lines, in order, not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getLines();

    /**
     * Gets the city or town.
     *
     * @return the city or town, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getCity();

    /**
     * Gets the district, county or state.
     *
     * @return the district, county or state, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getDistrict();

    /**
     * Gets the postal code.
     *
     * @return the postal code, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getPostalCode();

    /**
     * Gets the country, as an ISO 3166 code where known.
     *
     * @return the country, as an ISO 3166 code where known, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getCountry();

    /**
     * Returns a copy of this address with another lines.
     *
     * @param value the new lines, not null
     * @return the copy, not null
     */
    public abstract Address withLines(Iterable<String> value);

    /**
     * Returns a copy of this address with another city.
     *
     * @param value the new city, not null
     * @return the copy, not null
     */
    public abstract Address withCity(String value);

    /**
     * Returns a copy of this address with another district.
     *
     * @param value the new district, not null
     * @return the copy, not null
     */
    public abstract Address withDistrict(String value);

    /**
     * Returns a copy of this address with another postal code.
     *
     * @param value the new postal code, not null
     * @return the copy, not null
     */
    public abstract Address withPostalCode(String value);

    /**
     * Returns a copy of this address with another country.
     *
     * @param value the new country, not null
     * @return the copy, not null
     */
    public abstract Address withCountry(String value);

    /**
     * Returns a copy of this address with another city, or none.
     *
     * @param value the new city, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Address withCity(Optional<String> value);

    /**
     * Returns a copy of this address with another district, or none.
     *
     * @param value the new district, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Address withDistrict(Optional<String> value);

    /**
     * Returns a copy of this address with another postal code, or none.
     *
     * @param value the new postal code, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Address withPostalCode(Optional<String> value);

    /**
     * Returns a copy of this address with another country, or none.
     *
     * @param value the new country, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Address withCountry(Optional<String> value);

    /**
     * Obtains a builder of addresss.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Address}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableAddress.Builder {
        /** Creates an empty builder; {@link Address#builder()} is the usual way to get one. */
        public Builder() {}
    }
}
