package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverykit.validation.Issue;
import org.recoverykit.validation.RecordValidator;
import org.recoverykit.validation.Severity;
import org.recoverykit.validation.ValidationReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class OperationOutcomeTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private static final ValidationReport SMALL = ValidationReport.of(List.of(
            Issue.of(
                    Severity.WARNING,
                    "PCP-OWN-WORDS",
                    "/plans/0/goals/1/inOwnWords",
                    "A goal should be stated in the person's own words.",
                    "Person-centred planning, Documents 2"),
            Issue.of(
                    Severity.ERROR,
                    "FIELD-PATTERN",
                    "/person/languages/0/code",
                    "is not in the expected form",
                    RecordValidator.CONSTRAINT_SOURCE),
            Issue.of(Severity.INFO, "CS-NATURAL", "", "The plan includes none of the person's natural supports.", "x"),
            Issue.of(Severity.ERROR, "APP-OWN-RULE", "/person/telecom/2/value", "Own rule.", "Local policy 3")));

    @Test
    void smallReportMatchesGolden() throws IOException {
        JsonNode actual = JSON.readTree(FhirMapping.defaults().toOperationOutcome(SMALL));
        try (InputStream golden = getClass().getResourceAsStream("operation-outcome-small.json")) {
            assertThat(actual).isEqualTo(JSON.readTree(golden));
        }
    }

    @Test
    void emptyReportHasOneInformationalIssue() {
        JsonNode outcome = JSON.readTree(FhirMapping.defaults().toOperationOutcome(ValidationReport.of(List.of())));

        assertThat(outcome)
                .isEqualTo(JSON.readTree("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":"
                        + "\"information\",\"code\":\"informational\",\"details\":{\"text\":\"No issues\"}}]}"));
    }

    @Test
    void unreadableDocumentIsAStructureIssue() {
        ValidationReport report = RecordValidator.defaults().validate(new StringReader("{\"id\": "), AS_OF);

        JsonNode issue = JSON.readTree(FhirMapping.defaults().toOperationOutcome(report))
                .get("issue")
                .get(0);

        assertThat(issue.get("severity").asString()).isEqualTo("error");
        assertThat(issue.get("code").asString()).isEqualTo("structure");
        assertThat(issue.at("/details/coding/0/code").asString()).isEqualTo(RecordValidator.UNREADABLE);
        assertThat(issue.at("/details/coding/0/system").asString()).isEqualTo(FhirCodeSystems.RULE);
        assertThat(issue.get("diagnostics").asString()).isEqualTo(RecordValidator.UNREADABLE_SOURCE);
    }

    @Test
    void sampleRecordBrokenInOnePlaceNamesTheElementButNotItsValue() throws IOException {
        ObjectNode document = (ObjectNode) JSON.readTree(ExampleBundlesTest.document("adult-community-support"));
        String canary = "CANARY-7f3a-not-a-language!";
        ((ObjectNode) document.at("/person/languages/0")).put("code", canary);

        ValidationReport report =
                RecordValidator.defaults().validate(new StringReader(JSON.writeValueAsString(document)), AS_OF);
        String text = FhirMapping.defaults().toOperationOutcome(report);
        JsonNode outcome = JSON.readTree(text);

        assertThat(text).doesNotContain(canary).doesNotContain("CANARY");
        assertThat(outcome.get("issue")).anySatisfy(issue -> {
            assertThat(issue.at("/details/coding/0/code").asString()).isEqualTo("FIELD-PATTERN");
            assertThat(issue.get("code").asString()).isEqualTo("invariant");
            assertThat(issue.at("/expression/0").asString()).isEqualTo("Patient.communication[0].language");
            assertThat(issue.at("/extension/0/valueString").asString()).isEqualTo("/person/languages/0/code");
            assertThat(issue.at("/details/text").asString()).startsWith("FIELD-PATTERN: ");
        });
        assertThat(outcome.get("issue")).hasSize(report.getIssues().size());
    }

    @Test
    void writerAndStreamGiveTheSameJsonAndAreNotClosed() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("closed");
            }
        };
        FhirMapping.defaults().writeOperationOutcome(SMALL, bytes);

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo(FhirMapping.defaults().toOperationOutcome(SMALL));
    }

    @Test
    void failingWriterGivesTheWritersIoException() {
        Writer failing = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void close() {}
        };

        assertThatThrownBy(() -> FhirMapping.defaults().writeOperationOutcome(SMALL, failing))
                .isExactlyInstanceOf(IOException.class)
                .hasMessage("disk full");
    }

    @Test
    void expressionIsDerivedOnlyWhereTheMappingPlacesTheElement() {
        assertThat(ElementPaths.expression("")).isNull();
        assertThat(ElementPaths.expression("/person")).isEqualTo("Patient");
        assertThat(ElementPaths.expression("/person/birthDate")).isEqualTo("Patient.birthDate");
        assertThat(ElementPaths.expression("/person/telecom/12/value")).isEqualTo("Patient.telecom[12]");
        assertThat(ElementPaths.expression("/person/languages/1/preferred"))
                .isEqualTo("Patient.communication[1].preferred");
        assertThat(ElementPaths.expression("/person/strengths/0"))
                .isEqualTo("Patient.extension('https://recoverykit.org/fhir/StructureDefinition/strength')");
        assertThat(ElementPaths.expression("/person/preferredName")).isEqualTo("Patient.name.text");
        assertThat(ElementPaths.expression("/plans/0/goals/1")).isEqualTo("Goal");
        assertThat(ElementPaths.expression("/formatVersion")).isNull();
    }
}
