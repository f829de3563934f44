package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An attempt to re-establish contact after a missed contact or a breakdown of contact (Community Support key service function 9; MH22 P5).
 */
@Value.Immutable
@JsonDeserialize(builder = ReEngagementAttempt.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"id", "afterContactId", "date", "mode", "target", "byMemberId", "outcome", "note"})
public abstract class ReEngagementAttempt {
    ReEngagementAttempt() {}

    /**
     * Gets the id of the attempt, unique within the record.
     *
     * @return the id of the attempt, unique within the record, not null
     */
    public abstract String getId();

    /**
     * Gets the id of the missed contact that prompted it.
     *
     * @return the id of the missed contact that prompted it, empty if not recorded
     */
    public abstract Optional<@NotBlankWhenPresent String> getAfterContactId();

    /**
     * Gets when the attempt was made.
     *
     * @return when the attempt was made, not null
     */
    public abstract LocalDate getDate();

    /**
     * Gets how the attempt was made.
     *
     * @return how the attempt was made, not null
     */
    public abstract ContactMode getMode();

    /**
     * Gets whom the attempt contacted.
     *
     * @return whom the attempt contacted, not null
     */
    @Value.Default
    public ReEngagementTarget getTarget() {
        return ReEngagementTarget.PERSON;
    }

    /**
     * Gets the id of the team member who made it.
     *
     * @return the id of the team member who made it, empty if not recorded
     */
    public abstract Optional<@NotBlankWhenPresent String> getByMemberId();

    /**
     * Gets what came of it.
     *
     * @return what came of it, not null
     */
    public abstract OutreachOutcome getOutcome();

    /**
     * Gets what was said or done.
     *
     * @return what was said or done, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getNote();

    /**
     * Returns a copy of this re engagement attempt with another id.
     *
     * @param value the new id, not null
     * @return the copy, not null
     */
    public abstract ReEngagementAttempt withId(String value);

    /**
     * Returns a copy of this re engagement attempt with another after contact id.
     *
     * @param value the new after contact id, not null
     * @return the copy, not null
     */
    public abstract ReEngagementAttempt withAfterContactId(String value);

    /**
     * Returns a copy of this re engagement attempt with another date.
     *
     * @param value the new date, not null
     * @return the copy, not null
     */
    public abstract ReEngagementAttempt withDate(LocalDate value);

    /**
     * Returns a copy of this re engagement attempt with another mode.
     *
     * @param value the new mode, not null
     * @return the copy, not null
     */
    public abstract ReEngagementAttempt withMode(ContactMode value);

    /**
     * Returns a copy of this re engagement attempt with another target.
     *
     * @param value the new target, not null
     * @return the copy, not null
     */
    public abstract ReEngagementAttempt withTarget(ReEngagementTarget value);

    /**
     * Returns a copy of this re engagement attempt with another by member id.
     *
     * @param value the new by member id, not null
     * @return the copy, not null
     */
    public abstract ReEngagementAttempt withByMemberId(String value);

    /**
     * Returns a copy of this re engagement attempt with another outcome.
     *
     * @param value the new outcome, not null
     * @return the copy, not null
     */
    public abstract ReEngagementAttempt withOutcome(OutreachOutcome value);

    /**
     * Returns a copy of this re engagement attempt with another note.
     *
     * @param value the new note, not null
     * @return the copy, not null
     */
    public abstract ReEngagementAttempt withNote(String value);

    /**
     * Returns a copy of this re engagement attempt with another after contact id, or none.
     *
     * @param value the new after contact id, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract ReEngagementAttempt withAfterContactId(Optional<String> value);

    /**
     * Returns a copy of this re engagement attempt with another by member id, or none.
     *
     * @param value the new by member id, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract ReEngagementAttempt withByMemberId(Optional<String> value);

    /**
     * Returns a copy of this re engagement attempt with another note, or none.
     *
     * @param value the new note, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract ReEngagementAttempt withNote(Optional<String> value);

    /**
     * Obtains a builder of re engagement attempts.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReEngagementAttempt}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableReEngagementAttempt.Builder {
        /** Creates an empty builder; {@link ReEngagementAttempt#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        Invariants.notBlank(getId(), "ReEngagementAttempt.id");
    }
}
