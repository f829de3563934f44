package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverykit.model.InvariantViolationException;
import org.recoverykit.model.PlanStatus;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;

/** What a read takes into the record: one Patient's resources, each once. */
class RecordReaderTest {
    @Test
    void theResourcesOfAnotherPatientAreReportedNotTakenIntoTheRecord() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "searchset", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient", "id": "a" } },
                  { "fullUrl": "urn:uuid:b", "resource": { "resourceType": "Patient", "id": "b" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:b" },
                    "goal": [ { "reference": "urn:uuid:g" } ] } },
                  { "fullUrl": "urn:uuid:g", "resource": { "resourceType": "Goal", "lifecycleStatus": "active",
                    "description": { "text": "CANARY-7731" }, "subject": { "reference": "Patient/b" } } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "Encounter", "status": "finished",
                    "subject": { "reference": "Patient/elsewhere" },
                    "period": { "start": "2026-01-01T10:00:00Z" } } },
                  { "fullUrl": "urn:uuid:m", "resource": { "resourceType": "Appointment", "status": "noshow",
                    "start": "2026-01-02T10:00:00Z", "end": "2026-01-02T11:00:00Z",
                    "participant": [ { "actor": { "reference": "Patient/b" }, "status": "declined" } ] } },
                  { "fullUrl": "urn:uuid:r", "resource": { "resourceType": "RelatedPerson",
                    "patient": { "reference": "http://example.org/fhir/Patient/b" } } },
                  { "fullUrl": "urn:uuid:x", "resource": { "resourceType": "Encounter", "status": "finished",
                    "subject": { "reference": "Patient/a" },
                    "participant": [ { "individual": { "reference": "urn:uuid:b" } } ],
                    "period": { "start": "2026-01-03T10:00:00Z" } } } ] }
                """);

        RecoveryRecord record = read.getRecord();
        assertThat(record.getId()).isEqualTo("a");
        assertThat(record.getPlans()).isEmpty();
        assertThat(record.getPerson().getNaturalSupports()).isEmpty();
        assertThat(record.getContacts()).extracting(contact -> contact.getId()).containsExactly("x");
        ReadChecks.assertThatSkipped(read)
                .startsWith(
                        "Bundle.entry[1].resource: another Patient; a record is one person's",
                        "Bundle.entry[2].resource: a resource of another Patient than the record's",
                        "Bundle.entry[3].resource: a resource of another Patient than the record's",
                        "Bundle.entry[4].resource: a resource of another Patient than the record's",
                        "Bundle.entry[5].resource: a resource of another Patient than the record's",
                        "Bundle.entry[6].resource: a resource of another Patient than the record's")
                .noneMatch(s -> s.startsWith("Bundle.entry[7].resource:"));
    }

    @Test
    void aReferenceFromTheRecordToAnotherPatientsResourceIsReportedNotFollowed() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "goal": [ { "reference": "urn:uuid:g" } ],
                    "supportingInfo": [ { "reference": "urn:uuid:f" } ] } },
                  { "fullUrl": "urn:uuid:g", "resource": { "resourceType": "Goal", "lifecycleStatus": "active",
                    "description": { "text": "CANARY-7731" }, "subject": { "reference": "Patient/b" } } },
                  { "fullUrl": "urn:uuid:f", "resource": { "resourceType": "Flag", "status": "active",
                    "code": { "text": "CANARY-7731" }, "subject": { "reference": "Patient/b" } } } ] }
                """);

        assertThat(read.getRecord().getPlans()).singleElement().satisfies(plan -> {
            assertThat(plan.getGoals()).isEmpty();
            assertThat(plan.getRisks()).isEmpty();
        });
        ReadChecks.assertThatSkipped(read)
                .contains(
                        "Bundle.entry[2].resource: a resource of another Patient than the record's",
                        "Bundle.entry[3].resource: a resource of another Patient than the record's",
                        "Bundle.entry[1].resource.goal[0].reference: a reference to another Patient's resource");
    }

    @Test
    void aResourceThatTwoPlacesOfTheRecordReferenceIsReadIntoTheFirstOnly() throws Exception {
        String crisisCategory = "\"category\": [ { \"coding\": [ { \"system\": \"http://snomed.info/sct\","
                + " \"code\": \"" + CrisisPlanMapper.MENTAL_HEALTH_CRISIS_PLAN + "\" } ] } ]";
        String dischargeCategory = "\"category\": [ { \"coding\": [ { \"system\": \"http://snomed.info/sct\","
                + " \"code\": \"" + DischargePlanMapper.DISCHARGE_CARE_PLAN + "\" } ] } ]";
        FhirReadResult read =
                ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:p1", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "goal": [ { "reference": "urn:uuid:g" } ],
                    "activity": [ { "reference": { "reference": "urn:uuid:s" } } ] } },
                  { "fullUrl": "urn:uuid:p2", "resource": { "resourceType": "CarePlan", "status": "draft",
                    "intent": "proposal", "subject": { "reference": "urn:uuid:a" },
                    "goal": [ { "reference": "urn:uuid:g" } ] } },
                  { "fullUrl": "urn:uuid:g", "resource": { "resourceType": "Goal", "lifecycleStatus": "active",
                    "description": { "text": "CANARY-7731" }, "subject": { "reference": "urn:uuid:a" } } },
                  { "fullUrl": "urn:uuid:s", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" } } },
                  { "fullUrl": "urn:uuid:k", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" }, CRISIS,
                    "partOf": [ { "reference": "urn:uuid:p1" }, { "reference": "urn:uuid:p2" } ] } },
                  { "fullUrl": "urn:uuid:d", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" }, DISCHARGE,
                    "activity": [ { "reference": { "reference": "urn:uuid:s" } } ] } } ] }
                """.replace("CRISIS", crisisCategory).replace("DISCHARGE", dischargeCategory));

        List<RecoveryPlan> plans = read.getRecord().getPlans();
        assertThat(plans).hasSize(2);
        assertThat(plans.get(0).getGoals()).hasSize(1);
        assertThat(plans.get(0).getInterventions()).hasSize(1);
        assertThat(plans.get(0).getCrisisPlan()).isPresent();
        assertThat(plans.get(1).getGoals()).isEmpty();
        assertThat(plans.get(1).getCrisisPlan()).isEmpty();
        assertThat(read.getRecord().getDischargePlans())
                .singleElement()
                .satisfies(discharge ->
                        assertThat(discharge.getContinuingServices()).isEmpty());
        ReadChecks.assertThatSkipped(read)
                .contains(
                        "Bundle.entry[5].resource.partOf: " + ReadContext.READ_ELSEWHERE,
                        "Bundle.entry[2].resource.goal[0]: " + ReadContext.READ_ELSEWHERE,
                        "Bundle.entry[6].resource.activity[0].reference: " + ReadContext.READ_ELSEWHERE);
    }

    @Test
    void aResourceThatRepeatsAnEarlierEntrysIsReadOnceAndTheRepeatReported() throws Exception {
        FhirReadResult history = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "history", "entry": [
                  { "fullUrl": "http://example.org/fhir/Patient/a", "resource": { "resourceType": "Patient",
                    "id": "a" } },
                  { "fullUrl": "http://example.org/fhir/CarePlan/c", "resource": { "resourceType": "CarePlan",
                    "id": "c", "meta": { "versionId": "2" }, "status": "active", "intent": "plan",
                    "subject": { "reference": "Patient/a" } } },
                  { "fullUrl": "http://example.org/fhir/CarePlan/c", "resource": { "resourceType": "CarePlan",
                    "id": "c", "meta": { "versionId": "1" }, "status": "draft", "intent": "plan",
                    "subject": { "reference": "Patient/a" } } } ] }
                """);
        FhirReadResult copies = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "resource": { "resourceType": "Goal", "id": "g", "lifecycleStatus": "active",
                    "description": { "text": "work again" }, "subject": { "reference": "urn:uuid:a" } } },
                  { "resource": { "resourceType": "Goal", "id": "g", "lifecycleStatus": "active",
                    "description": { "text": "work again" }, "subject": { "reference": "urn:uuid:a" } } },
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } } ] }
                """);

        assertThat(history.getRecord().getPlans())
                .singleElement()
                .extracting(RecoveryPlan::getStatus)
                .isEqualTo(PlanStatus.ACTIVE);
        ReadChecks.assertThatSkipped(history)
                .contains("Bundle.entry[2].resource: " + ResourceIndex.REPEAT)
                .noneMatch(s -> s.startsWith("Bundle.entry[2].resource."));
        ReadChecks.assertThatSkipped(copies)
                .startsWith(
                        "Bundle.entry[2].resource: " + ResourceIndex.REPEAT,
                        "Bundle.entry[3].resource: " + ResourceIndex.REPEAT);
    }

    @Test
    void theRuleThatABuilderRefusedIsNamedInTheLibrarysException() {
        UnreadableFhirException e =
                RecordReader.refused(new InvariantViolationException("Contact.end must not be before Contact.start"));

        assertThat(e.getFhirPath()).isEmpty();
        assertThat(e.getProblem())
                .isEqualTo("a value the model's rules refuse: Contact.end must not be before Contact.start");
    }

    @Test
    void aSubjectThatDoesNotNameTheRecordsPatientIsReportedWhereTheResourceIsRead() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "Encounter", "status": "finished",
                    "subject": { "identifier": { "system": "http://example.org/mrn", "value": "CANARY-7731" } },
                    "period": { "start": "2026-03-01T10:00:00Z" } } },
                  { "fullUrl": "urn:uuid:f", "resource": { "resourceType": "Encounter", "status": "finished",
                    "subject": { "reference": "urn:uuid:nowhere" }, "period": { "start": "2026-03-02T10:00:00Z" } } },
                  { "fullUrl": "urn:uuid:g", "resource": { "resourceType": "Encounter", "status": "finished",
                    "subject": { "reference": "urn:uuid:a" }, "period": { "start": "2026-03-03T10:00:00Z" } } } ] }
                """);

        assertThat(read.getRecord().getContacts()).hasSize(3);
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        "Bundle.entry[1].resource.subject: not the record's Patient in the input; read as the record's",
                        "Bundle.entry[2].resource.subject: not the record's Patient in the input; read as the record's");
    }

    @Test
    void anIdentifierOfAnotherSystemIsReportedWhereTheModelKeepsItsOwnId() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient",
                    "identifier": [ { "system": "http://example.org/mrn", "value": "CANARY-7731" } ] } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "Encounter", "status": "finished",
                    "identifier": [ { "system": "https://recoverykit.org/fhir/sid/id", "value": "c-1" },
                                    { "system": "http://example.org/visits", "value": "CANARY-7731" } ],
                    "subject": { "reference": "urn:uuid:a" }, "period": { "start": "2026-03-01T10:00:00Z" } } } ] }
                """);

        assertThat(read.getRecord().getPerson().getIdentifiers()).hasSize(1);
        assertThat(read.getRecord().getContacts())
                .singleElement()
                .extracting(c -> c.getId())
                .isEqualTo("c-1");
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        "Bundle.entry[1].resource.identifier[1]: an identifier of another system; the model keeps its"
                                + " own id only");
    }
}
