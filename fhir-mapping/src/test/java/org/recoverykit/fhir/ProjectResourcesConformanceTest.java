package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoverykit.validation.RecordValidator;
import org.recoverykit.validation.ValidationReport;

/**
 * What fhir-mapping writes today passes HAPI FHIR's R4 validator, with the project's CodeSystems and the
 * StructureDefinitions of its extensions loaded.
 */
class ProjectResourcesConformanceTest {
    private static final String ELEMENT_CONTEXT = "\"type\" : \"element\"";
    private static final String FHIRPATH_CONTEXT = "\"type\" : \"fhirpath\"";

    static Stream<String> codeSystems() {
        return FhirConformance.projectCodeSystems().stream().map(url -> url.substring(url.lastIndexOf('/') + 1));
    }

    static Stream<String> extensions() {
        return FhirConformance.projectExtensions().stream().map(url -> url.substring(url.lastIndexOf('/') + 1));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in =
                ProjectResourcesConformanceTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codeSystems")
    void everyCodeSystemIsAConformantResource(String name) throws IOException {
        String path = FhirConformance.PROJECT_CODE_SYSTEMS + "/" + name + ".json";
        assertThat(FhirConformance.validate(resource(path)).errors()).as(name).isEmpty();
    }

    @Test
    void theValidatorHasLoadedEveryProjectCodeSystem() {
        assertThat(codeSystems()).hasSize(21).contains("rule", "life-domain", "service-function");
    }

    /**
     * HAPI FHIR 8.8.1 (HL7 core 6.7.9) cannot check the element context of any extension definition offline: for
     * each it looks for the FHIR version 4.0 among its own, finds only 4.0.1, sets out to load the package
     * {@code hl7.fhir.r4.core} from the package cache, and reports that it cannot (an ERROR, after about 1 s) as an
     * error generating the snapshot. HL7's own definitions fail alike, so each definition is validated here with its
     * contexts restated as {@code fhirpath} contexts of the same expressions, which the validator checks without
     * that detour; {@link #everyElementContextIsAnElementOfR4()} checks the elements. When an upgrade of HAPI FHIR
     * fixes this, {@link #theValidatorCannotCheckAnElementContextOffline()} fails: validate the files as they are.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("extensions")
    void everyExtensionDefinitionIsAConformantResource(String name) throws IOException {
        String path = FhirConformance.PROJECT_EXTENSIONS + "/" + name + ".json";
        String json = resource(path);
        assertThat(json).contains(ELEMENT_CONTEXT);
        FhirConformance.Result result = FhirConformance.validate(json.replace(ELEMENT_CONTEXT, FHIRPATH_CONTEXT));
        assertThat(result.errors()).as(name).isEmpty();
    }

    @Test
    void everyElementContextIsAnElementOfR4() {
        for (FhirExtension extension : FhirExtension.values()) {
            for (String context : extension.getContexts()) {
                String type = context.contains(".") ? context.substring(0, context.indexOf('.')) : context;
                StructureDefinition core =
                        FhirConformance.structureDefinition("http://hl7.org/fhir/StructureDefinition/" + type);
                assertThat(core).as(extension.getName() + " on " + context).isNotNull();
                assertThat(core.getSnapshot().getElement())
                        .as(extension.getName() + " on " + context)
                        .anySatisfy(element -> assertThat(element.getPath()).isEqualTo(context));
            }
        }
    }

    @Test
    void theValidatorCannotCheckAnElementContextOffline() throws IOException {
        FhirContext context = FhirContext.forR4Cached();
        String birthPlace = context.newJsonParser()
                .encodeResourceToString(FhirConformance.structureDefinition(
                        "http://hl7.org/fhir/StructureDefinition/patient-birthPlace"));
        String pronouns = resource(FhirConformance.PROJECT_EXTENSIONS + "/pronouns.json");
        for (String definition : List.of(birthPlace, pronouns)) {
            assertThat(FhirConformance.validate(definition).errors())
                    .singleElement()
                    .satisfies(issue -> {
                        assertThat(issue.messageId()).isEqualTo("ERROR_GENERATING_SNAPSHOT");
                        assertThat(issue.message()).contains("Unable to resolve package id hl7.fhir.r4.core");
                    });
        }
    }

    @Test
    void theValidatorHasLoadedEveryExtensionDefinition() {
        assertThat(extensions())
                .containsExactlyInAnyOrderElementsOf(Stream.of(FhirExtension.values())
                        .map(FhirExtension::getName)
                        .toList());
    }

    @Test
    void theOperationOutcomeOfABrokenRecordIsConformant() throws IOException {
        String document = ExampleBundlesTest.document("adult-community-support")
                .replaceFirst("\"lifeDomains\" : \\[ [^]]* \\],", "")
                .replaceFirst("\"strengths\" : \\[ \"[^\"]*\"", "\"strengths\" : [ \" \"");
        ValidationReport report =
                RecordValidator.defaults().validate(new StringReader(document), LocalDate.of(2026, 11, 22));
        assertThat(report.getIssues()).hasSizeGreaterThanOrEqualTo(2);
        String outcome = FhirMapping.defaults().toOperationOutcome(report);
        assertThat(outcome).contains(FhirExtension.JSON_POINTER.getUrl());
        FhirConformance.Result result = FhirConformance.validate(outcome);
        assertThat(result.errors()).isEmpty();
        // The json-pointer extension on OperationOutcome.issue is checked against its definition, not passed over.
        assertThat(ExampleBundlesTest.unknownProjectExtensions(result)).isEmpty();
        assertThat(FhirConformance.validate(FhirMapping.defaults().toOperationOutcome(ValidationReport.of(List.of())))
                        .errors())
                .isEmpty();
    }
}
