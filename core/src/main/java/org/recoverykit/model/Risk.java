package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A risk evaluated with the person, how it is mitigated and what happens if things do not go to plan (MH22 P7; Community Support key service function 15).
 */
@Value.Immutable
@JsonDeserialize(builder = Risk.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"id", "category", "description", "mitigation", "backupPlan", "discussedWithPerson", "evaluatedOn"})
public abstract class Risk {
    Risk() {}

    /**
     * Gets the id of the risk, unique within the record.
     *
     * @return the id of the risk, unique within the record, not null
     */
    public abstract String getId();

    /**
     * Gets what the risk is about.
     *
     * @return what the risk is about, not null
     */
    public abstract RiskCategory getCategory();

    /**
     * Gets the risk, as discussed.
     *
     * @return the risk, as discussed, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getDescription();

    /**
     * Gets what is done to reduce it.
     *
     * @return what is done to reduce it, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getMitigation();

    /**
     * Gets what happens if things do not go to plan.
     *
     * @return what happens if things do not go to plan, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getBackupPlan();

    /**
     * Checks whether the risk was evaluated with the person.
     *
     * @return true if the risk was evaluated with the person
     */
    @Value.Default
    public boolean isDiscussedWithPerson() {
        return false;
    }

    /**
     * Gets when the risk was last evaluated.
     *
     * @return when the risk was last evaluated, empty if not recorded
     */
    public abstract Optional<LocalDate> getEvaluatedOn();

    /**
     * Returns a copy of this risk with another id.
     *
     * @param value the new id, not null
     * @return the copy, not null
     */
    public abstract Risk withId(String value);

    /**
     * Returns a copy of this risk with another category.
     *
     * @param value the new category, not null
     * @return the copy, not null
     */
    public abstract Risk withCategory(RiskCategory value);

    /**
     * Returns a copy of this risk with another description.
     *
     * @param value the new description, not null
     * @return the copy, not null
     */
    public abstract Risk withDescription(String value);

    /**
     * Returns a copy of this risk with another mitigation.
     *
     * @param value the new mitigation, not null
     * @return the copy, not null
     */
    public abstract Risk withMitigation(String value);

    /**
     * Returns a copy of this risk with another backup plan.
     *
     * @param value the new backup plan, not null
     * @return the copy, not null
     */
    public abstract Risk withBackupPlan(String value);

    /**
     * Returns a copy of this risk with another discussed with person.
     *
     * @param value the new discussed with person
     * @return the copy, not null
     */
    public abstract Risk withDiscussedWithPerson(boolean value);

    /**
     * Returns a copy of this risk with another evaluated on.
     *
     * @param value the new evaluated on, not null
     * @return the copy, not null
     */
    public abstract Risk withEvaluatedOn(LocalDate value);

    /**
     * Returns a copy of this risk with another description, or none.
     *
     * @param value the new description, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Risk withDescription(Optional<String> value);

    /**
     * Returns a copy of this risk with another mitigation, or none.
     *
     * @param value the new mitigation, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Risk withMitigation(Optional<String> value);

    /**
     * Returns a copy of this risk with another backup plan, or none.
     *
     * @param value the new backup plan, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Risk withBackupPlan(Optional<String> value);

    /**
     * Returns a copy of this risk with another evaluated on, or none.
     *
     * @param value the new evaluated on, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Risk withEvaluatedOn(Optional<? extends LocalDate> value);

    /**
     * Obtains a builder of risks.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Risk}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableRisk.Builder {
        /** Creates an empty builder; {@link Risk#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        Invariants.notBlank(getId(), "Risk.id");
    }
}
