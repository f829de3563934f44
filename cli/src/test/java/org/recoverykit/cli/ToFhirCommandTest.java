package org.recoverykit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.recoverykit.fhir.FhirFeature;
import org.recoverykit.fhir.FhirMapping;
import org.recoverykit.json.RecordJson;
import org.recoverykit.json.UnreadableDocumentException;
import org.recoverykit.model.RecoveryRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ToFhirCommandTest extends CliRun {
    private static RecoveryRecord record(String name) throws IOException, UnreadableDocumentException {
        return RecordJson.defaults().read(SampleCommand.read(name));
    }

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }

    @Test
    void writesACollectionBundleToStandardOutput() throws Exception {
        Path file = sample("adult-community-support");
        assertThat(run("to-fhir", file.toString())).isZero();
        assertThat(out.toString()).isEqualTo(FhirMapping.defaults().toBundle(record("adult-community-support")) + NL);
        assertThat(err.toString()).isEmpty();
        JsonNode bundle = json(out.toString());
        assertThat(bundle.get("resourceType").asString()).isEqualTo("Bundle");
        assertThat(bundle.get("type").asString()).isEqualTo("collection");
        assertThat(bundle.get("entry")
                        .get(0)
                        .get("resource")
                        .get("resourceType")
                        .asString())
                .isEqualTo("Patient");
    }

    @Test
    void writesATransactionBundleWithTransaction() throws Exception {
        Path file = sample("str-episode");
        assertThat(run("to-fhir", "--transaction", file.toString())).isZero();
        assertThat(out.toString())
                .isEqualTo(FhirMapping.defaults()
                                .with(FhirFeature.TRANSACTION_BUNDLE)
                                .toBundle(record("str-episode"))
                        + NL);
        assertThat(err.toString()).isEmpty();
        JsonNode bundle = json(out.toString());
        assertThat(bundle.get("resourceType").asString()).isEqualTo("Bundle");
        assertThat(bundle.get("type").asString()).isEqualTo("transaction");
        assertThat(bundle.get("entry").get(0).get("request").get("method").asString())
                .isEqualTo("POST");
    }

    @Test
    void indentsWithPretty() throws Exception {
        Path file = sample("youth-family-school");
        assertThat(run("to-fhir", "--pretty", file.toString())).isZero();
        String pretty = FhirMapping.defaults().with(FhirFeature.PRETTY_PRINT).toBundle(record("youth-family-school"));
        assertThat(out.toString()).isEqualTo(pretty + NL);
        assertThat(pretty.lines().count()).isGreaterThan(100);
        assertThat(json(out.toString()))
                .isEqualTo(json(FhirMapping.defaults().toBundle(record("youth-family-school"))));
    }

    @Test
    void writesToTheOutputFile() throws Exception {
        Path file = sample("peer-referral-by-choice");
        Path bundle = dir.resolve("bundle.json");
        assertThat(run("to-fhir", file.toString(), "-o", bundle.toString())).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEmpty();
        assertThat(Files.readString(bundle, StandardCharsets.UTF_8))
                .isEqualTo(FhirMapping.defaults().toBundle(record("peer-referral-by-choice")) + NL);
    }

    @Test
    void readsStandardInputForADash() throws Exception {
        assertThat(runWithInput(SampleCommand.read("discharge-with-aftercare"), "to-fhir", "-"))
                .isZero();
        assertThat(out.toString()).isEqualTo(FhirMapping.defaults().toBundle(record("discharge-with-aftercare")) + NL);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void exits2ForAnUnreadableDocumentWithoutItsValues() throws IOException {
        Path bad = write("bad.json", "{\"id\":\"r\",\"person\":{\"id\":\"p\",\"birthDate\":\"" + CANARY + "\"}}");
        Path bundle = dir.resolve("bundle.json");
        assertThat(run("to-fhir", bad.toString(), "-o", bundle.toString())).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("recoverykit: " + bad + ": /person/birthDate (line 1, column 42): invalid value: expected a"
                        + " date (YYYY-MM-DD)" + NL)
                .doesNotContain(CANARY);
        assertThat(out.toString()).isEmpty();
        assertThat(bundle).doesNotExist();
    }

    @Test
    void exits2ForMalformedJsonWithoutItsValues() throws IOException {
        Path bad = write("malformed.json", "{\"id\":\"r\",\"person\":" + CANARY + "}");
        assertThat(run("to-fhir", bad.toString())).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("recoverykit: " + bad + ": /person (line 1, column 20): malformed JSON" + NL)
                .doesNotContain(CANARY);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void exits2ForAMissingFile() {
        Path missing = dir.resolve("missing.json");
        assertThat(run("to-fhir", missing.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("recoverykit: " + missing + ": cannot be opened" + NL);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void exits2ForAWrongUsage() {
        assertThat(run("to-fhir")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Missing required parameter: 'FILE'" + NL);
        assertThat(run("to-fhir", "--no-such-option", "x.json")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void printsAStackTraceOnlyWithDebug() {
        Path missing = dir.resolve("missing.json");
        assertThat(run("to-fhir", missing.toString())).isEqualTo(2);
        assertThat(err.toString()).doesNotContain("\tat ");
        assertThat(run("to-fhir", "--debug", missing.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("\tat ");
    }
}
