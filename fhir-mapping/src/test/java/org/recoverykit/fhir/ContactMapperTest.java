package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
        assertThat(read.getSkipped())
                .map(SkippedElement::toString)
                .containsExactly(
                        "Bundle.entry[1].resource.reasonCode[0]: a reason without a text or display",
                        "Bundle.entry[1].resource.reasonCode[2]: a further reason; the model holds one need");
    }
}
