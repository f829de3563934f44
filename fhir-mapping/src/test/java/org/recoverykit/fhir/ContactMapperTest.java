package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.recoverykit.model.Attendance;
import org.recoverykit.model.Contact;

class ContactMapperTest {
    @Test
    void anEncountersFirstReasonIsTheNeedAndFurtherReasonsOrReasonsWithoutTextAreReported()
            throws UnreadableFhirException {
        FhirReadResult read = FhirMapping.defaults().read("""
                {
                  "resourceType": "Bundle",
                  "type": "collection",
                  "entry": [
                    { "fullUrl": "urn:uuid:3d9c1a52-8b1e-4f0a-9c7d-000000000001",
                      "resource": { "resourceType": "Patient" } },
                    { "fullUrl": "urn:uuid:3d9c1a52-8b1e-4f0a-9c7d-000000000002",
                      "resource": {
                        "resourceType": "Encounter",
                        "status": "finished",
                        "class": { "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB" },
                        "subject": { "reference": "urn:uuid:3d9c1a52-8b1e-4f0a-9c7d-000000000001" },
                        "period": { "start": "2026-03-02T10:00:00+00:00" },
                        "reasonCode": [
                          { "coding": [ { "system": "http://snomed.info/sct", "code": "160734000" } ] },
                          { "text": "help with a housing application" },
                          { "coding": [ { "system": "http://snomed.info/sct", "code": "73438004", "display": "Unemployed" } ] }
                        ]
                      } }
                  ]
                }
                """);

        assertThat(read.getRecord().getContacts())
                .singleElement()
                .satisfies(c -> assertThat(c.getNeed()).contains("help with a housing application"));
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        "Bundle.entry[1].resource.reasonCode[0]: a reason without a text or display",
                        "Bundle.entry[1].resource.reasonCode[2]: a further reason; the model holds one need");
    }

    @Test
    void anItemAfterOneThatIsNoObjectIsReportedAtItsOwnIndexInTheInput() throws Exception {
        String mode = "{ \"coding\": [ { \"system\": \"" + FhirCodeSystems.CONTACT_MODE + "\", \"code\": \"";
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "Encounter", "status": "finished",
                    "subject": { "reference": "urn:uuid:a" }, "period": { "start": "2026-03-01T10:00:00Z" },
                    "type": [ "x", MODEphone" } ] }, MODEvideo" } ] } ],
                    "reasonCode": [ "x", { "text": "CANARY-7731" }, { "text": "CANARY-7731" } ],
                    "basedOn": [ "x", { "reference": "urn:uuid:gone" } ] } },
                  { "fullUrl": "urn:uuid:m", "resource": { "resourceType": "Appointment", "status": "noshow",
                    "start": "2026-03-02T10:00:00Z", "end": "2026-03-02T11:00:00Z",
                    "participant": [ "x", { "actor": { "reference": "urn:uuid:a" }, "status": "accepted" },
                      { "actor": { "display": "CANARY-7731" }, "status": "accepted" } ] } } ] }
                """.replace("MODE", mode));

        assertThat(read.getRecord().getContacts()).hasSize(2);
        String e = "Bundle.entry[1].resource.";
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        e + "type[0]: not an object",
                        e + "type[2]: a further mode or setting; the model holds one of each",
                        e + "reasonCode[0]: not an object",
                        e + "reasonCode[2]: a further reason; the model holds one need",
                        e + "basedOn[0]: not an object",
                        e + "basedOn[1].reference: a reference to a resource that is not in the input",
                        "Bundle.entry[2].resource.participant[0]: not an object",
                        "Bundle.entry[2].resource.participant[2]: a participant the model has no place for");
    }

    @Test
    void aCodingBesideTheNeedsTextOrBesideDidNotAttendIsReported() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "Encounter", "status": "finished",
                    "subject": { "reference": "urn:uuid:a" }, "period": { "start": "2026-03-01T10:00:00Z" },
                    "reasonCode": [ { "text": "CANARY-7731",
                      "coding": [ { "system": "http://snomed.info/sct", "code": "73438004", "display": "CANARY-7731" } ]
                    } ] } },
                  { "fullUrl": "urn:uuid:m", "resource": { "resourceType": "Appointment", "status": "noshow",
                    "start": "2026-03-02T10:00:00Z", "end": "2026-03-02T11:00:00Z",
                    "reasonCode": [ { "coding": [
                      { "system": "http://snomed.info/sct", "code": "281399006", "display": "Did not attend" },
                      { "system": "http://example.org/reasons", "code": "CANARY-7731" } ] } ],
                    "participant": [ { "actor": { "reference": "urn:uuid:a" }, "status": "accepted" } ] } } ] }
                """);

        assertThat(read.getRecord().getContacts())
                .extracting(Contact::getAttendance)
                .containsExactly(Attendance.ATTENDED, Attendance.MISSED);
        assertThat(read.getRecord().getContacts().get(0).getNeed()).contains(ReadChecks.CANARY);
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        "Bundle.entry[1].resource.reasonCode[0].coding[0]: " + ReadContext.OTHER_SYSTEM,
                        "Bundle.entry[2].resource.reasonCode[0].coding[1]: " + ReadContext.OTHER_SYSTEM);
    }

    @Test
    void aContactThatEndsBeforeItStartsIsReadWithoutItsEnd() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "Encounter", "status": "finished",
                    "subject": { "reference": "urn:uuid:a" },
                    "period": { "start": "2026-07-08T14:00:00-07:00", "end": "2026-07-08" } } },
                  { "fullUrl": "urn:uuid:m", "resource": { "resourceType": "Appointment", "status": "noshow",
                    "participant": [ { "actor": { "reference": "urn:uuid:a" }, "status": "declined" } ],
                    "start": "2026-07-09T10:00:00Z", "end": "2026-07-09T09:00:00Z" } } ] }
                """);

        assertThat(read.getRecord().getContacts())
                .hasSize(2)
                .allSatisfy(contact -> assertThat(contact.getEnd()).isEmpty());
        ReadChecks.assertThatSkipped(read)
                .contains(
                        "Bundle.entry[1].resource.period.end: a date without a time; read as midnight UTC",
                        "Bundle.entry[1].resource.period.end: an end before the start",
                        "Bundle.entry[2].resource.end: an end before the start");
    }

    @Test
    void aCancellationWithoutAReasonIsReportedWhereItIsReadAsTheServices() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:m", "resource": { "resourceType": "Appointment", "status": "cancelled",
                    "start": "2026-07-09T10:00:00Z",
                    "participant": [ { "actor": { "reference": "urn:uuid:a" }, "status": "accepted" } ] } } ] }
                """);

        assertThat(read.getRecord().getContacts())
                .singleElement()
                .extracting(contact -> contact.getAttendance())
                .isEqualTo(Attendance.CANCELLED_BY_SERVICE);
        ReadChecks.assertThatSkipped(read)
                .containsExactly("Bundle.entry[1].resource.status: a cancellation without a reason; read as cancelled"
                        + " by the service");
    }

    @Test
    void aCancellationReasonIsByThePersonForPatAndItsChildrenAndAnyOtherThanPatOrProvIsReported() throws Exception {
        String reasons = "http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason";
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Appointment", "status": "cancelled",
                    "cancelationReason": { "coding": [ { "system": "REASONS", "code": "pat-crs" } ] },
                    "start": "2026-01-01T10:00:00Z", "end": "2026-01-01T11:00:00Z" } },
                  { "fullUrl": "urn:uuid:b", "resource": { "resourceType": "Appointment", "status": "cancelled",
                    "cancelationReason": { "coding": [ { "system": "REASONS", "code": "pat" } ] },
                    "start": "2026-01-02T10:00:00Z", "end": "2026-01-02T11:00:00Z" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "Appointment", "status": "cancelled",
                    "cancelationReason": { "text": "CANARY-7731" },
                    "start": "2026-01-03T10:00:00Z", "end": "2026-01-03T11:00:00Z" } },
                  { "fullUrl": "urn:uuid:d", "resource": { "resourceType": "Appointment", "status": "cancelled",
                    "cancelationReason": { "coding": [ { "system": "https://example.org/reasons",
                      "code": "CANARY-7731" } ] },
                    "start": "2026-01-04T10:00:00Z", "end": "2026-01-04T11:00:00Z" } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "Appointment", "status": "cancelled",
                    "cancelationReason": { "coding": [ { "system": "REASONS", "code": "prov-dch" } ] },
                    "start": "2026-01-05T10:00:00Z", "end": "2026-01-05T11:00:00Z" } },
                  { "fullUrl": "urn:uuid:f", "resource": { "resourceType": "Appointment", "status": "noshow",
                    "cancelationReason": { "text": "CANARY-7731" },
                    "start": "2026-01-06T10:00:00Z", "end": "2026-01-06T11:00:00Z" } } ] }
                """.replace("REASONS", reasons));

        assertThat(read.getRecord().getContacts())
                .extracting(Contact::getAttendance)
                .containsExactly(
                        Attendance.CANCELLED_BY_PERSON,
                        Attendance.CANCELLED_BY_PERSON,
                        Attendance.CANCELLED_BY_SERVICE,
                        Attendance.CANCELLED_BY_SERVICE,
                        Attendance.CANCELLED_BY_SERVICE,
                        Attendance.MISSED);
        String derived = ".cancelationReason: a value the model does not hold; it gives ";
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        "Bundle.entry[1].resource" + derived + "pat",
                        "Bundle.entry[3].resource" + derived + "prov",
                        "Bundle.entry[4].resource" + derived + "prov",
                        "Bundle.entry[5].resource" + derived + "prov",
                        "Bundle.entry[6].resource.cancelationReason: no place in the model");
    }

    @Test
    void aCancelledEncounterAndAnEndSaidNotToBeRecordedAreReported() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "Encounter", "status": "cancelled",
                    "subject": { "reference": "urn:uuid:a" },
                    "extension": [ { "url": "BASEend-not-recorded", "valueBoolean": true } ],
                    "period": { "start": "2026-03-01T10:00:00Z", "end": "2026-03-01T11:00:00Z" } } } ] }
                """.replace("BASE", FhirExtension.BASE));

        assertThat(read.getRecord().getContacts()).singleElement().satisfies(contact -> {
            assertThat(contact.getAttendance()).isEqualTo(Attendance.CANCELLED_BY_SERVICE);
            assertThat(contact.getEnd()).isEmpty();
        });
        ReadChecks.assertThatSkipped(read)
                .contains(
                        "Bundle.entry[1].resource.status: a cancelled encounter, which says not by whom; read as"
                                + " cancelled by the service",
                        "Bundle.entry[1].resource.period.end: an end that the input says was not recorded");
    }

    @Test
    void aLeapSecondOrAFractionFinerThanNanosecondsIsReadChangedAndReportedAsSuch() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "Encounter", "status": "finished",
                    "subject": { "reference": "urn:uuid:a" },
                    "period": { "start": "2026-07-08T14:00:00.1234567891234-07:00", "end": "2026-12-31T23:59:60Z" } } },
                  { "fullUrl": "urn:uuid:m", "resource": { "resourceType": "Appointment", "status": "noshow",
                    "participant": [ { "actor": { "reference": "urn:uuid:a" }, "status": "accepted" } ],
                    "start": "2026-12-31T23:59:60Z", "end": "2026-12-31T23:59:60.5Z" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "supportingInfo": [ { "reference": "urn:uuid:r" } ] } },
                  { "fullUrl": "urn:uuid:r", "resource": { "resourceType": "Encounter", "status": "finished",
                    "class": { "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB" },
                    "subject": { "reference": "urn:uuid:a" }, "period": { "start": "2026-12-31T23:59:60Z" } } } ] }
                """);

        assertThat(read.getRecord().getContacts())
                .extracting(Contact::getStart, c -> c.getEnd().orElseThrow())
                .containsExactly(
                        tuple(
                                OffsetDateTime.parse("2026-07-08T14:00:00.123456789-07:00"),
                                OffsetDateTime.parse("2026-12-31T23:59:59.999999999Z")),
                        tuple(
                                OffsetDateTime.parse("2026-12-31T23:59:59.999999999Z"),
                                OffsetDateTime.parse("2026-12-31T23:59:59.999999999Z")));
        assertThat(read.getRecord().getPlans().get(0).getReviews())
                .singleElement()
                .satisfies(review -> assertThat(review.getDate()).isEqualTo(LocalDate.parse("2026-12-31")));
        ReadChecks.assertThatSkipped(read)
                .contains(
                        "Bundle.entry[1].resource.period.start: " + ReadContext.FINER,
                        "Bundle.entry[1].resource.period.end: " + ReadContext.LEAP,
                        "Bundle.entry[2].resource.start: " + ReadContext.LEAP,
                        "Bundle.entry[2].resource.end: " + ReadContext.LEAP,
                        "Bundle.entry[4].resource.period.start: a date-time of which the model keeps the date only")
                .noneMatch(s -> s.contains("not a date-time") || s.contains("without"));
        assertThat(ReadContext.FINER)
                .isEqualTo("a time finer than nanoseconds; read with its fraction cut to nanoseconds");
        assertThat(ReadContext.LEAP)
                .isEqualTo("a leap second, which the model does not hold; read as the last nanosecond before it");
    }
}
