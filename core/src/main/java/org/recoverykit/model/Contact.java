package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One service contact and its progress note: need, intervention, relation to the plan, provider, date, actual start and end, setting and the person's response (Community Support key service function 7), or a contact that was missed or cancelled.
 */
@Value.Immutable
@JsonDeserialize(builder = Contact.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
    "id",
    "planId",
    "episodeId",
    "start",
    "end",
    "setting",
    "mode",
    "providerMemberId",
    "attendance",
    "need",
    "interventionIds",
    "goalIds",
    "response",
    "nextSteps",
    "collaborative"
})
public abstract class Contact {
    Contact() {}

    /**
     * Gets the id of the contact, unique within the record.
     *
     * @return the id of the contact, unique within the record, not null
     */
    public abstract String getId();

    /**
     * Gets the id of the plan version the contact delivers.
     *
     * @return the id of the plan version the contact delivers, empty if not recorded
     */
    public abstract Optional<@NotBlankWhenPresent String> getPlanId();

    /**
     * Gets the id of the service episode the contact belongs to.
     *
     * @return the id of the service episode the contact belongs to, empty if not recorded
     */
    public abstract Optional<@NotBlankWhenPresent String> getEpisodeId();

    /**
     * Gets when the contact started, or was due to start.
     *
     * @return when the contact started, or was due to start, not null
     */
    public abstract OffsetDateTime getStart();

    /**
     * Gets when the contact actually ended.
     *
     * @return when the contact actually ended, empty if not recorded
     */
    public abstract Optional<OffsetDateTime> getEnd();

    /**
     * Gets where the contact took place.
     *
     * @return where the contact took place, empty if not recorded
     */
    public abstract Optional<Setting> getSetting();

    /**
     * Gets how the contact was made.
     *
     * @return how the contact was made, empty if not recorded
     */
    public abstract Optional<ContactMode> getMode();

    /**
     * Gets the id of the team member who provided the service.
     *
     * @return the id of the team member who provided the service, empty if not recorded
     */
    public abstract Optional<@NotBlankWhenPresent String> getProviderMemberId();

    /**
     * Gets whether the contact took place.
     *
     * @return whether the contact took place, not null
     */
    public abstract Attendance getAttendance();

    /**
     * Gets the need for the service at this contact.
     *
     * @return the need for the service at this contact, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getNeed();

    /**
     * Gets the ids of the interventions delivered.
     *
     * @return the ids of the interventions delivered, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getInterventionIds();

    /**
     * Gets the ids of the goals the contact relates to.
     *
     * @return the ids of the goals the contact relates to, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getGoalIds();

    /**
     * Gets the person's response to the service.
     *
     * @return the person's response to the service, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getResponse();

    /**
     * Gets what happens next.
     *
     * @return what happens next, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getNextSteps();

    /**
     * Checks whether the note was written with the person (key service function 6).
     *
     * @return true if the note was written with the person (key service function 6)
     */
    @Value.Default
    public boolean isCollaborative() {
        return false;
    }

    /**
     * Returns a copy of this contact with another id.
     *
     * @param value the new id, not null
     * @return the copy, not null
     */
    public abstract Contact withId(String value);

    /**
     * Returns a copy of this contact with another plan id.
     *
     * @param value the new plan id, not null
     * @return the copy, not null
     */
    public abstract Contact withPlanId(String value);

    /**
     * Returns a copy of this contact with another episode id.
     *
     * @param value the new episode id, not null
     * @return the copy, not null
     */
    public abstract Contact withEpisodeId(String value);

    /**
     * Returns a copy of this contact with another start.
     *
     * @param value the new start, not null
     * @return the copy, not null
     */
    public abstract Contact withStart(OffsetDateTime value);

    /**
     * Returns a copy of this contact with another end.
     *
     * @param value the new end, not null
     * @return the copy, not null
     */
    public abstract Contact withEnd(OffsetDateTime value);

    /**
     * Returns a copy of this contact with another setting.
     *
     * @param value the new setting, not null
     * @return the copy, not null
     */
    public abstract Contact withSetting(Setting value);

    /**
     * Returns a copy of this contact with another mode.
     *
     * @param value the new mode, not null
     * @return the copy, not null
     */
    public abstract Contact withMode(ContactMode value);

    /**
     * Returns a copy of this contact with another provider member id.
     *
     * @param value the new provider member id, not null
     * @return the copy, not null
     */
    public abstract Contact withProviderMemberId(String value);

    /**
     * Returns a copy of this contact with another attendance.
     *
     * @param value the new attendance, not null
     * @return the copy, not null
     */
    public abstract Contact withAttendance(Attendance value);

    /**
     * Returns a copy of this contact with another need.
     *
     * @param value the new need, not null
     * @return the copy, not null
     */
    public abstract Contact withNeed(String value);

    /**
     * Returns a copy of this contact with another intervention ids.
     *
     * @param value the new intervention ids, not null
     * @return the copy, not null
     */
    public abstract Contact withInterventionIds(Iterable<String> value);

    /**
     * Returns a copy of this contact with another goal ids.
     *
     * @param value the new goal ids, not null
     * @return the copy, not null
     */
    public abstract Contact withGoalIds(Iterable<String> value);

    /**
     * Returns a copy of this contact with another response.
     *
     * @param value the new response, not null
     * @return the copy, not null
     */
    public abstract Contact withResponse(String value);

    /**
     * Returns a copy of this contact with another next steps.
     *
     * @param value the new next steps, not null
     * @return the copy, not null
     */
    public abstract Contact withNextSteps(String value);

    /**
     * Returns a copy of this contact with another collaborative.
     *
     * @param value the new collaborative
     * @return the copy, not null
     */
    public abstract Contact withCollaborative(boolean value);

    /**
     * Returns a copy of this contact with another plan id, or none.
     *
     * @param value the new plan id, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Contact withPlanId(Optional<String> value);

    /**
     * Returns a copy of this contact with another episode id, or none.
     *
     * @param value the new episode id, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Contact withEpisodeId(Optional<String> value);

    /**
     * Returns a copy of this contact with another end, or none.
     *
     * @param value the new end, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Contact withEnd(Optional<? extends OffsetDateTime> value);

    /**
     * Returns a copy of this contact with another setting, or none.
     *
     * @param value the new setting, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Contact withSetting(Optional<? extends Setting> value);

    /**
     * Returns a copy of this contact with another mode, or none.
     *
     * @param value the new mode, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Contact withMode(Optional<? extends ContactMode> value);

    /**
     * Returns a copy of this contact with another provider member id, or none.
     *
     * @param value the new provider member id, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Contact withProviderMemberId(Optional<String> value);

    /**
     * Returns a copy of this contact with another need, or none.
     *
     * @param value the new need, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Contact withNeed(Optional<String> value);

    /**
     * Returns a copy of this contact with another response, or none.
     *
     * @param value the new response, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Contact withResponse(Optional<String> value);

    /**
     * Returns a copy of this contact with another next steps, or none.
     *
     * @param value the new next steps, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Contact withNextSteps(Optional<String> value);

    /**
     * Obtains a builder of contacts.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Contact}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableContact.Builder {
        /** Creates an empty builder; {@link Contact#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        Invariants.notBlank(getId(), "Contact.id");
        Invariants.notBefore(getEnd(), getStart(), "Contact.end", "Contact.start");
    }
}
