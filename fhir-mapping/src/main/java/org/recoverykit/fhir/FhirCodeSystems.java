package org.recoverykit.fhir;

/**
 * The canonical URIs of the external FHIR code systems that the mapping writes and reads.
 *
 * <p>These are the exact system URIs that FHIR R4 validators expect; the library's own concepts live in
 * code systems under {@link #RECOVERYKIT_BASE}.
 */
public final class FhirCodeSystems {
    /** The canonical base of RecoveryKit's own code systems and extensions. */
    public static final String RECOVERYKIT_BASE = "https://recoverykit.org/fhir";
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
