package org.recoverykit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FromFhirCommandTest extends CliRun {
    /** A Bundle with a Patient, which a record is read for, and an Observation, which the model has no place for. */
    private static final String WITH_OBSERVATION = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
            + "{\"resource\":{\"resourceType\":\"Patient\",\"id\":\"p\"}},"
            + "{\"resource\":{\"resourceType\":\"Observation\",\"id\":\"o\",\"status\":\"final\",\"valueString\":\""
            + CANARY + "\"}}]}";

    private Path bundle(String name, String... options) throws IOException {
        Path bundle = dir.resolve(name + ".bundle.json");
        List<String> args = new ArrayList<>(List.of("to-fhir"));
        args.addAll(List.of(options));
        args.addAll(List.of(sample(name).toString(), "-o", bundle.toString()));
        assertThat(run(args.toArray(String[]::new))).isZero();
        return bundle;
    }

    /** The bundled samples, each of which should come back unchanged through FHIR. */
    static List<String> samples() {
        return SampleCommand.NAMES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void givesBackTheSampleThatToFhirWrote(String name) throws IOException {
        Path bundle = bundle(name);
        assertThat(run("from-fhir", bundle.toString())).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).isEqualToNormalizingNewlines(SampleCommand.read(name));
    }

    @Test
    void readsATransactionBundleAsItReadsACollection() throws IOException {
        Path collection = bundle("medi-cal-housing-navigation");
        assertThat(run("from-fhir", collection.toString())).isZero();
        String fromCollection = out.toString();
        out.getBuffer().setLength(0);
        Path transaction = bundle("medi-cal-housing-navigation", "--transaction");
        assertThat(Files.readString(transaction, StandardCharsets.UTF_8)).contains("\"type\":\"transaction\"");
        assertThat(run("from-fhir", transaction.toString())).isZero();
        assertThat(out.toString()).isEqualTo(fromCollection).contains("\"id\" : \"rec-medi-cal-htn-01\"");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void listsWhatItSkippedOnStandardErrorWithoutItsValues() throws IOException {
        Path in = write("observation.json", WITH_OBSERVATION);
        assertThat(run("from-fhir", in.toString())).isZero();
        assertThat(err.toString())
                .isEqualTo(
                        in + ": skipped Bundle.entry[1].resource: a resource the model has no place for (Observation)"
                                + NL);
        assertThat(out.toString())
                .isEqualTo("{" + NL
                        + "  \"formatVersion\" : \"1\"," + NL
                        + "  \"id\" : \"p\"," + NL
                        + "  \"person\" : {" + NL
                        + "    \"id\" : \"p\"," + NL
                        + "    \"interpreterNeeded\" : false" + NL
                        + "  }" + NL
                        + "}" + NL)
                .doesNotContain(CANARY);
    }

    @Test
    void writesToTheOutputFile() throws IOException {
        Path in = write("observation.json", WITH_OBSERVATION);
        Path record = dir.resolve("record.json");
        assertThat(run("from-fhir", in.toString(), "-o", record.toString())).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString())
                .isEqualTo(
                        in + ": skipped Bundle.entry[1].resource: a resource the model has no place for (Observation)"
                                + NL);
        assertThat(Files.readString(record, StandardCharsets.UTF_8)).contains("\"id\" : \"p\"");
    }

    @Test
    void readsStandardInputForADash() throws IOException {
        assertThat(runWithInput(WITH_OBSERVATION, "from-fhir", "-")).isZero();
        assertThat(err.toString())
                .isEqualTo(
                        "standard input: skipped Bundle.entry[1].resource: a resource the model has no place for (Observation)"
                                + NL);
        assertThat(out.toString()).contains("\"id\" : \"p\"");
    }

    @Test
    void exits2ForMalformedJsonInOneLineWithItsLineAndColumnAndWithoutItsValues() throws IOException {
        Path bad = write("bad.json", "{\"resourceType\":\"Bundle\",\"id\":" + CANARY + "}");
        Path record = dir.resolve("record.json");
        assertThat(run("from-fhir", bad.toString(), "-o", record.toString())).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("recoverykit: " + bad + ": the input (line 1, column 31): malformed JSON" + NL)
                .doesNotContain(CANARY);
        assertThat(out.toString()).isEmpty();
        assertThat(record).doesNotExist();
    }

    @Test
    void exits2ForAResourceTypeThatFhirDoesNotDefine() throws IOException {
        Path in = write("not-a-type.json", "{\"resourceType\":\"NotAType\"}");
        assertThat(run("from-fhir", in.toString())).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("recoverykit: " + in + ": resourceType: a resource type that FHIR R4 does not define" + NL);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void exits2ForAMissingFile() {
        Path missing = dir.resolve("missing.json");
        assertThat(run("from-fhir", missing.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("recoverykit: " + missing + ": cannot be opened" + NL);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void exits2ForAWrongUsage() {
        assertThat(run("from-fhir")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Missing required parameter: 'FILE'" + NL);
        assertThat(run("from-fhir", "--transaction", "x.json")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void printsAStackTraceOnlyWithDebug() throws IOException {
        Path bad = write("bad.json", "{\"resourceType\":\"Bundle\",\"id\":" + CANARY + "}");
        assertThat(run("from-fhir", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).doesNotContain("\tat ");
        assertThat(run("from-fhir", "--debug", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("\tat ").doesNotContain(CANARY);
    }
}
