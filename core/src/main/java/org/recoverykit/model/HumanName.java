package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A person's name as written: given names and a family name.
 */
@Value.Immutable
@JsonDeserialize(builder = HumanName.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"given", "family"})
public abstract class HumanName {
    HumanName() {}

    /**
     * Gets the given names, in order.
     *
     * @return the given names, in order, not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getGiven();

    /**
     * Gets the family name.
     *
     * @return the family name, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getFamily();

    /**
     * Returns a copy of this human name with another given.
     *
     * @param value the new given, not null
     * @return the copy, not null
     */
    public abstract HumanName withGiven(Iterable<String> value);

    /**
     * Returns a copy of this human name with another family.
     *
     * @param value the new family, not null
     * @return the copy, not null
     */
    public abstract HumanName withFamily(String value);

    /**
     * Returns a copy of this human name with another family, or none.
     *
     * @param value the new family, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract HumanName withFamily(Optional<String> value);

    /**
     * Obtains a builder of human names.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link HumanName}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableHumanName.Builder {
        /** Creates an empty builder; {@link HumanName#builder()} is the usual way to get one. */
        public Builder() {}
    }
}
