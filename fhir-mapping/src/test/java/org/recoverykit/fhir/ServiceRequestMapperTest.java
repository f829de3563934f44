package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverykit.model.Intervention;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.Support;

/** How a ServiceRequest's performers are read. */
class ServiceRequestMapperTest {
    @Test
    void aPerformerIsANaturalSupporterOnlyIfARelatedPersonAndAConsentsPerformerIsNoTeamMember() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:p" },
                    "category": [ { "coding": [ { "system": "https://recoverykit.org/fhir/CodeSystem/service-model",
                      "code": "community-support" } ] } ],
                    "activity": [ { "reference": { "reference": "urn:uuid:s" } } ] } },
                  { "fullUrl": "urn:uuid:s", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "plan", "category": [ { "coding": [ {
                      "system": "https://recoverykit.org/fhir/CodeSystem/support-kind", "code": "natural" } ] } ],
                    "performer": [ { "display": "CANARY-7731" },
                      { "reference": "Practitioner/dr", "display": "CANARY-7731" },
                      { "reference": "RelatedPerson/rp" },
                      { "reference": "RelatedPerson/rq" },
                      { "display": "CANARY-7731" },
                      { "type": "Practitioner", "identifier": { "system": "https://recoverykit.org/fhir/sid/id",
                        "value": "CANARY-7731" } } ] } },
                  { "fullUrl": "http://example.org/fhir/Practitioner/dr", "resource": { "resourceType": "Practitioner",
                    "id": "dr" } },
                  { "fullUrl": "http://example.org/fhir/RelatedPerson/rp", "resource": {
                    "resourceType": "RelatedPerson", "id": "rp", "patient": { "reference": "urn:uuid:p" } } },
                  { "fullUrl": "http://example.org/fhir/RelatedPerson/rq", "resource": {
                    "resourceType": "RelatedPerson", "id": "rq", "patient": { "reference": "urn:uuid:p" } } },
                  { "fullUrl": "urn:uuid:k", "resource": { "resourceType": "Consent", "status": "active",
                    "patient": { "reference": "urn:uuid:p" }, "performer": [ { "reference": "urn:uuid:p" } ],
                    "provision": { "type": "permit",
                      "data": [ { "meaning": "related", "reference": { "reference": "urn:uuid:c" } } ] } } },
                  { "fullUrl": "urn:uuid:d", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:p" },
                    "category": [ { "coding": [ { "system": "http://snomed.info/sct", "code": "736372004" } ] } ],
                    "activity": [ { "reference": { "reference": "urn:uuid:v" } } ] } },
                  { "fullUrl": "urn:uuid:v", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "plan", "code": { "text": "CANARY-7731" },
                    "performer": [ { "reference": "Organization/o", "display": "CANARY-7731" },
                      { "display": "CANARY-7731" } ] } } ] }
                """);

        RecoveryPlan plan = read.getRecord().getPlans().get(0);
        assertThat(plan.getSupports()).singleElement().satisfies(support -> {
            assertThat(support.getProvider()).contains(ReadChecks.CANARY);
            assertThat(support.getNaturalSupportId()).contains("rp");
        });
        assertThat(plan.getAgreements())
                .singleElement()
                .satisfies(agreement -> assertThat(agreement.getMemberId()).isEqualTo("person"));
        assertThat(read.getRecord().getDischargePlans().get(0).getContinuingServices())
                .singleElement()
                .satisfies(service -> assertThat(service.getProvider()).contains(ReadChecks.CANARY));
        String performer = "Bundle.entry[2].resource.performer[";
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        performer + "1]: a performer the model has no place for",
                        performer + "3]: a further performer; the model holds one natural supporter",
                        performer + "4]: a further performer; the model holds one provider",
                        performer + "5]: a performer the model has no place for",
                        "Bundle.entry[6].resource.performer: no place in the model",
                        "Bundle.entry[8].resource.performer[0].reference: no place in the model",
                        "Bundle.entry[8].resource.performer[1]: a further performer; the model holds one provider",
                        "Bundle.entry[3].resource: a resource the model has no place for (Practitioner)");
    }

    @Test
    void anItemAfterOneThatIsNoObjectIsReportedAtItsOwnIndexInTheInput() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:p" },
                    "category": [ { "coding": [ { "system": "https://recoverykit.org/fhir/CodeSystem/service-model",
                      "code": "community-support" } ] } ],
                    "activity": [ { "reference": { "reference": "urn:uuid:s" } },
                      { "reference": { "reference": "urn:uuid:i" } } ] } },
                  { "fullUrl": "urn:uuid:s", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "plan", "category": [ { "coding": [ {
                      "system": "https://recoverykit.org/fhir/CodeSystem/support-kind", "code": "natural" } ] } ],
                    "performer": [ "x", { "display": "CANARY-7731" }, { "display": "CANARY-7731" } ] } },
                  { "fullUrl": "urn:uuid:i", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "plan", "code": { "text": "CANARY-7731" },
                    "locationCode": [ "x", { "coding": [ { "system": "https://example.org/places", "code": "x" } ] },
                      { "text": "CANARY-7731" } ] } },
                  { "fullUrl": "urn:uuid:d", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:p" },
                    "category": [ { "coding": [ { "system": "http://snomed.info/sct", "code": "736372004" } ] } ],
                    "activity": [ "x", { "reference": { "reference": "urn:uuid:v" } } ] } },
                  { "fullUrl": "urn:uuid:v", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "plan", "code": { "text": "CANARY-7731" },
                    "performer": [ "x", { "reference": "Organization/o", "display": "CANARY-7731" },
                      { "display": "CANARY-7731" } ] } } ] }
                """);

        RecoveryPlan plan = read.getRecord().getPlans().get(0);
        assertThat(plan.getSupports())
                .singleElement()
                .satisfies(support -> assertThat(support.getProvider()).contains(ReadChecks.CANARY));
        assertThat(read.getRecord().getDischargePlans().get(0).getContinuingServices())
                .singleElement()
                .satisfies(service -> assertThat(service.getProvider()).contains(ReadChecks.CANARY));
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        "Bundle.entry[2].resource.performer[0]: not an object",
                        "Bundle.entry[2].resource.performer[2]: a further performer; the model holds one provider",
                        "Bundle.entry[3].resource.locationCode[0]: not an object",
                        "Bundle.entry[3].resource.locationCode[1]: a code of a system the mapping does not read",
                        "Bundle.entry[3].resource.locationCode[2]: a further setting; the model holds one",
                        "Bundle.entry[4].resource.activity[0]: not an object",
                        "Bundle.entry[5].resource.performer[0]: not an object",
                        "Bundle.entry[5].resource.performer[1].reference: no place in the model",
                        "Bundle.entry[5].resource.performer[2]: a further performer; the model holds one provider");
    }

    @Test
    void aCodingBesideAnInterventionsProviderTypeIsReported() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:p" },
                    "category": [ { "coding": [ { "system": "https://recoverykit.org/fhir/CodeSystem/service-model",
                      "code": "community-support" } ] } ],
                    "activity": [ { "reference": { "reference": "urn:uuid:i" } } ] } },
                  { "fullUrl": "urn:uuid:i", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:p" }, "code": { "text": "CANARY-7731" },
                    "performerType": { "text": "CANARY-7731", "coding": [
                      { "system": "http://snomed.info/sct", "code": "106328005", "display": "CANARY-7731" } ] } } } ] }
                """);

        assertThat(read.getRecord().getPlans().get(0).getInterventions())
                .singleElement()
                .satisfies(intervention ->
                        assertThat(intervention.getProviderType()).contains(ReadChecks.CANARY));
        ReadChecks.assertThatSkipped(read)
                .containsExactly("Bundle.entry[2].resource.performerType.coding[0]: " + ReadContext.OTHER_SYSTEM);
    }

    @Test
    void aNegativeAmountAndALengthOfZeroAreWrittenInExtensionsAndReadBack() throws Exception {
        RecoveryRecord record = ExampleBundlesTest.example("adult-community-support");
        RecoveryPlan plan = record.getPlans().get(0);
        Intervention intervention = plan.getInterventions().get(0);
        Support support = plan.getSupports().get(0);
        RecoveryRecord edged = record.withPlans(List.of(plan.withInterventions(
                        List.of(intervention.withAmount(Duration.parse("PT-1H")).withDuration(Period.ZERO)))
                .withSupports(
                        List.of(support.withAmount(Duration.parse("PT-0.5S")).withDuration(Period.parse("P-6M"))))));

        String bundle = FhirMapping.defaults().toBundle(edged);
        FhirReadResult read = FhirMapping.defaults().read(bundle);

        assertThat(bundle)
                .contains("\"url\":\"" + FhirExtension.AMOUNT.getUrl() + "\",\"valueString\":\"PT-1H\"")
                .contains("\"url\":\"" + FhirExtension.DURATION.getUrl() + "\",\"valueString\":\"P0D\"")
                .contains("\"url\":\"" + FhirExtension.AMOUNT.getUrl() + "\",\"valueString\":\"PT-0.5S\"")
                .doesNotContain("\"duration\":-");
        assertThat(FhirConformance.validate(bundle).errors()).isEmpty();
        assertThat(read.getSkipped()).isEmpty();
        assertThat(read.getRecord()).isEqualTo(edged);
    }

    @Test
    void aNegativeDurationIsReportedAsSuchAndATimingsValueBesideItsExtensionAsPassedOver() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:p" },
                    "category": [ { "coding": [ { "system": "https://recoverykit.org/fhir/CodeSystem/service-model",
                      "code": "community-support" } ] } ],
                    "activity": [ { "reference": { "reference": "urn:uuid:i" } },
                      { "reference": { "reference": "urn:uuid:j" } } ] } },
                  { "fullUrl": "urn:uuid:i", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:p" },
                    "occurrenceTiming": { "repeat": { "duration": -1, "durationUnit": "h" } } } },
                  { "fullUrl": "urn:uuid:j", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:p" },
                    "extension": [
                      { "url": "https://recoverykit.org/fhir/StructureDefinition/amount", "valueString": "PT-2H" },
                      { "url": "https://recoverykit.org/fhir/StructureDefinition/duration", "valueString": "P0D" } ],
                    "occurrenceTiming": { "repeat": { "duration": 2, "durationUnit": "h",
                      "boundsDuration": { "value": 3, "unit": "month", "system": "http://unitsofmeasure.org",
                        "code": "mo" } } } } } ] }
                """);

        List<Intervention> interventions = read.getRecord().getPlans().get(0).getInterventions();
        assertThat(interventions.get(0).getAmount()).isEmpty();
        assertThat(interventions.get(1).getAmount()).contains(Duration.ofHours(-2));
        assertThat(interventions.get(1).getDuration()).contains(Period.ZERO);
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        "Bundle.entry[2].resource.occurrenceTiming.repeat.duration: a negative duration, which FHIR"
                                + " does not allow",
                        "Bundle.entry[3].resource.occurrenceTiming.repeat.duration: a value beside the extension that"
                                + " holds it; the extension is read",
                        "Bundle.entry[3].resource.occurrenceTiming.repeat.boundsDuration: a value beside the"
                                + " extension that holds it; the extension is read");
    }
}
