package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.UriType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator, with the StructureDefinitions of the extensions loaded, checks each use of an extension against
 * its definition: where it is used, the type of its value, its parts and what a value refers to. HAPI FHIR 8.8.1
 * does not check how often an extension repeats on an element that no profile slices, so the definitions' maximum
 * of 1 is documentation only.
 */
class ExtensionConformanceTest {
    private static final String PATIENT = "urn:uuid:7c9e6679-7425-40de-944b-e07fc1f90ae7";
    private static final String GOAL = "urn:uuid:6fa459ea-ee8a-4ca4-894e-db77e160355e";

    private static String patientWith(String extension) {
        return """
                {
                  "resourceType": "Patient",
                  "extension": [ %s ],
                  "name": [ { "given": [ "Sam" ] } ]
                }
                """.formatted(extension);
    }

    private static String extension(FhirExtension extension, String value) {
        return "{ \"url\": \"" + extension.getUrl() + "\", " + value + " }";
    }

    @Test
    void anExtensionUsedWhereItsDefinitionAllowsIsConformant() {
        FhirConformance.Result result = FhirConformance.validate(
                patientWith(extension(FhirExtension.PRONOUNS, "\"valueString\": \"they/them\"")));

        assertThat(result.errors()).isEmpty();
        assertThat(ExampleBundlesTest.unknownProjectExtensions(result)).isEmpty();
    }

    @Test
    void thePatientOfAnNdjsonLineCarriesItsRecordInAnExtensionOfItsDefinition() throws Exception {
        // NDJSON has no Bundle to carry the record's id: the Patient does, in the record extension.
        ByteArrayOutputStream patients = new ByteArrayOutputStream();
        FhirMapping.defaults()
                .writeNdjson(
                        List.of(ExampleBundlesTest.example("adult-community-support")),
                        type -> type.equals("Patient") ? patients : OutputStream.nullOutputStream());
        String patient = patients.toString(StandardCharsets.UTF_8).strip();
        assertThat(patient).doesNotContain("\n").contains(FhirExtension.RECORD.getUrl());

        FhirConformance.Result result = FhirConformance.validate(patient);

        assertThat(result.errors()).isEmpty();
        assertThat(ExampleBundlesTest.unknownProjectExtensions(result)).isEmpty();
    }

    @Test
    void anExtensionTheValidatorHasNoDefinitionOfIsReportedAsUnknown() {
        // The control of ExampleBundlesTest's check that every project extension is known: the same filter finds it.
        FhirConformance.Result result = FhirConformance.validate(
                patientWith("{ \"url\": \"" + FhirExtension.BASE + "not-defined\", \"valueString\": \"x\" }"));

        assertThat(ExampleBundlesTest.unknownProjectExtensions(result)).hasSize(1);
    }

    @Test
    void anExtensionUsedOutsideItsContextIsAnError() {
        // in-own-words is defined for Goal only.
        FhirConformance.Result result =
                FhirConformance.validate(patientWith(extension(FhirExtension.IN_OWN_WORDS, "\"valueBoolean\": true")));

        assertThat(result.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.messageId()).isEqualTo("Extension_EXTP_Context_Wrong");
            assertThat(issue.location()).isEqualTo("Patient");
            assertThat(issue.message())
                    .contains(FhirExtension.IN_OWN_WORDS.getUrl())
                    .contains("not allowed to be used at this point")
                    .contains("e:Goal");
        });
    }

    @Test
    void anExtensionOnABackboneElementIsCheckedAgainstItsElementContext() {
        String goal = """
                {
                  "resourceType": "Goal",
                  %s
                  "lifecycleStatus": "active",
                  "description": { "text": "Walk to the shops" },
                  "subject": { "reference": "Patient/example" },
                  "target": [ { %s "dueDate": "2027-01-01" } ]
                }
                """;
        String baseline = "\"extension\": [ "
                + extension(FhirExtension.OBJECTIVE_BASELINE, "\"valueString\": \"Not at all\"") + " ],";

        assertThat(FhirConformance.validate(goal.formatted("", baseline)).errors())
                .isEmpty();
        assertThat(FhirConformance.validate(goal.formatted(baseline, "")).errors())
                .singleElement()
                .satisfies(issue -> assertThat(issue.messageId()).isEqualTo("Extension_EXTP_Context_Wrong"));
    }

    @Test
    void aValueOfAnotherTypeIsAnError() {
        FhirConformance.Result result =
                FhirConformance.validate(patientWith(extension(FhirExtension.PRONOUNS, "\"valueInteger\": 1")));

        assertThat(result.errors())
                .singleElement()
                .satisfies(issue -> assertThat(issue.messageId()).isEqualTo("Extension_EXT_Type"));
    }

    @Test
    void aCodingOfAnotherCodeSystemIsAnError() {
        String relatedPerson = """
                {
                  "resourceType": "RelatedPerson",
                  "extension": [ %s ],
                  "patient": { "reference": "Patient/example" }
                }
                """;
        String otherSystem = extension(
                FhirExtension.LIFE_DOMAIN,
                "\"valueCoding\": { \"system\": \"" + FhirCodeSystems.SETTING + "\", \"code\": \"home\" }");

        assertThat(FhirConformance.validate(relatedPerson.formatted(otherSystem))
                        .errors())
                .singleElement()
                .satisfies(issue -> assertThat(issue.message()).contains(FhirCodeSystems.LIFE_DOMAIN));
    }

    @Test
    void aPartThatAComplexExtensionDoesNotDefineIsAnError() {
        String serviceRequest = """
                {
                  "resourceType": "ServiceRequest",
                  "extension": [ {
                    "url": "%s",
                    "extension": [
                      { "url": "inOwnWords", "valueString": "The peer group near home" },
                      { "url": "reason", "valueString": "not a part" }
                    ]
                  } ],
                  "status": "active",
                  "intent": "order",
                  "subject": { "reference": "Patient/example" }
                }
                """.formatted(FhirExtension.PERSONS_CHOICE.getUrl());

        assertThat(FhirConformance.validate(serviceRequest).errors())
                .isNotEmpty()
                .allSatisfy(
                        issue -> assertThat(issue.location()).startsWith("ServiceRequest.extension[0].extension[1]"));
    }

    @Test
    void aComplexExtensionWithoutARequiredPartIsAnError() {
        String task = """
                {
                  "resourceType": "Task",
                  "extension": [ {
                    "url": "%s",
                    "extension": [ { "url": "date", "valueDate": "2026-11-01" } ]
                  } ],
                  "status": "requested",
                  "intent": "order"
                }
                """.formatted(FhirExtension.STATUS_UPDATE.getUrl());

        assertThat(FhirConformance.validate(task).errors())
                .anySatisfy(issue -> assertThat(issue.message()).contains("Extension.extension:status"));
    }

    @Test
    void aReferenceToAnotherResourceTypeIsAnError() {
        String bundle = """
                {
                  "resourceType": "Bundle",
                  "type": "collection",
                  "entry": [
                    {
                      "fullUrl": "%1$s",
                      "resource": { "resourceType": "Patient", "name": [ { "given": [ "Sam" ] } ] }
                    },
                    {
                      "fullUrl": "%2$s",
                      "resource": {
                        "resourceType": "Goal",
                        "lifecycleStatus": "active",
                        "description": { "text": "Walk to the shops" },
                        "subject": { "reference": "%1$s" }
                      }
                    },
                    {
                      "fullUrl": "urn:uuid:1b4e28ba-2fa1-41d2-883f-0016d3cca427",
                      "resource": {
                        "resourceType": "EpisodeOfCare",
                        "extension": [ { "url": "%3$s", "valueReference": { "reference": "%2$s" } } ],
                        "status": "active",
                        "patient": { "reference": "%1$s" }
                      }
                    }
                  ]
                }
                """.formatted(PATIENT, GOAL, FhirExtension.CARE_PLAN.getUrl());

        // care-plan refers to a CarePlan, not to a Goal.
        assertThat(FhirConformance.validate(bundle).errors())
                .singleElement()
                .satisfies(issue -> assertThat(issue.messageId()).isEqualTo("Reference_REF_BadTargetType"));
    }

    /**
     * The first simple extension of each value type and every complex one: each snapshot costs the chain about 0.3 s
     * of CPU (HAPI builds a worker context for each), so not every extension. The validator generates the snapshot of
     * every extension the example Bundles use when it validates them.
     */
    static Stream<FhirExtension> oneOfEachValueTypeAndEveryComplexExtension() {
        Map<String, FhirExtension> firstOfType = new LinkedHashMap<>();
        for (FhirExtension extension : FhirExtension.values()) {
            firstOfType.putIfAbsent(extension.getValueType(), extension);
        }
        return Stream.concat(
                        firstOfType.values().stream(),
                        Stream.of(FhirExtension.values())
                                .filter(extension -> !extension.getParts().isEmpty()))
                .distinct();
    }

    @ParameterizedTest
    @MethodSource("oneOfEachValueTypeAndEveryComplexExtension")
    void theValidatorsChainGeneratesTheSnapshotOfADefinition(FhirExtension extension) {
        StructureDefinition definition = FhirConformance.snapshot(extension.getUrl());

        Map<String, ElementDefinition> snapshot = definition.getSnapshot().getElement().stream()
                .collect(Collectors.toMap(ElementDefinition::getId, element -> element));
        assertThat(snapshot).containsKeys("Extension", "Extension.id", "Extension.extension", "Extension.url");
        assertThat(((UriType) snapshot.get("Extension.url").getFixed()).getValue())
                .isEqualTo(extension.getUrl());
        ElementDefinition value = snapshot.get("Extension.value[x]");
        if (extension.getParts().isEmpty()) {
            assertThat(value.getMin()).isEqualTo(1);
            assertThat(value.getType())
                    .singleElement()
                    .satisfies(type -> assertThat(type.getCode()).isEqualTo(extension.getValueType()));
            assertThat(snapshot.get("Extension.extension").getMax()).isEqualTo("0");
        } else {
            assertThat(value.getMax()).isEqualTo("0");
            List<String> slices = extension.getParts().stream()
                    .map(part -> "Extension.extension:" + part.substring(0, part.indexOf(':')))
                    .toList();
            assertThat(snapshot).containsKeys(slices.toArray(String[]::new));
            for (String part : extension.getParts()) {
                String slice = "Extension.extension:" + part.substring(0, part.indexOf(':'));
                assertThat(snapshot.get(slice + ".value[x]").getType())
                        .singleElement()
                        .satisfies(type -> assertThat(type.getCode()).isEqualTo(part.substring(part.indexOf(':') + 1)));
            }
        }
        assertThat(definition.getSnapshot().getElementFirstRep().getPath()).isEqualTo("Extension");
    }
}
