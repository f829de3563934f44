package org.recoverykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoverykit.json.RecordJson;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.ServiceModel;
import org.recoverykit.validation.RecordValidator;
import org.recoverykit.validation.Severity;
import org.recoverykit.validation.ValidationPolicy;
import org.recoverykit.validation.ValidationReport;

/** The sample documents in {@code examples/documents} are read strictly and are in the canonical form. */
class ExampleDocumentsTest {
    /** The date the documents are checked as of: they describe care up to the autumn of 2026. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    private static final Path DOCUMENTS = Path.of(System.getProperty("basedir", "."), "documents");

    static List<Path> documents() throws IOException {
        try (Stream<Path> files = Files.list(DOCUMENTS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void holdsAtLeastSixDocuments() throws IOException {
        assertThat(documents()).hasSizeGreaterThanOrEqualTo(6);
        try (Stream<Path> files = Files.list(DOCUMENTS)) {
            assertThat(files)
                    .as("only JSON documents: the CLI bundles the whole folder")
                    .allMatch(f -> f.getFileName().toString().endsWith(".json"));
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void roundTripsByteForByte(Path document) throws Exception {
        byte[] bytes = Files.readAllBytes(document);
        RecoveryRecord record = RecordJson.defaults().read(document);
        byte[] written = (RecordJson.defaults().toJson(record) + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        assertThat(written).isEqualTo(bytes);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void validatesWithoutErrorsUnderItsPolicy(Path document) throws Exception {
        RecoveryRecord record = RecordJson.defaults().read(document);
        ServiceModel model = record.getPlans().get(record.getPlans().size() - 1).getServiceModel();
        RecordValidator validator = RecordValidator.builder()
                .policy(ValidationPolicy.forServiceModel(model))
                .build();
        ValidationReport report = validator.validate(record, AS_OF);
        assertThat(report.getIssues(Severity.ERROR)).as(report.toText()).isEmpty();
    }

    @Test
    void summarizesWithoutPatientDataAndWritesTheSameText(@TempDir Path temp) throws Exception {
        Path document = DOCUMENTS.resolve("adult-community-support.json");
        Path copy = temp.resolve("copy.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            ReadAndWriteExample.main(new String[] {document.toString(), copy.toString()});
        } finally {
            System.setOut(stdout);
        }
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualToNormalizingNewlines("record rec-adult-cs-01, format version 1\n"
                        + "plans: 1\n"
                        + "  plan-1 version 1: active, community-support; goals 3, interventions 4, supports 3,"
                        + " risks 2, crisis plan yes\n"
                        + "contacts: 6 (5 attended, 1 missed), re-engagement attempts 2\n"
                        + "referrals: 0, episodes: 1, discharge plans: 0\n"
                        + "written back to " + copy + ": identical to the input\n")
                .doesNotContain("Teodora", "Teddy", "1984", "555-");
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(document));
    }
}
