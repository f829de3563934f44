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

    private FhirCodeSystems() {}
}
