package org.recoverykit.fhir;

/**
 * The canonical URIs of the FHIR code systems that the mapping writes and reads.
 *
 * <p>The external ones are the exact system URIs that FHIR R4 validators expect. The library's own concepts
 * live in code systems under {@link #RECOVERYKIT_BASE}, each generated from one of the model's code lists (or,
 * for {@link #RULE}, from the validator's rules) and shipped in this jar as a FHIR R4 CodeSystem resource:
 * the resource of {@code https://recoverykit.org/fhir/CodeSystem/life-domain} is
 * {@code org/recoverykit/fhir/codesystems/life-domain.json}.
 */
public final class FhirCodeSystems {
    /** The canonical base of RecoveryKit's own code systems and extensions. */
    public static final String RECOVERYKIT_BASE = "https://recoverykit.org/fhir";
    // The library's own code systems, under RECOVERYKIT_BASE.
    /** The life domains of {@code LifeDomain}, including those without an SDOH category. */
    public static final String LIFE_DOMAIN = RECOVERYKIT_BASE + "/CodeSystem/life-domain";
    /** The service functions of {@code ServiceFunction}. */
    public static final String SERVICE_FUNCTION = RECOVERYKIT_BASE + "/CodeSystem/service-function";
    /** The groups of service functions of {@code ServiceFunctionGroup}. */
    public static final String SERVICE_FUNCTION_GROUP = RECOVERYKIT_BASE + "/CodeSystem/service-function-group";
    /** The service models of {@code ServiceModel}. */
    public static final String SERVICE_MODEL = RECOVERYKIT_BASE + "/CodeSystem/service-model";
    /** The team roles of {@code TeamRole}. */
    public static final String TEAM_ROLE = RECOVERYKIT_BASE + "/CodeSystem/team-role";
    /** The contact modes of {@code ContactMode}. */
    public static final String CONTACT_MODE = RECOVERYKIT_BASE + "/CodeSystem/contact-mode";
    /** The settings of {@code Setting}. */
    public static final String SETTING = RECOVERYKIT_BASE + "/CodeSystem/setting";
    /** The risk categories of {@code RiskCategory}. */
    public static final String RISK_CATEGORY = RECOVERYKIT_BASE + "/CodeSystem/risk-category";
    /** The kinds of support of {@code SupportKind}. */
    public static final String SUPPORT_KIND = RECOVERYKIT_BASE + "/CodeSystem/support-kind";
    /** The kinds of referral of {@code ReferralKind}. */
    public static final String REFERRAL_KIND = RECOVERYKIT_BASE + "/CodeSystem/referral-kind";
    /** The closed-loop referral statuses of {@code ReferralStatus}, for {@code Task.businessStatus}. */
    public static final String REFERRAL_STATUS = RECOVERYKIT_BASE + "/CodeSystem/referral-status";
    /** The reasons for closing a referral's loop of {@code ReferralClosureReason}. */
    public static final String REFERRAL_CLOSURE_REASON = RECOVERYKIT_BASE + "/CodeSystem/referral-closure-reason";
    /** The phases of a service episode of {@code EpisodePhaseType}. */
    public static final String EPISODE_PHASE = RECOVERYKIT_BASE + "/CodeSystem/episode-phase";
    /** The outcomes of an outreach attempt of {@code OutreachOutcome}. */
    public static final String OUTREACH_OUTCOME = RECOVERYKIT_BASE + "/CodeSystem/outreach-outcome";
    /** What a discharge is from, of {@code DischargeKind}. */
    public static final String DISCHARGE_KIND = RECOVERYKIT_BASE + "/CodeSystem/discharge-kind";
    /** The reasons for discharge of {@code DischargeReason}. */
    public static final String DISCHARGE_REASON = RECOVERYKIT_BASE + "/CodeSystem/discharge-reason";
    /** The ways of agreeing to a plan of {@code AgreementMethod}. */
    public static final String AGREEMENT_METHOD = RECOVERYKIT_BASE + "/CodeSystem/agreement-method";
    /** The decisions about a plan version of {@code AgreementDecision}. */
    public static final String AGREEMENT_DECISION = RECOVERYKIT_BASE + "/CodeSystem/agreement-decision";
    /** The ids of the validator's rules: the built-in rules, the {@code FIELD-*} model constraints and {@code RK-UNREADABLE}. */
    public static final String RULE = RECOVERYKIT_BASE + "/CodeSystem/rule";
    /** Relationships of natural supporters to the person (a mapped v3-RoleCode coding is written beside it). */
    public static final String RELATIONSHIP_TYPE = RECOVERYKIT_BASE + "/CodeSystem/relationship-type";
    /** Whom a re-engagement attempt tries to reach. */
    public static final String RE_ENGAGEMENT_TARGET = RECOVERYKIT_BASE + "/CodeSystem/re-engagement-target";
    /** The system of the identifiers that carry the model's own ids. */
    public static final String ID = RECOVERYKIT_BASE + "/sid/id";

    // External code systems.
    /** SNOMED CT. */
    public static final String SNOMED = "http://snomed.info/sct";
    /** LOINC. */
    public static final String LOINC = "http://loinc.org";
    /** The Gravity Project's SDOH categories, as published by the SDOH Clinical Care IG. */
    public static final String SDOH_CATEGORY =
            "http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes";
    /** Goal lifecycle status. */
    public static final String GOAL_STATUS = "http://hl7.org/fhir/goal-status";
    /** Goal achievement status. */
    public static final String GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";
    /** Request status, as used by CarePlan and ServiceRequest. */
    public static final String REQUEST_STATUS = "http://hl7.org/fhir/request-status";
    /** Request intent, as used by CarePlan and ServiceRequest. */
    public static final String REQUEST_INTENT = "http://hl7.org/fhir/request-intent";
    /** HL7 v3 ActCode, the system of Encounter.class. */
    public static final String V3_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    /** Appointment status. */
    public static final String APPOINTMENT_STATUS = "http://hl7.org/fhir/appointmentstatus";

    /** Appointment cancellation reasons. */
    public static final String APPOINTMENT_CANCELLATION_REASON =
            "http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason";
    /** US Core's condition categories, whose {@code health-concern} R4's own code system lacks. */
    public static final String CONDITION_CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/condition-category";
    /** HL7 v3 RoleCode, for the relationships of related persons. */
    public static final String V3_ROLE_CODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";
    /** Goal priority. */
    public static final String GOAL_PRIORITY = "http://terminology.hl7.org/CodeSystem/goal-priority";
    /** Flag categories. */
    public static final String FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";
    /** Consent scopes. */
    public static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";
    /** Task codes, such as {@code fulfill}. */
    public static final String TASK_CODE = "http://hl7.org/fhir/CodeSystem/task-code";
    /** HCPCS Level II codes, the system of billing codes. */
    public static final String HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
    /** BCP-47 language tags. */
    public static final String BCP_47 = "urn:ietf:bcp:47";
    /** UCUM units. */
    public static final String UCUM = "http://unitsofmeasure.org";
    /** HL7's extension for whether a patient needs an interpreter. */
    public static final String INTERPRETER_REQUIRED =
            "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired";
    /** HL7's extension for the goals a request or event pertains to. */
    public static final String PERTAINS_TO_GOAL = "http://hl7.org/fhir/StructureDefinition/resource-pertainsToGoal";
    /** HL7's extension for why a value is absent. */
    public static final String DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

    private FhirCodeSystems() {}
}
