package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoverykit.validation.RecordValidator;
import org.recoverykit.validation.ValidationReport;

/** What fhir-mapping writes today passes HAPI FHIR's R4 validator, with the project's CodeSystems loaded. */
class ProjectResourcesConformanceTest {
    static Stream<String> codeSystems() {
        return FhirConformance.loadCodeSystems(FhirConformance.PROJECT_CODE_SYSTEMS).stream()
                .map(url -> url.substring(url.lastIndexOf('/') + 1));
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

    @Test
    void theOperationOutcomeOfABrokenRecordIsConformant() throws IOException {
        String document = resource("org/recoverykit/fhir/examples/adult-community-support.json")
                .replaceFirst("\"lifeDomains\" : \\[ [^]]* \\],", "")
                .replaceFirst("\"strengths\" : \\[ \"[^\"]*\"", "\"strengths\" : [ \" \"");
        ValidationReport report = RecordValidator.defaults()
                .validate(
                        new InputStreamReader(
                                new java.io.ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)),
                                StandardCharsets.UTF_8),
                        LocalDate.of(2026, 11, 22));
        assertThat(report.getIssues()).hasSizeGreaterThanOrEqualTo(2);
        FhirConformance.Result result =
                FhirConformance.validate(FhirMapping.defaults().toOperationOutcome(report));
        assertThat(result.errors()).isEmpty();
        assertThat(FhirConformance.validate(FhirMapping.defaults().toOperationOutcome(ValidationReport.of(List.of())))
                        .errors())
                .isEmpty();
    }
}
