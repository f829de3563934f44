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
 * The person served, with what matters to them: names, languages, culture and identity, strengths, interests and natural supports (Community Support Training 101; person-centred planning, Strength-based and Documents).
 */
@Value.Immutable
@JsonDeserialize(builder = Person.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
    "id",
    "identifiers",
    "name",
    "preferredName",
    "pronouns",
    "birthDate",
    "languages",
    "interpreterNeeded",
    "culturalPreferences",
    "identityPreferences",
    "communicationPreferences",
    "strengths",
    "interests",
    "talents",
    "telecom",
    "addresses",
    "naturalSupports"
})
public abstract class Person {
    Person() {}

    /**
     * Gets the id of the person, unique within the record.
     *
     * @return the id of the person, unique within the record, not null
     */
    public abstract String getId();

    /**
     * Gets the person's identifiers in other systems.
     *
     * @return the person's identifiers in other systems, not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid Identifier> getIdentifiers();

    /**
     * Gets the person's legal name.
     *
     * @return the person's legal name, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@Valid HumanName> getName();

    /**
     * Gets the name the person wants to be called by, used throughout the plan (Documents 2).
     *
     * @return the name the person wants to be called by, used throughout the plan (Documents 2), empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getPreferredName();

    /**
     * Gets the person's pronouns, in their words.
     *
     * @return the person's pronouns, in their words, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<@NotBlankWhenPresent String> getPronouns();

    /**
     * Gets the person's date of birth.
     *
     * @return the person's date of birth, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<LocalDate> getBirthDate();

    /**
     * Gets the languages the person uses.
     *
     * @return the languages the person uses, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid LanguagePreference> getLanguages();

    /**
     * Checks whether the person needs an interpreter.
     *
     * @return true if the person needs an interpreter
     */
    @Value.Default
    public boolean isInterpreterNeeded() {
        return false;
    }

    /**
     * Gets the person's cultural and linguistic preferences, in their words (Strength-based 2).
     *
     * @return the person's cultural and linguistic preferences, in their words (Strength-based 2), not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getCulturalPreferences();

    /**
     * Gets the person's identity preferences, such as person-first or identity-first language (Team 1).
     *
     * @return the person's identity preferences, such as person-first or identity-first language (Team 1), not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getIdentityPreferences();

    /**
     * Gets how the person prefers to communicate.
     *
     * @return how the person prefers to communicate, not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getCommunicationPreferences();

    /**
     * Gets the person's strengths (key service function 1; Documents 1).
     *
     * @return the person's strengths (key service function 1; Documents 1), not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getStrengths();

    /**
     * Gets the person's interests (Documents 1).
     *
     * @return the person's interests (Documents 1), not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getInterests();

    /**
     * Gets the person's talents (Documents 1).
     *
     * @return the person's talents (Documents 1), not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@NotBlank String> getTalents();

    /**
     * Gets how to reach the person.
     *
     * @return how to reach the person, not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid ContactPoint> getTelecom();

    /**
     * Gets the person's addresses.
     *
     * @return the person's addresses, not null, possibly empty
     */
    @Value.Redacted
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid Address> getAddresses();

    /**
     * Gets the person's natural supports.
     *
     * @return the person's natural supports, not null, possibly empty
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<@Valid NaturalSupport> getNaturalSupports();

    /**
     * Returns a copy of this person with another id.
     *
     * @param value the new id, not null
     * @return the copy, not null
     */
    public abstract Person withId(String value);

    /**
     * Returns a copy of this person with another identifiers.
     *
     * @param value the new identifiers, not null
     * @return the copy, not null
     */
    public abstract Person withIdentifiers(Iterable<? extends Identifier> value);

    /**
     * Returns a copy of this person with another name.
     *
     * @param value the new name, not null
     * @return the copy, not null
     */
    public abstract Person withName(HumanName value);

    /**
     * Returns a copy of this person with another preferred name.
     *
     * @param value the new preferred name, not null
     * @return the copy, not null
     */
    public abstract Person withPreferredName(String value);

    /**
     * Returns a copy of this person with another pronouns.
     *
     * @param value the new pronouns, not null
     * @return the copy, not null
     */
    public abstract Person withPronouns(String value);

    /**
     * Returns a copy of this person with another birth date.
     *
     * @param value the new birth date, not null
     * @return the copy, not null
     */
    public abstract Person withBirthDate(LocalDate value);

    /**
     * Returns a copy of this person with another languages.
     *
     * @param value the new languages, not null
     * @return the copy, not null
     */
    public abstract Person withLanguages(Iterable<? extends LanguagePreference> value);

    /**
     * Returns a copy of this person with another interpreter needed.
     *
     * @param value the new interpreter needed
     * @return the copy, not null
     */
    public abstract Person withInterpreterNeeded(boolean value);

    /**
     * Returns a copy of this person with another cultural preferences.
     *
     * @param value the new cultural preferences, not null
     * @return the copy, not null
     */
    public abstract Person withCulturalPreferences(Iterable<String> value);

    /**
     * Returns a copy of this person with another identity preferences.
     *
     * @param value the new identity preferences, not null
     * @return the copy, not null
     */
    public abstract Person withIdentityPreferences(Iterable<String> value);

    /**
     * Returns a copy of this person with another communication preferences.
     *
     * @param value the new communication preferences, not null
     * @return the copy, not null
     */
    public abstract Person withCommunicationPreferences(Iterable<String> value);

    /**
     * Returns a copy of this person with another strengths.
     *
     * @param value the new strengths, not null
     * @return the copy, not null
     */
    public abstract Person withStrengths(Iterable<String> value);

    /**
     * Returns a copy of this person with another interests.
     *
     * @param value the new interests, not null
     * @return the copy, not null
     */
    public abstract Person withInterests(Iterable<String> value);

    /**
     * Returns a copy of this person with another talents.
     *
     * @param value the new talents, not null
     * @return the copy, not null
     */
    public abstract Person withTalents(Iterable<String> value);

    /**
     * Returns a copy of this person with another telecom.
     *
     * @param value the new telecom, not null
     * @return the copy, not null
     */
    public abstract Person withTelecom(Iterable<? extends ContactPoint> value);

    /**
     * Returns a copy of this person with another addresses.
     *
     * @param value the new addresses, not null
     * @return the copy, not null
     */
    public abstract Person withAddresses(Iterable<? extends Address> value);

    /**
     * Returns a copy of this person with another natural supports.
     *
     * @param value the new natural supports, not null
     * @return the copy, not null
     */
    public abstract Person withNaturalSupports(Iterable<? extends NaturalSupport> value);

    /**
     * Returns a copy of this person with another name, or none.
     *
     * @param value the new name, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Person withName(Optional<? extends HumanName> value);

    /**
     * Returns a copy of this person with another preferred name, or none.
     *
     * @param value the new preferred name, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Person withPreferredName(Optional<String> value);

    /**
     * Returns a copy of this person with another pronouns, or none.
     *
     * @param value the new pronouns, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Person withPronouns(Optional<String> value);

    /**
     * Returns a copy of this person with another birth date, or none.
     *
     * @param value the new birth date, empty to remove it, not null
     * @return the copy, not null
     */
    public abstract Person withBirthDate(Optional<? extends LocalDate> value);

    /**
     * Obtains a builder of persons.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Person}; {@link #build()} checks its invariants. */
    public static final class Builder extends ImmutablePerson.Builder {
        /** Creates an empty builder; {@link Person#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        Invariants.notBlank(getId(), "Person.id");
    }
}
