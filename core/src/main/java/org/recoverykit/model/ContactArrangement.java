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
 * Agreed arrangements for staying in touch: preferred modes and times, how often, whom to contact when the worker is unavailable, and when to review them (MH22 P2.5, P3 and P4).
 */
@Value.Immutable
@JsonDeserialize(builder = ContactArrangement.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
    "id",
    "planId",
    "preferredModes",
    "preferredTimes",
    "frequency",
    "workerContact",
    "whenUnavailable",
    "agreedOn",
    "reviewDue"
})
public abstract class ContactArrangement {
    ContactArrangement() {}

    /**
     * Gets the id of the arrangement, unique within the record.
     *
     * @return the id of the arrangement, unique within the record, not null
     */
    public abstract String getId();

    /**
     * Gets the id of the plan the arrangement belongs to.
     *
     * @return the id of the plan the arrangement belongs to, empty if not recorded
     */
    public abstract Optional<@NotBlankWhenPresent String> getPlanId();

    /**
     * Gets the person's preferred ways of being contacted, most preferred first.
     *
     * @return the person's preferred ways of being contacted, most preferred first, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<ContactMode> getPreferredModes();

    /**
     * Gets when the person prefers to be contacted.
     *
     * @return when the person prefers to be contacted, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getPreferredTimes();

    /**
     * Gets how often contact is agreed.
     *
     * @return how often contact is agreed, empty if not recorded
     */
    public abstract Optional<@Valid Frequency> getFrequency();

    /**
     * Gets how the person can contact their worker.
     *
     * @return how the person can contact their worker, not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid ContactPoint> getWorkerContact();

    /**
     * Gets whom to contact when the worker is unavailable.
     *
     * @return whom to contact when the worker is unavailable, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getWhenUnavailable();

    /**
     * Gets when the arrangement was agreed.
     *
     * @return when the arrangement was agreed, empty if not recorded
     */
    public abstract Optional<LocalDate> getAgreedOn();

    /**
     * Gets when the arrangement is next to be reviewed.
     *
     * @return when the arrangement is next to be reviewed, empty if not recorded
     */
    public abstract Optional<LocalDate> getReviewDue();

    /**
     * Returns a copy of this contact arrangement with another id.
     *
     * @param value the new id, not null
     * @return the copy, not null
     */
    public abstract ContactArrangement withId(String value);

    /**
     * Returns a copy of this contact arrangement with another plan id.
     *
     * @param value the new plan id, not null
     * @return the copy, not null
     */
    public abstract ContactArrangement withPlanId(String value);

    /**
     * Returns a copy of this contact arrangement with another preferred modes.
     *
     * @param value the new preferred modes, not null
     * @return the copy, not null
     */
    public abstract ContactArrangement withPreferredModes(Iterable<? extends ContactMode> value);

    /**
     * Returns a copy of this contact arrangement with another preferred times.
     *
     * @param value the new preferred times, not null
     * @return the copy, not null
     */
    public abstract ContactArrangement withPreferredTimes(String value);

    /**
     * Returns a copy of this contact arrangement with another frequency.
     *
     * @param value the new frequency, not null
     * @return the copy, not null
     */
    public abstract ContactArrangement withFrequency(Frequency value);

    /**
     * Returns a copy of this contact arrangement with another worker contact.
     *
     * @param value the new worker contact, not null
     * @return the copy, not null
     */
    public abstract ContactArrangement withWorkerContact(Iterable<? extends ContactPoint> value);

    /**
     * Returns a copy of this contact arrangement with another when unavailable.
     *
     * @param value the new when unavailable, not null
     * @return the copy, not null
     */
    public abstract ContactArrangement withWhenUnavailable(String value);

    /**
     * Returns a copy of this contact arrangement with another agreed on.
     *
     * @param value the new agreed on, not null
     * @return the copy, not null
     */
    public abstract ContactArrangement withAgreedOn(LocalDate value);

    /**
     * Returns a copy of this contact arrangement with another review due.
     *
     * @param value the new review due, not null
     * @return the copy, not null
     */
    public abstract ContactArrangement withReviewDue(LocalDate value);

    /**
     * Returns a copy of this contact arrangement with another plan id, or none.
     *
     * @param value the new plan id, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract ContactArrangement withPlanId(Optional<String> value);

    /**
     * Returns a copy of this contact arrangement with another preferred times, or none.
     *
     * @param value the new preferred times, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract ContactArrangement withPreferredTimes(Optional<String> value);

    /**
     * Returns a copy of this contact arrangement with another frequency, or none.
     *
     * @param value the new frequency, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract ContactArrangement withFrequency(Optional<? extends Frequency> value);

    /**
     * Returns a copy of this contact arrangement with another when unavailable, or none.
     *
     * @param value the new when unavailable, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract ContactArrangement withWhenUnavailable(Optional<String> value);

    /**
     * Returns a copy of this contact arrangement with another agreed on, or none.
     *
     * @param value the new agreed on, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract ContactArrangement withAgreedOn(Optional<? extends LocalDate> value);

    /**
     * Returns a copy of this contact arrangement with another review due, or none.
     *
     * @param value the new review due, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract ContactArrangement withReviewDue(Optional<? extends LocalDate> value);

    /**
     * Obtains a builder of contact arrangements.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ContactArrangement}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableContactArrangement.Builder {
        /** Creates an empty builder; {@link ContactArrangement#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        Invariants.notBlank(getId(), "ContactArrangement.id");
    }
}
