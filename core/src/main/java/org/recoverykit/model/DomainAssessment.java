package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The person's view of one life domain: what they need, what they bring, what stands in the way (Community Support key service function 3).
 */
@Value.Immutable
@JsonDeserialize(builder = DomainAssessment.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"id", "lifeDomain", "assessedOn", "personsView", "needs", "strengths", "barriers", "priority"})
public abstract class DomainAssessment {
    DomainAssessment() {}

    /**
     * Gets the id of this assessment, unique within the record.
     *
     * @return the id of this assessment, unique within the record, not null
     */
    public abstract String getId();

    /**
     * Gets the life domain assessed.
     *
     * @return the life domain assessed, not null
     */
    public abstract LifeDomain getLifeDomain();

    /**
     * Gets the date of the assessment.
     *
     * @return the date of the assessment, empty if not recorded
     */
    public abstract Optional<LocalDate> getAssessedOn();

    /**
     * Gets the person's view of the domain, in their words.
     *
     * @return the person's view of the domain, in their words, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getPersonsView();

    /**
     * Gets the needs identified.
     *
     * @return the needs identified, not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getNeeds();

    /**
     * Gets the strengths, skills and resources the person brings to it.
     *
     * @return the strengths, skills and resources the person brings to it, not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getStrengths();

    /**
     * Gets the barriers to recovery in this domain.
     *
     * @return the barriers to recovery in this domain, not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getBarriers();

    /**
     * Gets the priority the person gives the domain, 1 being the highest.
     *
     * @return the priority the person gives the domain, 1 being the highest, empty if not recorded
     */
    public abstract Optional<@Positive Integer> getPriority();

    /**
     * Returns a copy of this domain assessment with another id.
     *
     * @param value the new id, not null
     * @return the copy, not null
     */
    public abstract DomainAssessment withId(String value);

    /**
     * Returns a copy of this domain assessment with another life domain.
     *
     * @param value the new life domain, not null
     * @return the copy, not null
     */
    public abstract DomainAssessment withLifeDomain(LifeDomain value);

    /**
     * Returns a copy of this domain assessment with another assessed on.
     *
     * @param value the new assessed on, not null
     * @return the copy, not null
     */
    public abstract DomainAssessment withAssessedOn(LocalDate value);

    /**
     * Returns a copy of this domain assessment with another persons view.
     *
     * @param value the new persons view, not null
     * @return the copy, not null
     */
    public abstract DomainAssessment withPersonsView(String value);

    /**
     * Returns a copy of this domain assessment with another needs.
     *
     * @param value the new needs, not null
     * @return the copy, not null
     */
    public abstract DomainAssessment withNeeds(Iterable<String> value);

    /**
     * Returns a copy of this domain assessment with another strengths.
     *
     * @param value the new strengths, not null
     * @return the copy, not null
     */
    public abstract DomainAssessment withStrengths(Iterable<String> value);

    /**
     * Returns a copy of this domain assessment with another barriers.
     *
     * @param value the new barriers, not null
     * @return the copy, not null
     */
    public abstract DomainAssessment withBarriers(Iterable<String> value);

    /**
     * Returns a copy of this domain assessment with another priority.
     *
     * @param value the new priority, not null
     * @return the copy, not null
     */
    public abstract DomainAssessment withPriority(int value);

    /**
     * Returns a copy of this domain assessment with another assessed on, or none.
     *
     * @param value the new assessed on, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract DomainAssessment withAssessedOn(Optional<? extends LocalDate> value);

    /**
     * Returns a copy of this domain assessment with another persons view, or none.
     *
     * @param value the new persons view, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract DomainAssessment withPersonsView(Optional<String> value);

    /**
     * Returns a copy of this domain assessment with another priority, or none.
     *
     * @param value the new priority, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract DomainAssessment withPriority(Optional<Integer> value);

    /**
     * Obtains a builder of domain assessments.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DomainAssessment}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableDomainAssessment.Builder {
        /** Creates an empty builder; {@link DomainAssessment#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        Invariants.notBlank(getId(), "DomainAssessment.id");
    }
}
