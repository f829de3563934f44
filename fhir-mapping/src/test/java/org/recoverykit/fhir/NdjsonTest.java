package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoverykit.json.ReadLimits;
import org.recoverykit.json.RecordJson;
import org.recoverykit.model.RecoveryRecord;

class NdjsonTest {
    private static final List<String> EXAMPLES = ExampleBundlesTest.NAMES;

    private static List<RecoveryRecord> examples() throws Exception {
        List<RecoveryRecord> records = new ArrayList<>();
        for (String name : EXAMPLES) {
            records.add(ExampleBundlesTest.example(name));
        }
        return records;
    }

    private static Map<String, ByteArrayOutputStream> write(List<RecoveryRecord> records) throws Exception {
        Map<String, ByteArrayOutputStream> streams = new LinkedHashMap<>();
        long written = FhirMapping.defaults()
                .writeNdjson(records, type -> streams.computeIfAbsent(type, t -> new ByteArrayOutputStream()));
        assertThat(written).isEqualTo(records.size());
        return streams;
    }

    private static NdjsonInput input(Map<String, String> streams) {
        return type -> Optional.ofNullable(streams.get(type))
                .map(text -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, String> text(Map<String, ByteArrayOutputStream> streams) {
        Map<String, String> text = new LinkedHashMap<>();
        streams.forEach((type, bytes) -> text.put(type, bytes.toString(StandardCharsets.UTF_8)));
        return text;
    }

    @Test
    void recordsReadBackFromNdjsonAsTheyWere() throws Exception {
        List<RecoveryRecord> records = examples();
        Map<String, String> streams = text(write(records));
        List<FhirReadResult> read = new ArrayList<>();
        long count = FhirMapping.defaults().readNdjson(input(streams), read::add);

        assertThat(count).isEqualTo(records.size());
        for (int i = 0; i < records.size(); i++) {
            assertThat(read.get(i).getSkipped()).as(EXAMPLES.get(i)).isEmpty();
            assertThat(RecordJson.defaults().toJson(read.get(i).getRecord()))
                    .as(EXAMPLES.get(i))
                    .isEqualTo(RecordJson.defaults().toJson(records.get(i)));
        }
    }

    @Test
    void eachLineIsOneResourceOfItsStreamsTypeReferringByTypeAndId() throws Exception {
        Map<String, String> streams = text(write(examples()));

        assertThat(streams).containsKeys("Patient", "CarePlan", "Goal", "ServiceRequest", "Encounter");
        assertThat(streams.get("Patient").lines()).hasSize(EXAMPLES.size());
        streams.forEach((type, text) -> {
            assertThat(text).endsWith("\n").doesNotContain("urn:uuid:");
            text.lines().forEach(line -> assertThat(line).startsWith("{\"resourceType\":\"" + type + "\",\"id\":"));
        });
        assertThat(streams.get("Goal")).contains("\"subject\":{\"reference\":\"Patient/");
    }

    @Test
    void writesToAndReadsFromADirectory(@TempDir Path directory) throws Exception {
        List<RecoveryRecord> records = examples();
        FhirMapping.defaults().writeNdjson(records, NdjsonOutput.directory(directory));

        assertThat(Files.exists(directory.resolve("Patient.ndjson"))).isTrue();
        List<RecoveryRecord> read = new ArrayList<>();
        FhirMapping.defaults().readNdjson(NdjsonInput.directory(directory), result -> read.add(result.getRecord()));
        assertThat(read).isEqualTo(records);
    }

    @Test
    void aResourceWhosePatientIsNotNextFailsWithItsStreamAndLine() throws Exception {
        Map<String, String> streams = text(write(examples().subList(0, 2)));
        String patients = streams.get("Patient");
        streams.put(
                "Patient", patients.substring(0, patients.indexOf('\n') + 1)); // the second record's Patient is gone

        assertThatThrownBy(() -> FhirMapping.defaults().readNdjson(input(streams), result -> {}))
                .isInstanceOf(UnreadableFhirException.class)
                .hasMessageEndingWith("a resource whose Patient is not next in Patient.ndjson");
    }

    @Test
    void resourcesWithoutAPatientStreamFailInsteadOfReadingNothing() throws Exception {
        Map<String, String> streams = text(write(examples().subList(0, 1)));
        streams.remove("Patient");

        assertThatThrownBy(() -> FhirMapping.defaults().readNdjson(input(streams), result -> {}))
                .isInstanceOfSatisfying(
                        UnreadableFhirException.class,
                        e -> assertThat(e.getMessage())
                                .isEqualTo("RelatedPerson.ndjson:1 (line 1): a resource whose Patient is not next in"
                                        + " Patient.ndjson"));
        assertThat(FhirMapping.defaults().readNdjson(input(Map.of()), result -> {}))
                .isZero();
    }

    @Test
    void aMalformedLineFailsWithItsStreamAndLineButNotItsText() throws Exception {
        Map<String, String> streams = text(write(examples().subList(0, 1)));
        streams.put("Goal", streams.get("Goal") + "{\"resourceType\":\"Goal\",\"note\":\"CANARY-7731\n");

        assertThatThrownBy(() -> FhirMapping.defaults().readNdjson(input(streams), result -> {}))
                .isInstanceOfSatisfying(UnreadableFhirException.class, e -> {
                    assertThat(e.getFhirPath()).startsWith("Goal.ndjson:");
                    assertThat(e.getMessage()).doesNotContain("CANARY");
                });
    }

    @Test
    void readsCrlfLinesBlankLinesAndALastLineWithoutABreak() throws Exception {
        Map<String, String> streams = text(write(examples().subList(0, 2)));
        Map<String, String> reshaped = new LinkedHashMap<>();
        streams.forEach(
                (type, text) -> reshaped.put(type, "\r\n \t\n" + text.strip().replace("\n", "\r\n\n")));
        List<RecoveryRecord> read = new ArrayList<>();

        FhirMapping.defaults().readNdjson(input(reshaped), result -> read.add(result.getRecord()));

        assertThat(read).containsExactlyElementsOf(examples().subList(0, 2));
    }

    @Test
    void bytesThatAreNotUtf8FailWithTheirStreamLineAndColumn() throws Exception {
        Map<String, String> streams = text(write(examples().subList(0, 1)));
        int goals = (int) streams.get("Goal").lines().count();
        byte[] latin1 = "{\"resourceType\":\"Goal\",\"note\":[{\"text\":\"CANARY-7731 \u00e9\"}]}\n"
                .getBytes(StandardCharsets.ISO_8859_1); // é as one byte, a lead byte without its continuation
        NdjsonInput input = type -> Optional.ofNullable(streams.get(type)).map(text -> {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (type.equals("Goal")) {
                bytes = java.util.Arrays.copyOf(bytes, bytes.length + latin1.length);
                System.arraycopy(latin1, 0, bytes, bytes.length - latin1.length, latin1.length);
            }
            return new ByteArrayInputStream(bytes);
        });

        assertThatThrownBy(() -> FhirMapping.defaults().readNdjson(input, result -> {}))
                .isInstanceOfSatisfying(UnreadableFhirException.class, e -> {
                    assertThat(e.getMessage())
                            .isEqualTo("Goal.ndjson:" + (goals + 1) + " (line " + (goals + 1)
                                    + ", column 53): invalid UTF-8");
                });
    }

    @Test
    @org.junit.jupiter.api.Timeout(30) // a read that held the line whole would never end
    void aLineBeyondTheDocumentLengthLimitFailsWithoutBeingHeldWhole() throws Exception {
        Map<String, String> streams = text(write(examples().subList(0, 1)));
        ReadLimits limits = ReadLimits.builder().maxDocumentLength(4096).build();
        NdjsonInput input = type -> Optional.ofNullable(streams.get(type))
                .map(text -> type.equals("Goal")
                        ? new java.io.SequenceInputStream(
                                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), endless())
                        : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> FhirMapping.defaults().withLimits(limits).readNdjson(input, result -> {}))
                .isInstanceOfSatisfying(
                        UnreadableFhirException.class,
                        e -> assertThat(e.getProblem()).isEqualTo("a document longer than the read limit"));
    }

    @Test
    void aLineOfExactlyTheDocumentLengthLimitReadsWhateverItsLineBreak() throws Exception {
        Map<String, String> streams = text(write(examples().subList(0, 1)));
        int longest = streams.values().stream()
                .flatMap(String::lines)
                .mapToInt(line -> line.getBytes(StandardCharsets.UTF_8).length)
                .max()
                .orElseThrow();
        ReadLimits exact = ReadLimits.builder().maxDocumentLength(longest).build();
        ReadLimits under = ReadLimits.builder().maxDocumentLength(longest - 1).build();

        for (String lineBreak : new String[] {"\n", "\r\n"}) {
            Map<String, String> broken = new LinkedHashMap<>();
            streams.forEach((type, text) -> broken.put(type, text.strip().replace("\n", lineBreak) + lineBreak));
            assertThat(FhirMapping.defaults().withLimits(exact).readNdjson(input(broken), result -> {}))
                    .isEqualTo(1);
            assertThatThrownBy(() -> FhirMapping.defaults().withLimits(under).readNdjson(input(broken), result -> {}))
                    .isInstanceOfSatisfying(
                            UnreadableFhirException.class,
                            e -> assertThat(e.getProblem()).isEqualTo("a document longer than the read limit"));
        }
    }

    /** A stream of spaces that never ends. */
    private static java.io.InputStream endless() {
        return new java.io.InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };
    }
}
