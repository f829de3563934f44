package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A relapse-prevention and crisis plan in typed sections, in the person's words (Community Support key service functions 10 and 15; the structure follows safety planning and WRAP, in the library's own wording).
 */
@Value.Immutable
@JsonDeserialize(builder = CrisisPlan.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
    "id",
    "warningSigns",
    "copingStrategies",
    "distractions",
    "peopleToAsk",
    "peopleNotToInvolve",
    "professionals",
    "keepingSafe",
    "whatHelps",
    "whatDoesNotHelp",
    "preferredPlacesOfCare",
    "placesToAvoid",
    "whenOthersTakeOver",
    "afterCrisis",
    "agreedOn",
    "reviewDue"
})
public abstract class CrisisPlan {
    CrisisPlan() {}

    /**
     * Gets the id of the crisis plan, unique within the record.
     *
     * @return the id of the crisis plan, unique within the record, not null
     */
    public abstract String getId();

    /**
     * Gets warning signs and triggers.
     *
     * @return warning signs and triggers, not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getWarningSigns();

    /**
     * Gets things the person can do on their own.
     *
     * @return things the person can do on their own, not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getCopingStrategies();

    /**
     * Gets people and places that help take the person's mind off things.
     *
     * @return people and places that help take the person's mind off things, not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getDistractions();

    /**
     * Gets people the person can ask for help.
     *
     * @return people the person can ask for help, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid CrisisContact> getPeopleToAsk();

    /**
     * Gets people the person does not want involved.
     *
     * @return people the person does not want involved, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid CrisisContact> getPeopleNotToInvolve();

    /**
     * Gets professionals, services and crisis lines.
     *
     * @return professionals, services and crisis lines, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid CrisisContact> getProfessionals();

    /**
     * Gets ways of making the person's surroundings safer.
     *
     * @return ways of making the person's surroundings safer, not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getKeepingSafe();

    /**
     * Gets what helps, including treatments and medicines to use.
     *
     * @return what helps, including treatments and medicines to use, not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getWhatHelps();

    /**
     * Gets what does not help, including treatments and medicines to avoid.
     *
     * @return what does not help, including treatments and medicines to avoid, not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getWhatDoesNotHelp();

    /**
     * Gets preferred places of care.
     *
     * @return preferred places of care, not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getPreferredPlacesOfCare();

    /**
     * Gets places of care to avoid.
     *
     * @return places of care to avoid, not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getPlacesToAvoid();

    /**
     * Gets signs that others should take over.
     *
     * @return signs that others should take over, not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getWhenOthersTakeOver();

    /**
     * Gets what should happen after the crisis.
     *
     * @return what should happen after the crisis, not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getAfterCrisis();

    /**
     * Gets when the person agreed the crisis plan.
     *
     * @return when the person agreed the crisis plan, empty if not recorded
     */
    public abstract Optional<LocalDate> getAgreedOn();

    /**
     * Gets when the crisis plan is next to be reviewed.
     *
     * @return when the crisis plan is next to be reviewed, empty if not recorded
     */
    public abstract Optional<LocalDate> getReviewDue();

    /**
     * Returns a copy of this crisis plan with another id.
     *
     * @param value the new id, not null
     * @return the copy, not null
     */
    public abstract CrisisPlan withId(String value);

    /**
     * Returns a copy of this crisis plan with another warning signs.
     *
     * @param value the new warning signs, not null
     * @return the copy, not null
     */
    public abstract CrisisPlan withWarningSigns(Iterable<String> value);

    /**
     * Returns a copy of this crisis plan with another coping strategies.
     *
     * @param value the new coping strategies, not null
     * @return the copy, not null
     */
    public abstract CrisisPlan withCopingStrategies(Iterable<String> value);

    /**
     * Returns a copy of this crisis plan with another distractions.
     *
     * @param value the new distractions, not null
     * @return the copy, not null
     */
    public abstract CrisisPlan withDistractions(Iterable<String> value);

    /**
     * Returns a copy of this crisis plan with another people to ask.
     *
     * @param value the new people to ask, not null
     * @return the copy, not null
     */
    public abstract CrisisPlan withPeopleToAsk(Iterable<? extends CrisisContact> value);

    /**
     * Returns a copy of this crisis plan with another people not to involve.
     *
     * @param value the new people not to involve, not null
     * @return the copy, not null
     */
    public abstract CrisisPlan withPeopleNotToInvolve(Iterable<? extends CrisisContact> value);

    /**
     * Returns a copy of this crisis plan with another professionals.
     *
     * @param value the new professionals, not null
     * @return the copy, not null
     */
    public abstract CrisisPlan withProfessionals(Iterable<? extends CrisisContact> value);

    /**
     * Returns a copy of this crisis plan with another keeping safe.
     *
     * @param value the new keeping safe, not null
     * @return the copy, not null
     */
    public abstract CrisisPlan withKeepingSafe(Iterable<String> value);

    /**
     * Returns a copy of this crisis plan with another what helps.
     *
     * @param value the new what helps, not null
     * @return the copy, not null
     */
    public abstract CrisisPlan withWhatHelps(Iterable<String> value);

    /**
     * Returns a copy of this crisis plan with another what does not help.
     *
     * @param value the new what does not help, not null
     * @return the copy, not null
     */
    public abstract CrisisPlan withWhatDoesNotHelp(Iterable<String> value);

    /**
     * Returns a copy of this crisis plan with another preferred places of care.
     *
     * @param value the new preferred places of care, not null
     * @return the copy, not null
     */
    public abstract CrisisPlan withPreferredPlacesOfCare(Iterable<String> value);

    /**
     * Returns a copy of this crisis plan with another places to avoid.
     *
     * @param value the new places to avoid, not null
     * @return the copy, not null
     */
    public abstract CrisisPlan withPlacesToAvoid(Iterable<String> value);

    /**
     * Returns a copy of this crisis plan with another when others take over.
     *
     * @param value the new when others take over, not null
     * @return the copy, not null
     */
    public abstract CrisisPlan withWhenOthersTakeOver(Iterable<String> value);

    /**
     * Returns a copy of this crisis plan with another after crisis.
     *
     * @param value the new after crisis, not null
     * @return the copy, not null
     */
    public abstract CrisisPlan withAfterCrisis(Iterable<String> value);

    /**
     * Returns a copy of this crisis plan with another agreed on.
     *
     * @param value the new agreed on, not null
     * @return the copy, not null
     */
    public abstract CrisisPlan withAgreedOn(LocalDate value);

    /**
     * Returns a copy of this crisis plan with another review due.
     *
     * @param value the new review due, not null
     * @return the copy, not null
     */
    public abstract CrisisPlan withReviewDue(LocalDate value);

    /**
     * Returns a copy of this crisis plan with another agreed on, or none.
     *
     * @param value the new agreed on, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract CrisisPlan withAgreedOn(Optional<? extends LocalDate> value);

    /**
     * Returns a copy of this crisis plan with another review due, or none.
     *
     * @param value the new review due, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract CrisisPlan withReviewDue(Optional<? extends LocalDate> value);

    /**
     * Obtains a builder of crisis plans.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CrisisPlan}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutableCrisisPlan.Builder {
        /** Creates an empty builder; {@link CrisisPlan#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        Invariants.notBlank(getId(), "CrisisPlan.id");
    }
}
