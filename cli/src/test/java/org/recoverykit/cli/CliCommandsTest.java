package org.recoverykit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.recoverykit.json.RecordJson;

class CliCommandsTest extends CliRun {
    @Test
    void listsEveryDocumentOfTheExamplesModule() throws IOException {
        assertThat(run("sample", "--list")).isZero();
        try (Stream<Path> files = Files.list(Path.of("..", "examples", "documents"))) {
            assertThat(out.toString().lines())
                    .containsExactlyInAnyOrderElementsOf(
                            files.map(f -> f.getFileName().toString())
                                    .filter(n -> n.endsWith(".json"))
                                    .map(n -> n.substring(0, n.length() - ".json".length()))
                                    .toList());
        }
    }

    @Test
    void printsEverySampleAsAReadableDocument() throws Exception {
        for (String name : SampleCommand.NAMES) {
            assertThat(RecordJson.defaults().read(SampleCommand.read(name)).getId())
                    .isNotBlank();
        }
        assertThat(run("sample")).isZero();
        assertThat(out.toString()).isEqualTo(SampleCommand.read("adult-community-support"));
    }

    @Test
    void refusesAnUnknownSampleWithExitCode2() {
        assertThat(run("sample", "no-such-sample")).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("recoverykit: there is no sample of that name; --list shows them" + System.lineSeparator());
    }

    @Test
    void formatsADocumentCanonically() throws Exception {
        String sample = SampleCommand.read("str-episode");
        Path in = write("in.json", sample.replace("\n", "").replace("  ", ""));
        Path formatted = dir.resolve("out.json");
        assertThat(run("format", in.toString(), "-o", formatted.toString())).isZero();
        assertThat(Files.readString(formatted, StandardCharsets.UTF_8)).isEqualToNormalizingNewlines(sample);
    }

    @Test
    void reportsAnUnreadableDocumentInOneLineWithoutItsValues() throws IOException {
        Path in = write("bad.json", "{\"id\":\"r\",\"person\":{\"id\":\"p\",\"birthDate\":\"" + CANARY + "\"}}");
        assertThat(run("format", in.toString())).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo(
                        "recoverykit: " + in + ": /person/birthDate (line 1, column 42): invalid value: expected a date"
                                + " (YYYY-MM-DD)" + System.lineSeparator())
                .doesNotContain(CANARY);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void placesBytesThatAreNotUtf8InEveryCommandThatReadsARecord() throws IOException {
        byte[] start = ("{\"id\":\"r\",\"person\":{\"id\":\"p\",\"preferredName\":\"" + CANARY)
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(start, start.length + 4);
        bytes[start.length] = (byte) 0xC3; // a lead byte without its continuation
        bytes[start.length + 1] = '"';
        bytes[start.length + 2] = '}';
        bytes[start.length + 3] = '}';
        Path in = dir.resolve("latin1.json");
        Files.write(in, bytes);
        String expected = in + ": /person/preferredName (line 1, column 58): invalid UTF-8" + NL;
        for (String[] command : new String[][] {
            {"format", in.toString()},
            {"format", "--lenient", in.toString()},
            {"validate", in.toString()},
            {"to-fhir", in.toString()}
        }) {
            err.getBuffer().setLength(0);
            assertThat(run(command)).as(String.join(" ", command)).isEqualTo(2);
            assertThat(err.toString()).as(String.join(" ", command)).isEqualTo("recoverykit: " + expected);
        }
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void refusesAnEscapedLoneSurrogateWhichNoUtf8CanHold() throws IOException {
        Path in = write(
                "lone.json", "{\"id\":\"r\",\"person\":{\"id\":\"p\",\"preferredName\":\"" + CANARY + "\\ud800\"}}");
        assertThat(run("to-fhir", in.toString())).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("recoverykit: " + in + ": /person/preferredName (line 1, column 46): invalid UTF-16" + NL);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void listsWhatALenientReadSkipped() throws IOException {
        Path in = write("extra.json", "{\"id\":\"r\",\"person\":{\"id\":\"p\",\"nickname\":\"" + CANARY + "\"}}");
        assertThat(run("format", "--lenient", in.toString())).isZero();
        assertThat(err.toString())
                .isEqualTo(in + ": skipped /person (line 1, column 41): unknown property" + System.lineSeparator());
        assertThat(out.toString()).doesNotContain(CANARY).contains("\"id\" : \"p\"");
    }

    @Test
    void exits3InOneLineWhenStandardOutputCannotBeWrittenInEveryCommandThatWritesToIt() throws IOException {
        Path document = sample("str-episode");
        Path bundle = dir.resolve("bundle.json");
        assertThat(run("to-fhir", document.toString(), "-o", bundle.toString())).isZero();
        assertExits3WhenStandardOutputFails(
                new String[] {"sample"},
                new String[] {"sample", "--list"},
                new String[] {"format", document.toString()},
                new String[] {"format", "--lenient", document.toString()},
                new String[] {"to-fhir", document.toString()},
                new String[] {"from-fhir", bundle.toString()},
                new String[] {"validate", "--as-of", "2026-11-22", document.toString()},
                new String[] {
                    "validate", "--as-of", "2026-11-22", "--format", "json", document.toString(), document.toString()
                });
    }

    @Test
    void exits3InOneLineWithThePathAsGivenWhenTheOutputFileCannotBeWritten() throws IOException {
        Path document = sample("str-episode");
        Path bundle = dir.resolve("bundle.json");
        assertThat(run("to-fhir", document.toString(), "-o", bundle.toString())).isZero();
        String noDirectory = dir.resolve("no-such-directory") + "/out.json";
        String directory = dir + "/";
        for (String output : new String[] {noDirectory, directory, "/dev/full"}) {
            if (output.equals("/dev/full") && !Files.exists(Path.of(output))) {
                continue;
            }
            for (String[] command : new String[][] {
                {"format", document.toString()}, {"to-fhir", document.toString()}, {"from-fhir", bundle.toString()}
            }) {
                String[] args = Stream.concat(Stream.of(command), Stream.of("-o", output))
                        .toArray(String[]::new);
                err.getBuffer().setLength(0);
                assertThat(run(args)).as(String.join(" ", args)).isEqualTo(3);
                assertThat(err.toString())
                        .as(String.join(" ", args))
                        .isEqualTo("recoverykit: " + output + ": cannot be written" + NL);
            }
        }
        assertThat(out.toString()).isEmpty();
        assertThat(dir.resolve("no-such-directory")).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("str-episode.json", "bundle.json");
        }
    }

    @Test
    void refusesAnEmptyOutputAsAWrongUsage() throws IOException {
        Path document = sample("str-episode");
        for (String command : new String[] {"format", "to-fhir", "from-fhir"}) {
            err.getBuffer().setLength(0);
            assertThat(run(command, document.toString(), "-o", "")).as(command).isEqualTo(2);
            assertThat(err.toString()).as(command).isEqualTo("recoverykit: --output must name a file" + NL);
        }
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void replacesAnEarlierOutputFile() throws IOException {
        Path document = sample("str-episode");
        Path formatted = write("out.json", CANARY);
        assertThat(run("format", document.toString(), "-o", formatted.toString()))
                .isZero();
        assertThat(Files.readString(formatted, StandardCharsets.UTF_8))
                .isEqualToNormalizingNewlines(SampleCommand.read("str-episode"));
    }

    @Test
    void reportsAMissingFileWithExitCode2() {
        assertThat(run("format", dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err.toString()).endsWith("missing.json: cannot be opened" + System.lineSeparator());
    }
}
