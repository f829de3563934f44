package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recoverykit.model.Attendance;
import org.recoverykit.model.ContactMode;
import org.recoverykit.model.DischargeKind;
import org.recoverykit.model.EpisodeStatus;
import org.recoverykit.model.Goal;
import org.recoverykit.model.GoalStatus;
import org.recoverykit.model.OutreachOutcome;
import org.recoverykit.model.PlanStatus;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.Referral;
import org.recoverykit.model.ReferralKind;
import org.recoverykit.model.ReferralStatus;
import org.recoverykit.model.Risk;
import org.recoverykit.model.RiskCategory;
import org.recoverykit.model.ServiceEpisode;
import org.recoverykit.model.ServiceModel;
import org.recoverykit.model.SupportKind;

/**
 * What the mappers' shared accessors report instead of passing over: a time cut from a date, codes of other systems,
 * property names, statuses and values the writer derives, further values where the model holds one.
 */
class ReadContextTest {
    @Test
    void theTimeOfADateTimeWhereTheModelKeepsADateIsReported() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "created": "2026-01-05T23:30:00-05:00" } } ] }
                """);

        assertThat(read.getRecord().getPlans())
                .singleElement()
                .extracting(RecoveryPlan::getCreatedOn)
                .isEqualTo(Optional.of(LocalDate.of(2026, 1, 5)));
        ReadChecks.assertThatSkipped(read)
                .contains("Bundle.entry[1].resource.created: a date-time of which the model keeps the date only");
    }

    @Test
    void aCodeOfASystemTheMappingDoesNotReadIsReportedNotDropped() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "goal": [ { "reference": "urn:uuid:g" } ],
                    "activity": [ { "reference": { "reference": "urn:uuid:s" } } ] } },
                  { "fullUrl": "urn:uuid:s", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "code": { "coding": [ { "system": "http://snomed.info/sct", "code": "385823001",
                      "display": "CANARY-7731" } ] } } },
                  { "fullUrl": "urn:uuid:g", "resource": { "resourceType": "Goal", "lifecycleStatus": "active",
                    "achievementStatus": { "coding": [ { "system": "http://snomed.info/sct", "code": "1" } ] },
                    "description": { "text": "CANARY-7731",
                      "coding": [ { "system": "http://loinc.org", "code": "2", "display": "CANARY-7731" } ] },
                    "subject": { "reference": "urn:uuid:a" } } } ] }
                """);

        assertThat(read.getRecord().getPlans().get(0).getGoals())
                .singleElement()
                .satisfies(goal -> {
                    assertThat(goal.getStatement()).hasValue("CANARY-7731");
                    assertThat(goal.getAchievement()).isEmpty();
                });
        assertThat(read.getRecord().getPlans().get(0).getInterventions())
                .singleElement()
                .satisfies(intervention ->
                        assertThat(intervention.getDescription()).hasValue("CANARY-7731"));
        ReadChecks.assertThatSkipped(read)
                .contains(
                        "Bundle.entry[2].resource.code.coding[0]: " + ReadContext.OTHER_SYSTEM,
                        "Bundle.entry[3].resource.achievementStatus.coding[0]: " + ReadContext.OTHER_SYSTEM,
                        "Bundle.entry[3].resource.description.coding[0]: " + ReadContext.OTHER_SYSTEM);
    }

    @Test
    void aPropertyNameThatNoFhirElementCouldHaveIsReportedWithoutTheName() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient",
                    "CANARY-7731": 1, "Canary7731": 2, "photo": [], "_implicitRules": {}, "_photo": [] } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "subject": { "reference": "urn:uuid:p" },
                    "activity": [ { "detail": { "status": "in-progress", "canary 7731": true } } ] } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "EpisodeOfCare", "status": "active",
                    "patient": { "reference": "urn:uuid:p" },
                    "statusHistory": [ { "status": "active", "period": { "start": "2026-01-01" },
                      "\u00e9canary7731": 1 } ] } } ] }
                """);

        ReadChecks.assertThatSkipped(read)
                .contains(
                        "Bundle.entry[0].resource: a property whose name is not a FHIR element name",
                        "Bundle.entry[0].resource.photo: no place in the model",
                        "Bundle.entry[0].resource._implicitRules: no place in the model",
                        "Bundle.entry[1].resource.activity[0].detail: a property whose name is not a FHIR element"
                                + " name",
                        "Bundle.entry[2].resource.statusHistory[0]: a property whose name is not a FHIR element name")
                .noneMatch(s -> s.contains("_photo")) // photo is an Attachment, not a primitive: it has no _photo
                .filteredOn(s -> s.startsWith("Bundle.entry[0].resource: a property"))
                .hasSize(1);
    }

    @Test
    void aPropertyNamedLikeAPersonIsReportedWithoutTheNameAndAnUnreadElementWithIt() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient", "maryJones": 1,
                    "maritalStatus": { "text": "CANARY-7731" } } } ] }
                """);

        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        "Bundle.entry[0].resource: a property whose name is not a FHIR element name",
                        "Bundle.entry[0].resource.maritalStatus: no place in the model");
        ReadChecks.withoutCanary(read);
        assertThat(read.getSkipped()).noneMatch(s -> s.toString().contains("maryJones"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"valueCodeableConcept", "_birthDate", "maritalStatus", "statusHistory", "resourceType"})
    void aNameThatR4JsonCanHaveIsAnElementName(String name) {
        assertThat(ReadContext.isElementName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_", "__a", "Patient", "1a", "a_b", "a-b", "a b", "\u00e9t\u00e9"})
    void aNameOfAnotherShapeIsNoElementName(String name) {
        assertThat(ReadContext.isElementName(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"maryJones", "janeDoe", "a1", "valueX", "value[x]", "_maritalStatus", "_photo"})
    void aNameOfFhirsShapeThatNoR4ElementHasIsNoElementName(String name) {
        assertThat(ReadContext.isElementName(name)).isFalse();
    }

    @Test
    void anElementNameIsOneOfR4sWhateverItsLength() {
        assertThat(ReadContext.isElementName("participantEffectiveTimeFromStart"))
                .isTrue();
        assertThat(ReadContext.isElementName("a".repeat(33))).isFalse();
    }

    @Test
    void aStatusOtherThanTheOneTheWriterGivesIsReportedAndAnEncounterWithoutOneToo() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:p" },
                    "category": [ { "coding": [ { "system": "https://recoverykit.org/fhir/CodeSystem/service-model",
                      "code": "community-support" } ] } ],
                    "activity": [ { "reference": { "reference": "urn:uuid:s" } } ],
                    "supportingInfo": [ { "reference": "urn:uuid:f" }, { "reference": "urn:uuid:r" } ] } },
                  { "fullUrl": "urn:uuid:s", "resource": { "resourceType": "ServiceRequest", "status": "revoked",
                    "intent": "plan", "code": { "text": "CANARY-7731" } } },
                  { "fullUrl": "urn:uuid:f", "resource": { "resourceType": "Flag", "status": "entered-in-error",
                    "code": { "text": "CANARY-7731" }, "subject": { "reference": "urn:uuid:p" } } },
                  { "fullUrl": "urn:uuid:r", "resource": { "resourceType": "Encounter", "status": "cancelled",
                    "period": { "start": "2026-02-01" } } },
                  { "fullUrl": "urn:uuid:k", "resource": { "resourceType": "Consent", "status": "rejected",
                    "patient": { "reference": "urn:uuid:p" }, "provision": { "type": "permit",
                      "data": [ { "meaning": "related", "reference": { "reference": "urn:uuid:c" } } ] } } },
                  { "fullUrl": "urn:uuid:n", "resource": { "resourceType": "Consent", "status": "entered-in-error",
                    "patient": { "reference": "urn:uuid:p" }, "provision": { "type": "permit",
                      "data": [ { "meaning": "related", "reference": { "reference": "urn:uuid:c" } } ] } } },
                  { "fullUrl": "urn:uuid:q", "resource": { "resourceType": "CommunicationRequest",
                    "status": "revoked", "subject": { "reference": "urn:uuid:p" } } },
                  { "fullUrl": "urn:uuid:d", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:p" },
                    "category": [ { "coding": [ { "system": "http://snomed.info/sct", "code": "736372004" } ] } ],
                    "activity": [ { "reference": { "reference": "urn:uuid:a" } },
                      { "reference": { "reference": "urn:uuid:v" } } ] } },
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Appointment", "status": "cancelled",
                    "description": "CANARY-7731", "requestedPeriod": [ { "start": "2026-03-01T10:00:00Z" } ] } },
                  { "fullUrl": "urn:uuid:v", "resource": { "resourceType": "ServiceRequest", "status": "completed",
                    "intent": "plan", "code": { "text": "CANARY-7731" } } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "Encounter",
                    "subject": { "reference": "urn:uuid:p" }, "period": { "start": "2026-03-02T10:00:00Z" },
                    "reasonCode": [ { "text": "CANARY-7731" } ] } } ] }
                """);

        RecoveryRecord record = read.getRecord();
        RecoveryPlan plan = record.getPlans().get(0);
        assertThat(plan.getInterventions()).hasSize(1);
        assertThat(plan.getRisks()).hasSize(1);
        assertThat(plan.getReviews()).hasSize(1);
        assertThat(plan.getAgreements()).hasSize(2);
        assertThat(record.getContactArrangements()).hasSize(1);
        assertThat(record.getDischargePlans().get(0).getFollowUpAppointments()).hasSize(1);
        assertThat(record.getDischargePlans().get(0).getContinuingServices()).hasSize(1);
        assertThat(record.getContacts())
                .singleElement()
                .satisfies(contact -> assertThat(contact.getAttendance()).isEqualTo(Attendance.ATTENDED));
        String derived = ".status: a value the model does not hold; it gives ";
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        "Bundle.entry[2].resource" + derived + "active",
                        "Bundle.entry[3].resource.code: no risk category; read as other",
                        "Bundle.entry[3].resource" + derived + "active",
                        "Bundle.entry[4].resource" + derived + "finished",
                        "Bundle.entry[5].resource" + derived + "active",
                        "Bundle.entry[6].resource" + derived + "active",
                        "Bundle.entry[9].resource" + derived + "proposed",
                        "Bundle.entry[10].resource" + derived + "active",
                        "Bundle.entry[7].resource" + derived + "active",
                        "Bundle.entry[11].resource.status: missing; read as attended");
    }

    @Test
    void aStatusThatGivesNoValueOfTheModelsIsReportedOnceWithWhatItIsReadAs() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "unknown",
                    "intent": "proposal", "subject": { "reference": "urn:uuid:a" },
                    "category": [ { "coding": [ { "system": "https://recoverykit.org/fhir/CodeSystem/service-model",
                      "code": "community-support" } ] } ],
                    "goal": [ { "reference": "urn:uuid:g" }, { "reference": "urn:uuid:h" } ] } },
                  { "fullUrl": "urn:uuid:g", "resource": { "resourceType": "Goal", "lifecycleStatus": "ongoing",
                    "description": { "text": "CANARY-7731" }, "subject": { "reference": "urn:uuid:a" } } },
                  { "fullUrl": "urn:uuid:h", "resource": { "resourceType": "Goal", "lifecycleStatus": 7,
                    "description": { "text": "CANARY-7731" }, "subject": { "reference": "urn:uuid:a" } } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "EpisodeOfCare", "status": "on-hold",
                    "patient": { "reference": "urn:uuid:a" },
                    "type": [ { "coding": [ { "system": "https://recoverykit.org/fhir/CodeSystem/service-model",
                      "code": "community-support" } ] } ] } },
                  { "fullUrl": "urn:uuid:f", "resource": { "resourceType": "EpisodeOfCare", "status": { "code": "x" },
                    "patient": { "reference": "urn:uuid:a" },
                    "type": [ { "coding": [ { "system": "https://recoverykit.org/fhir/CodeSystem/service-model",
                      "code": "community-support" } ] } ] } },
                  { "fullUrl": "urn:uuid:n", "resource": { "resourceType": "Encounter", "status": false,
                    "subject": { "reference": "urn:uuid:a" }, "period": { "start": "2026-03-01T10:00:00Z" } } },
                  { "fullUrl": "urn:uuid:r", "resource": { "resourceType": "ServiceRequest", "status": 1,
                    "intent": "order", "subject": { "reference": "urn:uuid:a" },
                    "category": [ { "coding": [ { "system": "http://snomed.info/sct", "code": "410606002" } ] } ]
                    } } ] }
                """);

        RecoveryRecord record = read.getRecord();
        assertThat(record.getPlans().get(0).getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(record.getPlans().get(0).getGoals())
                .extracting(Goal::getStatus)
                .containsExactly(GoalStatus.PROPOSED, GoalStatus.PROPOSED);
        assertThat(record.getEpisodes())
                .extracting(ServiceEpisode::getStatus)
                .containsExactly(EpisodeStatus.ACTIVE, EpisodeStatus.ACTIVE);
        assertThat(record.getContacts())
                .singleElement()
                .satisfies(contact -> assertThat(contact.getAttendance()).isEqualTo(Attendance.ATTENDED));
        assertThat(record.getReferrals())
                .singleElement()
                .satisfies(referral -> assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SENT));
        String unknown = ".status: a code the model has no equivalent for; read as ";
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        "Bundle.entry[1].resource" + unknown + "draft",
                        "Bundle.entry[2].resource.lifecycleStatus: a code the model has no equivalent for; read as"
                                + " proposed",
                        "Bundle.entry[3].resource.lifecycleStatus: not a string; read as proposed",
                        "Bundle.entry[7].resource.status: not a string; read as sent, as no Task gives the referral's"
                                + " status",
                        "Bundle.entry[4].resource" + unknown + "active",
                        "Bundle.entry[5].resource.status: not a string; read as active",
                        "Bundle.entry[6].resource.status: not a string; read as attended");
    }

    @Test
    void aStatusOrCodeTheWriterDerivesIsComparedWhereItWasPassedOver() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "category": [ { "coding": [ { "system": "BASE/CodeSystem/service-model",
                      "code": "community-support" } ] } ] } },
                  { "fullUrl": "urn:uuid:k", "resource": { "resourceType": "CarePlan", "status": "completed",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "partOf": [ { "reference": "urn:uuid:c" } ],
                    "category": [ { "coding": [ { "system": "http://snomed.info/sct", "code": "736253002" } ] } ] } },
                  { "fullUrl": "urn:uuid:d", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "extension": [ { "url": "BASE/StructureDefinition/actual-date", "valueDate": "2026-05-01" } ],
                    "category": [ { "coding": [ { "system": "http://snomed.info/sct", "code": "736372004" } ] } ] } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "EpisodeOfCare", "status": "active",
                    "patient": { "reference": "urn:uuid:a" },
                    "type": [ { "coding": [ { "system": "BASE/CodeSystem/service-model",
                      "code": "community-support" } ] } ],
                    "statusHistory": [ { "status": "finished", "period": { "start": "2026-01-01" },
                      "extension": [ { "url": "BASE/StructureDefinition/episode-phase",
                        "valueCoding": { "system": "BASE/CodeSystem/episode-phase", "code": "enablement" } } ] } ] } },
                  { "fullUrl": "urn:uuid:m", "resource": { "resourceType": "Communication", "status": "not-done",
                    "subject": { "reference": "urn:uuid:a" }, "sent": "2026-02-01",
                    "medium": [ { "coding": [ { "system": "BASE/CodeSystem/contact-mode", "code": "phone" } ] } ],
                    "statusReason": { "coding": [ { "system": "BASE/CodeSystem/outreach-outcome",
                      "code": "reached" } ] } } },
                  { "fullUrl": "urn:uuid:r", "resource": { "resourceType": "ServiceRequest", "status": "draft",
                    "intent": "order", "subject": { "reference": "urn:uuid:a" },
                    "category": [ { "coding": [ { "system": "http://snomed.info/sct", "code": "410606002" } ] } ]
                    } },
                  { "fullUrl": "urn:uuid:t", "resource": { "resourceType": "Task", "status": "cancelled",
                    "intent": "order", "focus": { "reference": "urn:uuid:r" }, "for": { "reference": "urn:uuid:a" },
                    "code": { "coding": [ { "system": "http://hl7.org/fhir/CodeSystem/task-code", "code": "fulfill" },
                      { "system": "http://example.org/tasks", "code": "CANARY-7731" } ] },
                    "businessStatus": { "coding": [ { "system": "BASE/CodeSystem/referral-status",
                      "code": "accepted" }, { "system": "http://example.org/states", "code": "CANARY-7731" } ] } } },
                  { "fullUrl": "urn:uuid:n", "resource": { "resourceType": "Consent", "status": "active",
                    "patient": { "reference": "urn:uuid:a" },
                    "scope": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/consentscope",
                      "code": "treatment" }, { "system": "http://example.org/scopes", "code": "CANARY-7731" } ] },
                    "provision": { "type": "permit",
                      "data": [ { "meaning": "related", "reference": { "reference": "urn:uuid:c" } } ] } } },
                  { "fullUrl": "urn:uuid:s", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "order", "subject": { "reference": "urn:uuid:a" },
                    "category": [ { "coding": [ { "system": "http://snomed.info/sct", "code": "410606002" } ] } ]
                    } },
                  { "fullUrl": "urn:uuid:u", "resource": { "resourceType": "Task", "status": "in-progress",
                    "intent": "order", "focus": { "reference": "urn:uuid:s" }, "for": { "reference": "urn:uuid:a" } }
                    } ] }
                """.replace("BASE", FhirCodeSystems.RECOVERYKIT_BASE));

        RecoveryRecord record = read.getRecord();
        assertThat(record.getPlans().get(0).getCrisisPlan()).isPresent();
        assertThat(record.getDischargePlans()).hasSize(1);
        assertThat(record.getEpisodes().get(0).getPhases()).hasSize(1);
        assertThat(record.getReEngagementAttempts())
                .singleElement()
                .satisfies(attempt -> assertThat(attempt.getOutcome()).isEqualTo(OutreachOutcome.REACHED));
        assertThat(record.getReferrals())
                .extracting(Referral::getStatus)
                .containsExactly(ReferralStatus.ACCEPTED, ReferralStatus.SENT);
        String derived = ": a value the model does not hold; it gives ";
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        "Bundle.entry[8].resource.scope.coding[1]: " + ReadContext.OTHER_SYSTEM,
                        "Bundle.entry[2].resource.status" + derived + "active",
                        "Bundle.entry[3].resource.status" + derived + "completed",
                        "Bundle.entry[7].resource.code.coding[1]: " + ReadContext.OTHER_SYSTEM,
                        "Bundle.entry[7].resource.businessStatus.coding[1]: " + ReadContext.OTHER_SYSTEM,
                        "Bundle.entry[7].resource.status" + derived + "accepted",
                        "Bundle.entry[6].resource.status" + derived + "active",
                        "Bundle.entry[10].resource.status: a code the model has no equivalent for",
                        "Bundle.entry[4].resource.statusHistory[0].status" + derived + "active",
                        "Bundle.entry[5].resource.status" + derived + "completed");
    }

    @Test
    void aCodingOrConceptBesideTheOnesTheWriterWritesIsReported() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient",
                    "communication": [ { "language": { "coding": [ { "system": "urn:ietf:bcp:47", "code": "en" },
                      { "system": "http://example.org/languages", "code": "CANARY-7731" } ] } } ] } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "category": [ { "coding": [ { "system": "BASE/CodeSystem/service-model",
                      "code": "community-support" } ] } ],
                    "supportingInfo": [ { "reference": "urn:uuid:f" } ] } },
                  { "fullUrl": "urn:uuid:k", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "partOf": [ { "reference": "urn:uuid:c" } ],
                    "category": [ { "coding": [ { "system": "http://snomed.info/sct", "code": "736253002" },
                        { "system": "http://loinc.org", "code": "1", "display": "CANARY-7731" } ] },
                      { "coding": [ { "system": "http://snomed.info/sct", "code": "718347000" } ] },
                      { "text": "CANARY-7731" } ] } },
                  { "fullUrl": "urn:uuid:f", "resource": { "resourceType": "Flag", "status": "active",
                    "subject": { "reference": "urn:uuid:a" },
                    "category": [ { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/flag-category",
                      "code": "safety" } ] } ],
                    "code": { "coding": [ { "system": "BASE/CodeSystem/risk-category", "code": "self-harm" } ] } } },
                  { "fullUrl": "urn:uuid:n", "resource": { "resourceType": "Consent", "status": "active",
                    "patient": { "reference": "urn:uuid:a" },
                    "extension": [ { "url": "BASE/StructureDefinition/agreement-method",
                      "valueCoding": { "system": "http://example.org/methods", "code": "CANARY-7731" } } ],
                    "category": [ { "coding": [ { "system": "http://loinc.org", "code": "59284-0" } ] },
                      { "coding": [ { "system": "http://loinc.org", "code": "64292-6" } ] } ],
                    "provision": { "type": "permit",
                      "data": [ { "meaning": "related", "reference": { "reference": "urn:uuid:c" } } ] } } },
                  { "fullUrl": "urn:uuid:h", "resource": { "resourceType": "Condition",
                    "subject": { "reference": "urn:uuid:a" },
                    "category": [ { "coding": [ { "system": "CONDITION", "code": "health-concern" } ] },
                      { "coding": [ { "system": "SDOH", "code": "food-insecurity" } ] } ],
                    "code": { "coding": [ { "system": "BASE/CodeSystem/life-domain", "code": "mental-health" },
                      { "system": "http://snomed.info/sct", "code": "2", "display": "CANARY-7731" } ] } } },
                  { "fullUrl": "urn:uuid:m", "resource": { "resourceType": "Communication", "status": "completed",
                    "subject": { "reference": "urn:uuid:a" }, "sent": "2026-02-01",
                    "medium": [ { "coding": [ { "system": "BASE/CodeSystem/contact-mode", "code": "phone" } ] } ],
                    "statusReason": { "coding": [ { "system": "BASE/CodeSystem/outreach-outcome", "code": "reached" },
                      { "system": "http://example.org/outcomes", "code": "CANARY-7731" } ] } } } ] }
                """.replace("BASE", FhirCodeSystems.RECOVERYKIT_BASE)
                .replace("CONDITION", FhirCodeSystems.CONDITION_CATEGORY)
                .replace("SDOH", FhirCodeSystems.SDOH_CATEGORY));

        RecoveryRecord record = read.getRecord();
        assertThat(record.getPerson().getLanguages()).hasSize(1);
        assertThat(record.getPlans().get(0).getCrisisPlan()).isPresent();
        assertThat(record.getPlans().get(0).getRisks()).hasSize(1);
        assertThat(record.getPlans().get(0).getAgreements())
                .singleElement()
                .satisfies(agreement -> assertThat(agreement.getMethod()).isEmpty());
        assertThat(record.getDomainAssessments()).hasSize(1);
        assertThat(record.getReEngagementAttempts()).hasSize(1);
        String derived = ": a value the model does not hold; it gives ";
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        "Bundle.entry[5].resource.code.coding[1]: " + ReadContext.OTHER_SYSTEM,
                        "Bundle.entry[5].resource.category[1].coding[0]" + derived + "stress",
                        "Bundle.entry[0].resource.communication[0].language.coding[1]: " + ReadContext.OTHER_SYSTEM,
                        "Bundle.entry[3].resource.category[0].coding[0]" + derived + "behavioral",
                        "Bundle.entry[4].resource.extension[0].valueCoding: " + ReadContext.OTHER_SYSTEM,
                        "Bundle.entry[4].resource.category[1].coding[0]" + derived + "59284-0",
                        "Bundle.entry[2].resource.category[0].coding[1]: " + ReadContext.OTHER_SYSTEM,
                        "Bundle.entry[2].resource.category[1].coding[0]" + derived + "736253002",
                        "Bundle.entry[2].resource.category[2]: " + ReadContext.NO_PLACE,
                        "Bundle.entry[6].resource.statusReason.coding[1]: " + ReadContext.OTHER_SYSTEM);
    }

    @Test
    void whatTheReadPassedOverInSilenceOrReplacedIsReported() throws Exception {
        String ext = FhirCodeSystems.RECOVERYKIT_BASE + "/StructureDefinition/";
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "category": [ { "coding": [ { "system": "https://recoverykit.org/fhir/CodeSystem/service-model",
                      "code": "community-support" } ] } ],
                    "period": { "start": "2026-01-01", "extension": [ { "url": "EXTx", "valueString": "CANARY-7731" } ] },
                    "careTeam": [ { "reference": "urn:uuid:t" } ], "goal": [ { "reference": "urn:uuid:g" } ],
                    "activity": [ { "reference": { "reference": "urn:uuid:s" } } ],
                    "supportingInfo": [ { "reference": "urn:uuid:r" } ] } },
                  { "fullUrl": "urn:uuid:t", "resource": { "resourceType": "CareTeam", "status": "active",
                    "subject": { "reference": "urn:uuid:a" },
                    "participant": [ { "member": { "reference": "urn:uuid:a" },
                      "onBehalfOf": { "reference": "Organization/o", "display": "CANARY-7731" } } ] } },
                  { "fullUrl": "urn:uuid:g", "resource": { "resourceType": "Goal", "lifecycleStatus": "active",
                    "description": { "text": "CANARY-7731" }, "subject": { "reference": "urn:uuid:a" },
                    "expressedBy": { "reference": "urn:uuid:p" } } },
                  { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "RelatedPerson",
                    "patient": { "reference": "urn:uuid:a" } } },
                  { "fullUrl": "urn:uuid:s", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" }, "code": { "text": "CANARY-7731" },
                    "occurrenceTiming": { "event": [ "2026-01-05" ], "repeat": { "frequency": 1, "period": 1,
                      "periodUnit": "wk", "dayOfWeek": [ "mon" ],
                      "boundsDuration": { "value": 3, "code": "mo", "system": "http://example.org/units" } } } } },
                  { "fullUrl": "urn:uuid:r", "resource": { "resourceType": "Encounter", "status": "finished",
                    "subject": { "reference": "urn:uuid:a" }, "period": { "start": "2026-02-01" },
                    "extension": [ { "url": "EXTgoal-progress", "extension": [
                      { "url": "note", "valueString": "CANARY-7731" } ] } ] } },
                  { "fullUrl": "urn:uuid:q", "resource": { "resourceType": "CommunicationRequest", "status": "active",
                    "subject": { "reference": "urn:uuid:a" },
                    "extension": [ { "url": "EXTfrequency", "valueTiming": { "repeat": { "frequency": 1, "period": 1,
                        "periodUnit": "wk", "when": [ "MORN" ] } } },
                      { "url": "EXTfrequency", "valueTiming": { "repeat": { "frequency": 2, "period": 1,
                        "periodUnit": "wk" } } } ] } },
                  { "fullUrl": "urn:uuid:f", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "order", "subject": { "reference": "urn:uuid:a" },
                    "category": [ { "coding": [ { "system": "http://snomed.info/sct", "code": "410606002" } ] } ],
                    "extension": [
                      { "url": "EXTpersons-choice", "extension": [ { "url": "inOwnWords", "valueString": "CANARY-7731" } ] },
                      { "url": "EXTpersons-choice", "extension": [ { "url": "inOwnWords", "valueString": "CANARY-7731" } ] }
                    ] } },
                  { "fullUrl": "urn:uuid:k", "resource": { "resourceType": "Task", "status": "requested",
                    "intent": "order", "focus": { "reference": "urn:uuid:f" }, "for": { "reference": "urn:uuid:a" },
                    "extension": [ { "url": "EXTstatus-update", "extension": [ { "url": "status",
                      "valueCoding": { "system": "https://recoverykit.org/fhir/CodeSystem/referral-status",
                        "code": "sent" } } ] } ] } },
                  { "fullUrl": "urn:uuid:m", "resource": { "resourceType": "Communication", "status": "completed",
                    "subject": { "reference": "urn:uuid:a" }, "sent": "2026-02-01",
                    "medium": [ { "coding": [ { "system": "https://recoverykit.org/fhir/CodeSystem/contact-mode",
                      "code": "phone" } ] } ],
                    "note": [ { "text": "CANARY-7731", "authorString": "CANARY-7731" } ] } },
                  { "fullUrl": "urn:uuid:x", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "partOf": [ { "reference": "urn:uuid:c" } ],
                    "category": [ { "coding": [ { "system": "http://snomed.info/sct", "code": "736253002" } ] } ],
                    "extension": [ { "url": "EXTcrisis-contact", "extension": [
                      { "url": "list", "valueCode": "CANARY-7731" }, { "url": "name", "valueString": "CANARY-7731" }
                    ] } ] } } ] }
                """.replace("EXT", ext));

        RecoveryRecord record = read.getRecord();
        RecoveryPlan plan = record.getPlans().get(0);
        assertThat(plan.getInterventions())
                .singleElement()
                .satisfies(
                        intervention -> assertThat(intervention.getDuration()).isEmpty());
        assertThat(plan.getReviews())
                .singleElement()
                .satisfies(review -> assertThat(review.getGoalProgress()).isEmpty());
        assertThat(plan.getCrisisPlan())
                .hasValueSatisfying(
                        crisis -> assertThat(crisis.getPeopleToAsk()).hasSize(1));
        assertThat(record.getContactArrangements())
                .singleElement()
                .satisfies(arrangement -> assertThat(arrangement.getFrequency())
                        .hasValueSatisfying(
                                frequency -> assertThat(frequency.getTimes()).isEqualTo(1)));
        assertThat(record.getReferrals())
                .singleElement()
                .satisfies(referral -> assertThat(referral.getStatusHistory()).isEmpty());
        String noPlace = ": " + ReadContext.NO_PLACE;
        String timing = "Bundle.entry[5].resource.occurrenceTiming";
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        "Bundle.entry[1].resource.period.extension" + noPlace,
                        "Bundle.entry[2].resource.participant[0].onBehalfOf.reference" + noPlace,
                        "Bundle.entry[3].resource.expressedBy: someone other than the record's Patient, whom the"
                                + " model has no place for",
                        timing + ".repeat.boundsDuration.system: " + ReadContext.OTHER_SYSTEM,
                        timing + ".repeat.dayOfWeek" + noPlace,
                        timing + ".event" + noPlace,
                        "Bundle.entry[6].resource.extension[0]: progress without the goal it is on",
                        "Bundle.entry[11].resource.extension[0].extension[0].valueCode: a code the model has no"
                                + " equivalent for; read as people-to-ask",
                        "Bundle.entry[8].resource.extension[1]: " + ExtensionReader.FURTHER,
                        "Bundle.entry[9].resource.extension[0]: a status update without both a status and a date"
                                + " of the model's",
                        "Bundle.entry[7].resource.extension[1]: " + ExtensionReader.FURTHER,
                        "Bundle.entry[7].resource.extension[0].valueTiming.repeat.when" + noPlace,
                        "Bundle.entry[10].resource.note[0].authorString" + noPlace);
    }

    @Test
    void anElementReadAsAValueOfTheModelsOwnIsReportedOnceWithWhatItIsReadAs() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "category": { "text": "CANARY-7731" },
                    "goal": [ { "reference": "urn:uuid:g" } ],
                    "activity": [ { "reference": { "reference": "urn:uuid:s" } },
                      { "reference": { "reference": "urn:uuid:i" } } ],
                    "supportingInfo": [ { "reference": "urn:uuid:f" }, { "reference": "urn:uuid:h" },
                      { "reference": "urn:uuid:r" } ] } },
                  { "fullUrl": "urn:uuid:g", "resource": { "resourceType": "Goal", "lifecycleStatus": "active",
                    "description": { "text": "CANARY-7731" }, "subject": { "reference": "urn:uuid:a" },
                    "category": [ { "coding": [ { "system": "BASE/CodeSystem/life-domain", "code": "no-such-domain" } ] } ]
                    } },
                  { "fullUrl": "urn:uuid:s", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" }, "code": { "text": "CANARY-7731" },
                    "occurrenceTiming": { "repeat": { "frequency": 0, "period": 1, "periodUnit": "wk" } } } },
                  { "fullUrl": "urn:uuid:i", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" }, "code": { "text": "CANARY-7731" },
                    "occurrenceTiming": { "repeat": { "period": 1, "periodUnit": "wk" } } } },
                  { "fullUrl": "urn:uuid:f", "resource": { "resourceType": "Flag", "status": "active",
                    "subject": { "reference": "urn:uuid:a" },
                    "code": { "coding": [ { "system": "BASE/CodeSystem/risk-category", "code": "no-such-risk" } ] } } },
                  { "fullUrl": "urn:uuid:h", "resource": { "resourceType": "Flag", "status": "active",
                    "subject": { "reference": "urn:uuid:a" }, "code": "CANARY-7731" } },
                  { "fullUrl": "urn:uuid:r", "resource": { "resourceType": "Encounter", "status": "finished",
                    "subject": { "reference": "urn:uuid:a" }, "period": "2026-02-01" } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "EpisodeOfCare", "status": "active",
                    "patient": { "reference": "urn:uuid:a" } } },
                  { "fullUrl": "urn:uuid:d", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "category": [ { "coding": [ { "system": "http://snomed.info/sct", "code": "736372004" } ] } ],
                    "activity": [ { "reference": { "reference": "urn:uuid:v" } } ] } },
                  { "fullUrl": "urn:uuid:v", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" }, "code": [ "CANARY-7731" ] } } ] }
                """.replace("BASE", FhirCodeSystems.RECOVERYKIT_BASE));

        RecoveryPlan plan = read.getRecord().getPlans().get(0);
        assertThat(plan.getServiceModel()).isEqualTo(ServiceModel.COMMUNITY_SUPPORT);
        assertThat(plan.getGoals().get(0).getLifeDomains()).isEmpty();
        assertThat(plan.getInterventions())
                .allSatisfy(i -> assertThat(i.getFrequency()).isEmpty());
        assertThat(plan.getRisks())
                .extracting(Risk::getCategory)
                .containsExactly(RiskCategory.OTHER, RiskCategory.OTHER);
        assertThat(plan.getReviews())
                .singleElement()
                .satisfies(review -> assertThat(review.getDate()).isEqualTo(LocalDate.EPOCH));
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        "Bundle.entry[1].resource.category: not an array; read as community-support",
                        "Bundle.entry[2].resource.category[0]: unknown code of " + FhirCodeSystems.LIFE_DOMAIN,
                        "Bundle.entry[3].resource.occurrenceTiming.repeat.frequency: not a positive whole number",
                        "Bundle.entry[4].resource.occurrenceTiming.repeat.frequency: a frequency the model has no"
                                + " equivalent for",
                        "Bundle.entry[5].resource.code: unknown code of " + FhirCodeSystems.RISK_CATEGORY
                                + "; read as other",
                        "Bundle.entry[6].resource.code: not an object; read as other",
                        "Bundle.entry[7].resource.period: not an object; read as 1970-01-01",
                        "Bundle.entry[10].resource.code: not an object; described as a continuing service",
                        "Bundle.entry[8].resource.type: no service model; read as community-support");
    }

    @Test
    void whatTheWriterNeverWritesIsReportedAndWhatItDerivesIsCheckedNotPassedOver() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:p" },
                    "category": [ { "coding": [ { "system": "https://recoverykit.org/fhir/CodeSystem/service-model",
                      "code": "community-support" } ] } ],
                    "activity": [ { "reference": { "reference": "urn:uuid:s" } },
                      { "reference": { "reference": "urn:uuid:u" } },
                      { "detail": { "kind": "ServiceRequest", "code": { "text": "CANARY-7731" } } } ],
                    "supportingInfo": [ { "reference": "urn:uuid:f" }, { "reference": "urn:uuid:r" } ] } },
                  { "fullUrl": "urn:uuid:s", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "plan", "code": { "text": "CANARY-7731" }, "authoredOn": "2026-01-01",
                    "performer": [ { "display": "CANARY-7731" } ], "occurrenceDateTime": "2026-01-02",
                    "category": [ { "text": "CANARY-7731" } ], "basedOn": [ { "reference": "urn:uuid:c" } ],
                    "locationCode": [ { "coding": [ { "system": "https://example.org/places", "code": "x" } ] },
                      { "text": "CANARY-7731" } ] } },
                  { "fullUrl": "urn:uuid:u", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "plan", "category": [ { "coding": [ {
                      "system": "https://recoverykit.org/fhir/CodeSystem/support-kind", "code": "natural" } ] } ],
                    "performerType": { "text": "CANARY-7731" }, "locationCode": [ { "text": "CANARY-7731" } ] } },
                  { "fullUrl": "urn:uuid:f", "resource": { "resourceType": "Flag", "status": "active",
                    "code": { "text": "CANARY-7731" }, "subject": { "reference": "urn:uuid:p" },
                    "period": { "start": "2026-01-01T10:00:00Z", "end": "2026-02-01" } } },
                  { "fullUrl": "urn:uuid:r", "resource": { "resourceType": "Encounter", "status": "finished",
                    "period": { "start": "2026-02-01T10:00:00Z", "end": "2026-02-01T11:00:00Z" } } },
                  { "fullUrl": "urn:uuid:k", "resource": { "resourceType": "Consent", "status": "active",
                    "scope": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/consentscope",
                      "code": "research" } ] },
                    "patient": { "reference": "urn:uuid:p" }, "sourceReference": { "reference": "urn:uuid:c" },
                    "provision": { "type": "permit", "period": { "start": "2026-01-01" },
                      "actor": [ { "role": { "text": "CANARY-7731" }, "reference": { "reference": "urn:uuid:p" } } ],
                      "data": [ { "meaning": "related", "reference": { "reference": "urn:uuid:c" } },
                        { "meaning": "related", "reference": { "reference": "urn:uuid:s" } } ] } } },
                  { "fullUrl": "urn:uuid:n", "resource": { "resourceType": "Consent", "status": "active",
                    "extension": [ { "url": "https://recoverykit.org/fhir/StructureDefinition/agreement-decision",
                      "valueCoding": { "system": "https://recoverykit.org/fhir/CodeSystem/agreement-decision",
                        "code": "agreed" } } ],
                    "patient": { "reference": "urn:uuid:p" },
                    "provision": { "type": "deny",
                      "data": [ { "meaning": "dependents", "reference": { "reference": "urn:uuid:c" } } ] } } },
                  { "fullUrl": "urn:uuid:m", "resource": { "resourceType": "Appointment", "status": "noshow",
                    "start": "2026-03-01T10:00:00Z", "end": "2026-03-01T11:00:00Z",
                    "participant": [ { "actor": { "reference": "urn:uuid:p" }, "status": "declined",
                      "required": "required" },
                      { "actor": { "reference": "Practitioner/dr", "display": "CANARY-7731" },
                        "status": "accepted" } ] } },
                  { "fullUrl": "http://example.org/fhir/Practitioner/dr", "resource": { "resourceType": "Practitioner",
                    "id": "dr" } },
                  { "fullUrl": "urn:uuid:d", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:p" },
                    "category": [ { "coding": [ { "system": "http://snomed.info/sct", "code": "736372004" } ] } ],
                    "activity": [ { "reference": { "reference": "urn:uuid:a" } } ] } },
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Appointment", "status": "proposed",
                    "requestedPeriod": [ { "start": "2026-04-01T10:00:00Z", "end": "2026-04-01T11:00:00Z" },
                      { "start": "2026-04-02T10:00:00Z" } ],
                    "participant": [ { "actor": { "reference": "urn:uuid:p" }, "status": "needs-action" },
                      { "actor": { "reference": "Practitioner/dr", "display": "CANARY-7731" },
                        "status": "needs-action" },
                      { "actor": { "display": "CANARY-7731" }, "status": "needs-action" },
                      { "actor": { "display": "CANARY-7731" }, "status": "needs-action" } ] } } ] }
                """);

        RecoveryRecord record = read.getRecord();
        RecoveryPlan plan = record.getPlans().get(0);
        assertThat(plan.getInterventions()).hasSize(2);
        assertThat(plan.getInterventions().get(0).getSetting()).isEmpty();
        assertThat(plan.getSupports()).hasSize(1);
        assertThat(plan.getRisks())
                .singleElement()
                .satisfies(risk -> assertThat(risk.getEvaluatedOn()).contains(java.time.LocalDate.parse("2026-01-01")));
        assertThat(plan.getReviews())
                .singleElement()
                .satisfies(review -> assertThat(review.getDate()).isEqualTo(java.time.LocalDate.parse("2026-02-01")));
        assertThat(plan.getAgreements()).hasSize(2);
        assertThat(record.getContacts()).hasSize(1);
        assertThat(record.getDischargePlans().get(0).getFollowUpAppointments())
                .singleElement()
                .satisfies(appointment -> assertThat(appointment.getWithWhom()).contains(ReadChecks.CANARY));
        String noPlace = ": no place in the model";
        String derived = ": a value the model does not hold; it gives ";
        String time = ": a date-time of which the model keeps the date only";
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        "Bundle.entry[2].resource.locationCode[0]: a code of a system the mapping does not read",
                        "Bundle.entry[2].resource.locationCode[1]: a further setting; the model holds one",
                        "Bundle.entry[2].resource.authoredOn" + noPlace,
                        "Bundle.entry[2].resource.performer" + noPlace,
                        "Bundle.entry[2].resource.occurrenceDateTime" + noPlace,
                        "Bundle.entry[2].resource.category" + noPlace,
                        "Bundle.entry[2].resource.basedOn" + noPlace,
                        "Bundle.entry[3].resource.performerType" + noPlace,
                        "Bundle.entry[3].resource.locationCode" + noPlace,
                        "Bundle.entry[1].resource.activity[2].detail.kind" + noPlace,
                        "Bundle.entry[4].resource.code: no risk category; read as other",
                        "Bundle.entry[4].resource.period.start" + time,
                        "Bundle.entry[4].resource.period.end" + noPlace,
                        "Bundle.entry[5].resource.period.start" + time,
                        "Bundle.entry[5].resource.period.end" + noPlace,
                        "Bundle.entry[6].resource.provision.data[1]" + noPlace,
                        "Bundle.entry[6].resource.provision.period" + noPlace,
                        "Bundle.entry[6].resource.provision.actor" + noPlace,
                        "Bundle.entry[6].resource.scope" + derived + "treatment",
                        "Bundle.entry[6].resource.sourceReference" + noPlace,
                        "Bundle.entry[7].resource.provision.type" + derived + "permit",
                        "Bundle.entry[7].resource.provision.data[0].meaning" + derived + "related",
                        "Bundle.entry[11].resource.requestedPeriod[0].end" + noPlace,
                        "Bundle.entry[11].resource.requestedPeriod[1]: a further period; the model holds one start",
                        "Bundle.entry[11].resource.participant[1]: a participant the model has no place for",
                        "Bundle.entry[11].resource.participant[3]: a further participant; the model holds one besides"
                                + " the person",
                        "Bundle.entry[8].resource.participant[0].status" + derived + "accepted",
                        "Bundle.entry[8].resource.participant[0].required" + noPlace,
                        "Bundle.entry[8].resource.participant[1]: a participant the model has no place for",
                        "Bundle.entry[9].resource: a resource the model has no place for (Practitioner)");
    }

    @Test
    void aFurtherValueWhereTheModelHoldsOneIsReported() throws Exception {
        String mode = "{ \"coding\": [ { \"system\": \"" + FhirCodeSystems.CONTACT_MODE + "\", \"code\": \"";
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "Encounter", "status": "finished",
                    "subject": { "reference": "urn:uuid:a" }, "period": { "start": "2026-03-01T10:00:00Z" },
                    "type": [ MODEphone" } ] }, MODEvideo" } ] }, { "text": "CANARY-7731" } ],
                    "episodeOfCare": [ { "reference": "urn:uuid:x" }, { "reference": "urn:uuid:y" } ] } },
                  { "fullUrl": "urn:uuid:x", "resource": { "resourceType": "EpisodeOfCare", "status": "active",
                    "patient": { "reference": "urn:uuid:a" } } },
                  { "fullUrl": "urn:uuid:y", "resource": { "resourceType": "EpisodeOfCare", "status": "active",
                    "patient": { "reference": "urn:uuid:a" } } } ] }
                """.replace("MODE", mode));

        assertThat(read.getRecord().getContacts()).singleElement().satisfies(contact -> {
            assertThat(contact.getMode()).hasValue(ContactMode.PHONE);
            assertThat(contact.getEpisodeId()).hasValue("x");
        });
        ReadChecks.assertThatSkipped(read)
                .contains(
                        "Bundle.entry[1].resource.type[1]: a further mode or setting; the model holds one of each",
                        "Bundle.entry[1].resource.type[2]: a type without a mode or setting of the model's",
                        "Bundle.entry[1].resource.episodeOfCare[1]: a further reference; the model holds one");
    }

    @Test
    void anObjectAfterAnItemThatIsNoObjectIsReportedAtItsOwnIndexInTheInput() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "category": [ { "coding": [ { "system": "https://recoverykit.org/fhir/CodeSystem/service-model",
                      "code": "community-support" } ] } ],
                    "replaces": [ "x", { "reference": "urn:uuid:gone" }, { "reference": "urn:uuid:gone" } ],
                    "careTeam": [ 1, { "reference": "urn:uuid:g" } ],
                    "goal": [ null, { "reference": "urn:uuid:g" } ],
                    "activity": [ "x", { "detail": { "kind": "ServiceRequest", "code": { "text": "CANARY-7731" } } } ],
                    "supportingInfo": [ true, { "reference": "urn:uuid:gone" } ] } },
                  { "fullUrl": "urn:uuid:g", "resource": { "resourceType": "Goal", "lifecycleStatus": "active",
                    "description": { "text": "CANARY-7731", "coding": [ "x", { "code": "CANARY-7731" } ] },
                    "category": [ "x", { "coding": [ "y", { "system": "http://loinc.org", "code": "1" } ] } ],
                    "target": [ "x", { "measure": { "coding": [ "x", { "display": 7 } ] }, "priority": 1 } ],
                    "subject": { "reference": "urn:uuid:a" } } } ] }
                """);

        RecoveryPlan plan = read.getRecord().getPlans().get(0);
        assertThat(plan.getInterventions())
                .singleElement()
                .satisfies(intervention -> assertThat(intervention.getId()).isEqualTo("c-activity-2"));
        assertThat(plan.getGoals().get(0).getObjectives())
                .singleElement()
                .satisfies(objective -> assertThat(objective.getId()).isEqualTo("g-target-2"));
        String c = "Bundle.entry[1].resource.";
        String g = "Bundle.entry[2].resource.";
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        c + "replaces[0]: not an object",
                        c + "replaces[2]: a further reference; the model holds one",
                        c + "replaces[1].reference: a reference to a resource that is not in the input",
                        c + "careTeam[0]: not an object",
                        c + "careTeam[1]: a reference to a resource that is not a CareTeam",
                        c + "goal[0]: not an object",
                        g + "category[0]: not an object",
                        g + "category[1]: a category in no life domain the model knows",
                        g + "category[1].coding[0]: not an object",
                        g + "category[1].coding[1]: " + ReadContext.OTHER_SYSTEM,
                        g + "description.coding[0]: not an object",
                        g + "description.coding[1]: " + ReadContext.OTHER_SYSTEM,
                        g + "target[0]: not an object",
                        g + "target[1].measure.coding[0]: not an object",
                        g + "target[1].measure.coding[1].display: not a string",
                        g + "target[1].measure.coding[1]: " + ReadContext.OTHER_SYSTEM,
                        g + "target[1].priority: no place in the model",
                        c + "activity[0]: not an object",
                        c + "activity[1].detail.kind: no place in the model",
                        c + "supportingInfo[0]: not an object",
                        c + "supportingInfo[1].reference: a reference to a resource that is not in the input");
    }

    @Test
    void theConceptsAndCodingsBesideACategoryOrTypeTheModelReadsAreReportedButNotTheKindTheWriterWrites()
            throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "category": [
                      { "coding": [ { "system": "http://snomed.info/sct", "code": "718347000",
                        "display": "Mental health care plan" },
                        { "system": "http://loinc.org", "code": "1", "display": "CANARY-7731" } ] },
                      { "coding": [ { "system": "MODEL", "code": "no-such-model" } ] },
                      { "coding": [ { "system": "MODEL", "code": "peer-support" },
                        { "system": "http://snomed.info/sct", "code": "2" } ], "text": "CANARY-7731" },
                      { "coding": [ { "system": "MODEL", "code": "community-support" } ] },
                      { "text": "CANARY-7731" } ],
                    "activity": [ { "reference": { "reference": "urn:uuid:s" } } ] } },
                  { "fullUrl": "urn:uuid:s", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "category": [ { "coding": [ { "system": "SUPPORT", "code": "natural" } ] },
                      { "coding": [ { "system": "SUPPORT", "code": "peer" } ] },
                      { "coding": [ { "system": "http://loinc.org", "code": "3" } ] } ] } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "EpisodeOfCare", "status": "active",
                    "patient": { "reference": "urn:uuid:a" },
                    "type": [ { "coding": [ { "system": "http://loinc.org", "code": "4" } ] },
                      { "coding": [ { "system": "MODEL", "code": "peer-support" } ] } ] } },
                  { "fullUrl": "urn:uuid:r", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "order", "subject": { "reference": "urn:uuid:a" },
                    "category": [ { "coding": [ { "system": "http://snomed.info/sct", "code": "410606002" } ] },
                      { "coding": [ { "system": "REFERRAL", "code": "peer-support" },
                        { "system": "http://snomed.info/sct", "code": "410606002" } ] },
                      { "coding": [ { "system": "REFERRAL", "code": "clinical-service" } ] } ] } },
                  { "fullUrl": "urn:uuid:d", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "category": [ { "coding": [ { "system": "http://snomed.info/sct", "code": "736372004" } ] },
                      { "coding": [ { "system": "DISCHARGE", "code": "from-hospital" } ] },
                      { "text": "CANARY-7731" } ] } } ] }
                """.replace("MODEL", FhirCodeSystems.SERVICE_MODEL)
                .replace("SUPPORT", FhirCodeSystems.SUPPORT_KIND)
                .replace("REFERRAL", FhirCodeSystems.REFERRAL_KIND)
                .replace("DISCHARGE", FhirCodeSystems.DISCHARGE_KIND));

        RecoveryRecord record = read.getRecord();
        assertThat(record.getPlans().get(0).getServiceModel()).isEqualTo(ServiceModel.PEER_SUPPORT);
        assertThat(record.getPlans().get(0).getSupports())
                .singleElement()
                .satisfies(support -> assertThat(support.getKind()).isEqualTo(SupportKind.NATURAL));
        assertThat(record.getEpisodes())
                .singleElement()
                .satisfies(episode -> assertThat(episode.getServiceModel()).isEqualTo(ServiceModel.PEER_SUPPORT));
        assertThat(record.getReferrals())
                .singleElement()
                .satisfies(referral -> assertThat(referral.getKind()).isEqualTo(ReferralKind.PEER_SUPPORT));
        assertThat(record.getDischargePlans())
                .singleElement()
                .satisfies(discharge -> assertThat(discharge.getKind()).isEqualTo(DischargeKind.FROM_HOSPITAL));
        String c = "Bundle.entry[1].resource.category[";
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        c + "0].coding[1]: " + ReadContext.OTHER_SYSTEM,
                        c + "1]: unknown code of " + FhirCodeSystems.SERVICE_MODEL,
                        c + "2].coding[1]: " + ReadContext.OTHER_SYSTEM,
                        c + "3]: " + ReadContext.FURTHER_CODE,
                        c + "4]: " + ReadContext.NO_PLACE,
                        "Bundle.entry[2].resource.category[1]: " + ReadContext.FURTHER_CODE,
                        "Bundle.entry[2].resource.category[2].coding[0]: " + ReadContext.OTHER_SYSTEM,
                        "Bundle.entry[5].resource.category[2]: " + ReadContext.NO_PLACE,
                        "Bundle.entry[4].resource.category[2]: " + ReadContext.FURTHER_CODE,
                        "Bundle.entry[3].resource.type[0].coding[0]: " + ReadContext.OTHER_SYSTEM);
    }

    @Test
    void aTextThatIsNoDateTimeWhereTheModelKeepsADateIsReportedAsSuch() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" }, "created": "2026-01-05T24:00:00Z",
                    "period": { "start": "2026-01-05T10:00", "end": "2026-02-30" } } } ] }
                """);

        assertThat(read.getRecord().getPlans()).singleElement().satisfies(plan -> {
            assertThat(plan.getCreatedOn()).isEmpty();
            assertThat(plan.getPeriod()).isEmpty();
        });
        ReadChecks.assertThatSkipped(read)
                .contains(
                        "Bundle.entry[1].resource.created: not a date-time with an offset",
                        "Bundle.entry[1].resource.period.start: not a date-time with an offset",
                        "Bundle.entry[1].resource.period.end: not a full date");
    }
}
