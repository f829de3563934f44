package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverykit.model.Contact;
import org.recoverykit.model.DateRange;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;

/** Dates and date-times of the model that FHIR cannot hold as they are: a year beyond 1 to 9999, an offset with seconds. */
class FhirDatesTest {
    private static final String ISO = FhirExtension.ISO_8601.getUrl();

    private static String extension(String text) {
        return "{\"extension\":[{\"url\":\"" + ISO + "\",\"valueString\":\"" + text + "\"}]}";
    }

    @Test
    void aValueFhirCannotHoldIsWrittenInTheIso8601ExtensionAndReadBack() throws Exception {
        RecoveryRecord record = ExampleBundlesTest.example("adult-community-support");
        RecoveryPlan plan = record.getPlans().get(0);
        List<Contact> contacts = new ArrayList<>(record.getContacts());
        contacts.set(0, contacts.get(0).withStart(OffsetDateTime.parse("2026-07-08T14:00:00+05:30:15")));
        contacts.set(1, contacts.get(1).withStart(OffsetDateTime.parse("2026-07-08T14:00:00+15:00")));
        contacts.set(2, contacts.get(2).withStart(OffsetDateTime.parse("+10000-07-08T14:00:00-07:00")));
        contacts.set(
                3,
                Contact.builder()
                        .from(contacts.get(3))
                        .start(OffsetDateTime.parse("9999-12-31T23:30:00-01:00"))
                        .end(OffsetDateTime.parse("9999-12-31T23:50:00-01:00"))
                        .build());
        RecoveryRecord edged = record.withPerson(record.getPerson().withBirthDate(LocalDate.parse("+10000-01-01")))
                .withContacts(contacts)
                .withPlans(List.of(plan.withCreatedOn(LocalDate.parse("-0001-01-01"))
                        .withNextReviewDue(LocalDate.parse("0000-12-28"))
                        .withPeriod(DateRange.builder()
                                .start(LocalDate.parse("2026-07-01"))
                                .end(LocalDate.parse("+12027-06-30"))
                                .build())
                        .withReviews(List.of(plan.getReviews().get(0).withDate(LocalDate.parse("+10000-09-29"))))));

        String bundle = FhirMapping.defaults().toBundle(edged);
        FhirReadResult read = FhirMapping.defaults().read(bundle);

        assertThat(bundle)
                .contains("\"_birthDate\":" + extension("+10000-01-01"))
                .contains("\"start\":\"2026-07-08T08:29:45Z\",\"_start\":" + extension("2026-07-08T14:00:00+05:30:15"))
                .contains("\"start\":\"2026-07-07T23:00:00Z\",\"_start\":" + extension("2026-07-08T14:00:00+15:00"))
                .contains("\"_start\":" + extension("+10000-07-08T14:00:00-07:00") + ",\"_end\":"
                        + extension("+10000-07-08T14:00:00-07:00"))
                .contains("\"period\":{\"start\":\"9999-12-31T23:30:00-01:00\"")
                .contains("\"_end\":" + extension("+12027-06-30"))
                .contains("\"_created\":" + extension("-0001-01-01"))
                .contains("\"_valueDate\":" + extension("0000-12-28"))
                .doesNotContain("\"birthDate\"")
                .doesNotContainPattern("\"(start|end|created|valueDate)\":\"[+-]")
                .doesNotContainPattern("\"(start|end)\":\"[^\"]*[+-][0-9]{2}:[0-9]{2}:[0-9]{2}\"");
        assertThat(FhirConformance.validate(bundle).errors()).isEmpty();
        assertThat(read.getSkipped()).isEmpty();
        assertThat(read.getRecord()).isEqualTo(edged);
    }

    @Test
    void anExtensionBesideAValueItDoesNotFitOrWithoutAnIsoTextIsReported() throws Exception {
        String iso = "{ \"extension\": [ { \"url\": \"" + ISO + "\", \"valueString\": \"%s\" } ] }";
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient",
                    "birthDate": "1990-04-01", "_birthDate": BIRTH } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "Encounter", "status": "finished",
                    "subject": { "reference": "urn:uuid:a" },
                    "period": { "start": "2026-07-08T08:29:45Z", "_start": START, "end": "2026-07-08T10:00:00Z",
                      "_end": { "extension": [ { "url": "ISO", "valueString": "2026-07-08T10:00:00Z" },
                        { "url": "http://example.org/other", "valueString": "CANARY-7731" } ] } } } },
                  { "fullUrl": "urn:uuid:m", "resource": { "resourceType": "Appointment", "status": "noshow",
                    "participant": [ { "actor": { "reference": "urn:uuid:a" }, "status": "accepted" } ],
                    "_start": { "extension": [ { "url": "ISO", "valueInteger": 7731 } ] } } },
                  { "fullUrl": "urn:uuid:f", "resource": { "resourceType": "Encounter", "status": "finished",
                    "subject": { "reference": "urn:uuid:a" }, "period": { "_start": NOT_ISO } } } ] }
                """.replace("BIRTH", iso.formatted("CANARY-7731"))
                .replace("START", iso.formatted("2026-07-08T14:00:00+05:30:16"))
                .replace("NOT_ISO", iso.formatted("CANARY-7731"))
                .replace("ISO", ISO));

        assertThat(read.getRecord().getPerson().getBirthDate()).contains(LocalDate.parse("1990-04-01"));
        assertThat(read.getRecord().getContacts()).singleElement().satisfies(contact -> {
            assertThat(contact.getStart()).isEqualTo(OffsetDateTime.parse("2026-07-08T08:29:45Z"));
            assertThat(contact.getEnd()).contains(OffsetDateTime.parse("2026-07-08T10:00:00Z"));
        });
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        "Bundle.entry[0].resource.birthDate.extension[0]: an extension that is not its element's"
                                + " value; the value is read",
                        "Bundle.entry[1].resource.period.start.extension[0]: an extension that is not the instant of"
                                + " its element's value; the value is read",
                        "Bundle.entry[1].resource.period._end: no place in the model",
                        "Bundle.entry[2].resource.start.extension[0]: an extension without the valueString its"
                                + " definition gives",
                        "Bundle.entry[2].resource: a contact without a start",
                        "Bundle.entry[3].resource.period.start.extension[0]: an extension that is not an ISO-8601"
                                + " date-time with an offset",
                        "Bundle.entry[3].resource: a contact without a start");
    }

    @Test
    void anExtensionThatIsItsDatesValueIsReadSilentlyAndOneHoldingMoreIsReported() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Patient", "birthDate": "1990-04-01",
                  "_birthDate": { "extension": [ { "url": "ISO", "valueString": "1990-04-01" } ] },
                  "deceasedDateTime": "2026-07-08T10:00:00Z" }
                """.replace("ISO", ISO));
        FhirReadResult nested = ReadChecks.read("""
                { "resourceType": "Patient",
                  "_birthDate": { "extension": [ { "url": "ISO", "valueString": "+10000-01-01",
                    "extension": [ { "url": "http://example.org/note", "valueString": "CANARY-7731" } ] } ] } }
                """.replace("ISO", ISO));

        assertThat(read.getRecord().getPerson().getBirthDate()).contains(LocalDate.parse("1990-04-01"));
        ReadChecks.assertThatSkipped(read).containsExactly("Patient.deceasedDateTime: no place in the model");
        assertThat(nested.getRecord().getPerson().getBirthDate()).contains(LocalDate.parse("+10000-01-01"));
        ReadChecks.assertThatSkipped(nested).containsExactly("Patient._birthDate: no place in the model");
    }

    @Test
    void aDateExtensionWhoseValueIsNeitherADateNorTheIso8601ExtensionIsReported() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "extension": [ { "url": "DUE", "_valueDate": { "extension": [ { "url":
                      "http://hl7.org/fhir/StructureDefinition/data-absent-reason", "valueCode": "unknown" } ] } } ],
                    "category": [ { "coding": [ { "system": "MODEL", "code": "community-support" } ] } ] } } ] }
                """.replace("DUE", FhirExtension.NEXT_REVIEW_DUE.getUrl())
                .replace("MODEL", FhirCodeSystems.SERVICE_MODEL));

        assertThat(read.getRecord().getPlans())
                .singleElement()
                .satisfies(plan -> assertThat(plan.getNextReviewDue()).isEmpty());
        ReadChecks.assertThatSkipped(read)
                .contains("Bundle.entry[1].resource.extension[0]: an extension without the valueDate its definition"
                        + " gives");
    }
}
