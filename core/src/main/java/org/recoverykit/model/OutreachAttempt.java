package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An attempt by a receiving service to reach a referred person (Medi-Cal Community Supports provider responsibility 2).
 */
@Value.Immutable
@JsonDeserialize(builder = OutreachAttempt.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"id", "date", "mode", "outcome", "note"})
public abstract class OutreachAttempt {
    OutreachAttempt() {}

    /**
     * Gets the id of the attempt, unique within the record.
     *
     * @return the id of the attempt, unique within the record, not null
     */
    public abstract String getId();

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
     * Returns a copy of this outreach attempt with another id.
     *
     * @param value the new id, not null
     * @return the copy, not null
     */
    public abstract OutreachAttempt withId(String value);

    /**
     * Returns a copy of this outreach attempt with another date.
     *
     * @param value the new date, not null
     * @return the copy, not null
     */
    public abstract OutreachAttempt withDate(LocalDate value);

    /**
     * Returns a copy of this outreach attempt with another mode.
     *
     * @param value the new mode, not null
     * @return the copy, not null
     */
    public abstract OutreachAttempt withMode(ContactMode value);

    /**
     * Returns a copy of this outreach attempt with another outcome.
     *
     * @param value the new outcome, not null
     * @return the copy, not null
     */
    public abstract OutreachAttempt withOutcome(OutreachOutcome value);

    /**
     * Returns a copy of this outreach attempt with another note.
     *
     * @param value the new note, not null
     * @return the copy, not null
     */
    public abstract OutreachAttempt withNote(String value);

    /**
     * Returns a copy of this outreach attempt with another note, or none.
     *
     * @param value the new note, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract OutreachAttempt withNote(Optional<String> value);

    /**
     * Obtains a builder of outreach attempts.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link OutreachAttempt}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableOutreachAttempt.Builder {
        /** Creates an empty builder; {@link OutreachAttempt#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        Invariants.notBlank(getId(), "OutreachAttempt.id");
    }
}
