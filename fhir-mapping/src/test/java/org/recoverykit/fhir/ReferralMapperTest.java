package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recoverykit.json.RecordJson;
import org.recoverykit.model.PersonsChoice;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.ReferralStatus;
import org.recoverykit.testkit.RecordGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReferralMapperTest {
    /** A record whose every referral records the person's choice, with neither its date nor their words. */
    private static RecoveryRecord withEmptyChoices() {
        RecoveryRecord generated = RecordGenerator.defaults().record(new SplittableRandom(20_261_163L));
        RecoveryRecord record = generated.withReferrals(generated.getReferrals().stream()
                .map(r -> r.withPersonsChoice(PersonsChoice.builder().build()))
                .toList());
        assertThat(record.getReferrals()).isNotEmpty();
        return record;
    }

    @Test
    void aPersonsChoiceWithoutDateOrWordsIsAConformantExtension() {
        String bundle = FhirMapping.defaults().toBundle(withEmptyChoices());

        assertThat(FhirConformance.validate(bundle).errors()).isEmpty();
        JsonNode choice = null;
        for (JsonNode entry : JsonMapper.shared().readTree(bundle).get("entry")) {
            for (JsonNode extension : entry.get("resource").path("extension")) {
                if (extension.get("url").stringValue().equals(FhirExtension.PERSONS_CHOICE.getUrl())) {
                    choice = extension;
                }
            }
        }
        assertThat(choice).isNotNull();
        assertThat(choice.get("extension")).hasSize(1);
        JsonNode part = choice.get("extension").get(0);
        assertThat(part.get("url").stringValue()).isEqualTo("expressedOn");
        assertThat(part.has("valueDate")).isFalse();
        assertThat(part.get("_valueDate").get("extension").get(0).get("url").stringValue())
                .isEqualTo(FhirCodeSystems.DATA_ABSENT_REASON);
    }

    @Test
    void aPersonsChoiceWithoutDateOrWordsReadsBack() throws UnreadableFhirException {
        RecoveryRecord record = withEmptyChoices();

        FhirReadResult read = FhirMapping.defaults().read(FhirMapping.defaults().toBundle(record));

        assertThat(read.getSkipped()).isEmpty();
        assertThat(read.getRecord().getReferrals())
                .allSatisfy(r -> assertThat(r.getPersonsChoice())
                        .contains(PersonsChoice.builder().build()));
        assertThat(RecordJson.defaults().toJson(read.getRecord()))
                .isEqualTo(RecordJson.defaults().toJson(record));
    }

    @Test
    void aStatusThatGivesNoValueOfTheModelsIsReportedNotGuessed() throws Exception {
        String mode = "\"medium\": [ { \"coding\": [ { \"system\": \"" + FhirCodeSystems.CONTACT_MODE
                + "\", \"code\": \"phone\" } ] } ]";
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:r", "resource": { "resourceType": "ServiceRequest", "status": "on-hold",
                    "intent": "order", "subject": { "reference": "urn:uuid:a" },
                    "category": [ { "coding": [ { "system": "http://snomed.info/sct", "code": "410606002" } ] } ]
                    } },
                  { "fullUrl": "urn:uuid:o", "resource": { "resourceType": "Communication", "status": "in-progress",
                    "basedOn": [ { "reference": "urn:uuid:r" } ], "sent": "2026-02-01", MODE,
                    "statusReason": { "coding": [ { "system": "http://example.org/outcomes", "code": "x" } ] },
                    "subject": { "reference": "urn:uuid:a" } } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "EpisodeOfCare",
                    "patient": { "reference": "urn:uuid:a" } } } ] }
                """.replace("MODE", mode));

        assertThat(read.getRecord().getReferrals()).singleElement().satisfies(referral -> {
            assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SENT);
            assertThat(referral.getOutreachAttempts()).isEmpty();
        });
        ReadChecks.assertThatSkipped(read)
                .contains(
                        "Bundle.entry[1].resource.status: a code the model has no equivalent for; read as sent, as no"
                                + " Task gives the referral's status",
                        "Bundle.entry[2].resource.statusReason: no outreach outcome of the model's; the outcome is"
                                + " read from the status",
                        "Bundle.entry[2].resource: a communication without a date, a medium of the model's and an"
                                + " outcome",
                        "Bundle.entry[3].resource.status: missing; read as active");
    }

    @Test
    void aReferralsProgramIsItsFirstPerformersDisplayAndTheRestIsReported() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:r", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "order", "subject": { "reference": "urn:uuid:a" },
                    "category": [ { "coding": [ { "system": "http://snomed.info/sct", "code": "410606002" } ] } ],
                    "performer": [ { "reference": "Organization/o", "display": "CANARY-7731" },
                                   { "display": "CANARY-7731" } ] } } ] }
                """);

        assertThat(read.getRecord().getReferrals())
                .singleElement()
                .satisfies(referral -> assertThat(referral.getProgram()).hasValue(ReadChecks.CANARY));
        ReadChecks.assertThatSkipped(read)
                .contains(
                        "Bundle.entry[1].resource.performer[0].reference: no place in the model",
                        "Bundle.entry[1].resource.performer[1]: " + ServiceRequestMapper.FURTHER_PERFORMER);
    }
}
