package org.recoverykit.fhir;

import java.util.List;

/**
 * The FHIR extensions of the library's own, which carry what the model holds and FHIR R4 has no element for.
 *
 * <p>Each extension's url is {@code https://recoverykit.org/fhir/StructureDefinition/} followed by its name,
 * such as {@code .../StructureDefinition/pronouns}. A simple extension has one value of the type that
 * {@link #getValueType()} names; a complex one has the sub-extensions that {@link #getParts()} lists, each
 * written {@code name:type}. The mapping writes them and reads them back; a reader that does not know them may
 * ignore them, as FHIR allows.
 */
public enum FhirExtension {
    /** The id of the record a Patient is the person of, where no Bundle carries it, as in NDJSON. */
    RECORD("record", "string", "Patient"),
    /** The person's pronouns, in their words. */
    PRONOUNS("pronouns", "string", "Patient"),
    /** A cultural preference of the person. */
    CULTURAL_PREFERENCE("cultural-preference", "string", "Patient"),
    /** An identity preference of the person. */
    IDENTITY_PREFERENCE("identity-preference", "string", "Patient"),
    /** A communication preference of the person. */
    COMMUNICATION_PREFERENCE("communication-preference", "string", "Patient"),
    /** A strength: of the person on a Patient, of a life domain on a Condition. */
    STRENGTH("strength", "string", "Patient", "Condition"),
    /** An interest of the person. */
    INTEREST("interest", "string", "Patient"),
    /** A talent of the person. */
    TALENT("talent", "string", "Patient"),
    /** A natural supporter's role in the plan. */
    ROLE_IN_PLAN("role-in-plan", "string", "RelatedPerson"),
    /** A life domain that a natural supporter helps with, a code of {@link FhirCodeSystems#LIFE_DOMAIN}. */
    LIFE_DOMAIN("life-domain", "Coding", "RelatedPerson"),
    /** The person's own view of a life domain. */
    PERSONS_VIEW("persons-view", "string", "Condition"),
    /** A need in a life domain. */
    NEED("need", "string", "Condition"),
    /** A barrier in a life domain. */
    BARRIER("barrier", "string", "Condition"),
    /** The priority of a life domain to the person, 1 being the highest. */
    PRIORITY("priority", "positiveInt", "Condition"),
    /** The version of a recovery plan, counting from 1. */
    PLAN_VERSION("plan-version", "positiveInt", "CarePlan"),
    /** The date by which a plan, crisis plan, review or contact arrangement is next to be reviewed. */
    NEXT_REVIEW_DUE("next-review-due", "date", "CarePlan", "Encounter", "CommunicationRequest"),
    /** The date a copy of the plan was offered to the person. */
    COPY_OFFERED_ON("copy-offered-on", "date", "CarePlan"),
    /** The date a crisis plan or discharge plan was agreed. */
    AGREED_ON("agreed-on", "date", "CarePlan"),
    /** A warning sign or trigger of a crisis plan. */
    CRISIS_WARNING_SIGN("crisis-warning-sign", "string", "CarePlan"),
    /** A coping strategy of a crisis plan. */
    CRISIS_COPING_STRATEGY("crisis-coping-strategy", "string", "CarePlan"),
    /** A distraction of a crisis plan. */
    CRISIS_DISTRACTION("crisis-distraction", "string", "CarePlan"),
    /** A way of keeping safe of a crisis plan. */
    CRISIS_KEEPING_SAFE("crisis-keeping-safe", "string", "CarePlan"),
    /** Something that helps, in a crisis plan. */
    CRISIS_WHAT_HELPS("crisis-what-helps", "string", "CarePlan"),
    /** Something that does not help, in a crisis plan. */
    CRISIS_WHAT_DOES_NOT_HELP("crisis-what-does-not-help", "string", "CarePlan"),
    /** A preferred place of care of a crisis plan. */
    CRISIS_PREFERRED_PLACE_OF_CARE("crisis-preferred-place-of-care", "string", "CarePlan"),
    /** A place to avoid, in a crisis plan. */
    CRISIS_PLACE_TO_AVOID("crisis-place-to-avoid", "string", "CarePlan"),
    /** When others are to take over, in a crisis plan. */
    CRISIS_WHEN_OTHERS_TAKE_OVER("crisis-when-others-take-over", "string", "CarePlan"),
    /** What is to happen after a crisis, in a crisis plan. */
    CRISIS_AFTER_CRISIS("crisis-after-crisis", "string", "CarePlan"),
    /**
     * A contact of a crisis plan: which list it is on ({@code people-to-ask}, {@code people-not-to-involve} or
     * {@code professionals}), the natural supporter or team member it is, a name, contact points and a note.
     */
    CRISIS_CONTACT(
            "crisis-contact",
            "complex",
            List.of(
                    "list:code",
                    "naturalSupport:Reference",
                    "teamMember:string",
                    "name:string",
                    "telecom:ContactPoint",
                    "note:string"),
            "CarePlan"),
    /** The name of a team member who is the person or a natural supporter, as the plan's team records it. */
    MEMBER_NAME("member-name", "HumanName", "CareTeam.participant"),
    /** A contact point of a team member who is the person or a natural supporter, as the plan's team records it. */
    MEMBER_TELECOM("member-telecom", "ContactPoint", "CareTeam.participant"),
    /** Whether a goal is written in the person's own words. */
    IN_OWN_WORDS("in-own-words", "boolean", "Goal"),
    /** The baseline of an objective. */
    OBJECTIVE_BASELINE("objective-baseline", "string", "Goal.target"),
    /** How far an objective has been achieved, a code of {@link FhirCodeSystems#GOAL_ACHIEVEMENT}. */
    OBJECTIVE_ACHIEVEMENT("objective-achievement", "Coding", "Goal.target"),
    /** The id of a team member ({@code CareTeam.participant.id}) who is responsible, provides or takes part. */
    TEAM_MEMBER(
            "team-member",
            "string",
            "ServiceRequest",
            "Encounter",
            "Appointment",
            "Communication",
            "Consent",
            "EpisodeOfCare",
            "CarePlan"),
    /** Whether a service is paid for. */
    PAID("paid", "boolean", "ServiceRequest"),
    /** The scope of a support. */
    SUPPORT_SCOPE("support-scope", "string", "ServiceRequest"),
    /** How a support is funded. */
    FUNDING("funding", "string", "ServiceRequest"),
    /** The Medi-Cal Community Support that a support or referral is for. */
    COMMUNITY_SUPPORT("community-support", "string", "ServiceRequest"),
    /** A modifier of the billing code in {@code ServiceRequest.code}. */
    BILLING_MODIFIER("billing-modifier", "string", "ServiceRequest"),
    /**
     * How long a service lasts, as an ISO-8601 period, where it mixes years, months and days, or is zero or
     * negative.
     */
    DURATION("duration", "string", "ServiceRequest"),
    /**
     * How long each occasion of a service lasts, as an ISO-8601 duration, where it is negative or longer than
     * {@link Long#MAX_VALUE} seconds.
     */
    AMOUNT("amount", "string", "ServiceRequest"),
    /** The recovery plan that a contact or episode belongs to. */
    CARE_PLAN("care-plan", "Reference", "Encounter", "Appointment", "EpisodeOfCare"),
    /** The episode of care that a missed contact or a discharge plan belongs to. */
    EPISODE_OF_CARE("episode-of-care", "Reference", "Appointment", "CarePlan"),
    /** The person's response to a contact. */
    RESPONSE("response", "string", "Encounter", "Appointment"),
    /** The next steps agreed at a contact. */
    NEXT_STEPS("next-steps", "string", "Encounter", "Appointment"),
    /** Whether a contact's note was written with the person. */
    COLLABORATIVE("collaborative", "boolean", "Encounter", "Appointment"),
    /** Set on a missed contact whose end was not recorded, whose end is then its start, as FHIR requires one. */
    END_NOT_RECORDED("end-not-recorded", "boolean", "Appointment"),
    /** Whom a re-engagement attempt tried to reach, a code of {@link FhirCodeSystems#RE_ENGAGEMENT_TARGET}. */
    RE_ENGAGEMENT_TARGET("re-engagement-target", "Coding", "Communication"),
    /** A contact point of a program referred to or of a provider that continues a service. */
    PROGRAM_CONTACT("program-contact", "ContactPoint", "ServiceRequest"),
    /** The person's choice of a referral: when they expressed it and in their own words. */
    PERSONS_CHOICE("persons-choice", "complex", List.of("expressedOn:date", "inOwnWords:string"), "ServiceRequest"),
    /** Whether the plan requires a referral. */
    REQUIRED_BY_PLAN("required-by-plan", "boolean", "ServiceRequest"),
    /** Whether the program's contact details were given to the person. */
    CONTACT_DETAILS_GIVEN("contact-details-given", "boolean", "ServiceRequest"),
    /** Whether contact with the program was facilitated. */
    CONTACT_FACILITATED("contact-facilitated", "boolean", "ServiceRequest"),
    /** A past status of a referral, with its date and, on closing, the reason. */
    STATUS_UPDATE("status-update", "complex", List.of("status:Coding", "date:date", "closureReason:Coding"), "Task"),
    /** The phase of a service episode that a status history entry is, a code of {@link FhirCodeSystems#EPISODE_PHASE}. */
    EPISODE_PHASE("episode-phase", "Coding", "EpisodeOfCare.statusHistory"),
    /** Whether a phase of a service episode is chargeable. */
    CHARGEABLE("chargeable", "boolean", "EpisodeOfCare.statusHistory"),
    /** How an agreement was given, a code of {@link FhirCodeSystems#AGREEMENT_METHOD}. */
    AGREEMENT_METHOD("agreement-method", "Coding", "Consent"),
    /** What was decided, a code of {@link FhirCodeSystems#AGREEMENT_DECISION}. */
    AGREEMENT_DECISION("agreement-decision", "Coding", "Consent"),
    /** The changes in needs and circumstances that a plan review found. */
    CHANGES_IN_NEEDS("changes-in-needs", "string", "Encounter"),
    /** The changes that a plan review agreed. */
    CHANGES_AGREED("changes-agreed", "string", "Encounter"),
    /** Progress on one goal at a plan review: the goal, its achievement and a note. */
    GOAL_PROGRESS(
            "goal-progress", "complex", List.of("goal:Reference", "achievement:Coding", "note:string"), "Encounter"),
    /** The plan version that a review resulted in. */
    RESULTING_VERSION("resulting-version", "positiveInt", "Encounter"),
    /** Whether a plan review revisited the risks. */
    RISKS_REVISITED("risks-revisited", "boolean", "Encounter"),
    /** The times the person prefers to be contacted. */
    PREFERRED_TIMES("preferred-times", "string", "CommunicationRequest"),
    /** How often the person and the service agreed to be in touch. */
    FREQUENCY("frequency", "Timing", "CommunicationRequest"),
    /** A contact point of the worker. */
    WORKER_CONTACT("worker-contact", "ContactPoint", "CommunicationRequest"),
    /** Whom to contact when the worker is unavailable. */
    WHEN_UNAVAILABLE("when-unavailable", "string", "CommunicationRequest"),
    /** Why a discharge happens, a code of {@link FhirCodeSystems#DISCHARGE_REASON}. */
    DISCHARGE_REASON("discharge-reason", "Coding", "CarePlan"),
    /** The facility a person is discharged from. */
    FACILITY("facility", "string", "CarePlan"),
    /** The planned date of a discharge. */
    PLANNED_DATE("planned-date", "date", "CarePlan"),
    /** The actual date of a discharge. */
    ACTUAL_DATE("actual-date", "date", "CarePlan"),
    /** Why no aftercare is planned. */
    NO_AFTERCARE_REASON("no-aftercare-reason", "string", "CarePlan"),
    /** The crisis plan that a discharge plan links to. */
    CRISIS_PLAN("crisis-plan", "Reference", "CarePlan"),
    /** Whether the person agreed to a discharge plan. */
    PERSON_AGREED("person-agreed", "boolean", "CarePlan"),
    /** How a risk is mitigated. */
    MITIGATION("mitigation", "string", "Flag"),
    /** The backup plan for a risk. */
    BACKUP_PLAN("backup-plan", "string", "Flag"),
    /** Whether a risk was discussed with the person. */
    DISCUSSED_WITH_PERSON("discussed-with-person", "boolean", "Flag"),
    /**
     * A date or date-time of the model that FHIR cannot hold as it is, as ISO-8601 text: one whose year is before 1 or
     * after 9999, or whose offset has seconds or lies beyond ±14:00. It extends the primitive element ({@code _birthDate}), which has no
     * value where the year is out of range, else the same instant at UTC.
     */
    ISO_8601("iso-8601", "string", "date", "dateTime", "instant"),
    /** The JSON Pointer of an issue's element in the native document. */
    JSON_POINTER("json-pointer", "string", "OperationOutcome.issue");

    /** The base of every extension's url. */
    public static final String BASE = FhirCodeSystems.RECOVERYKIT_BASE + "/StructureDefinition/";

    private final String name;
    private final String url;
    private final String valueType;
    private final List<String> parts;
    private final List<String> contexts;

    FhirExtension(String name, String valueType, String... contexts) {
        this(name, valueType, List.of(), contexts);
    }

    FhirExtension(String name, String valueType, List<String> parts, String... contexts) {
        this.name = name;
        this.url = BASE + name;
        this.valueType = valueType;
        this.parts = parts;
        this.contexts = List.of(contexts);
    }

    /**
     * Gets the extension's url.
     *
     * @return the url, not null
     */
    public String getUrl() {
        return url;
    }

    /**
     * Gets the name of the extension, the last segment of its url.
     *
     * @return the name, such as {@code pronouns}, not null
     */
    public String getName() {
        return name;
    }

    /**
     * Gets the FHIR type of the extension's value.
     *
     * @return the type, such as {@code string} or {@code Coding}, or {@code complex} for one with parts
     */
    public String getValueType() {
        return valueType;
    }

    /**
     * Gets the sub-extensions of a complex extension.
     *
     * @return the parts, each {@code name:type}; empty for a simple extension; unmodifiable, not null
     */
    public List<String> getParts() {
        return parts;
    }

    /**
     * Gets the FHIR elements that the extension may appear on.
     *
     * @return the elements, such as {@code Patient} or {@code Goal.target}; unmodifiable, not null
     */
    public List<String> getContexts() {
        return contexts;
    }
}
