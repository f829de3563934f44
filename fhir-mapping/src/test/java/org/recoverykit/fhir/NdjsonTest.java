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
    void aMalformedLineFailsWithItsStreamAndLineButNotItsText() throws Exception {
        Map<String, String> streams = text(write(examples().subList(0, 1)));
        streams.put("Goal", streams.get("Goal") + "{\"resourceType\":\"Goal\",\"note\":\"CANARY-7731\n");

        assertThatThrownBy(() -> FhirMapping.defaults().readNdjson(input(streams), result -> {}))
                .isInstanceOfSatisfying(UnreadableFhirException.class, e -> {
                    assertThat(e.getFhirPath()).startsWith("Goal.ndjson:");
                    assertThat(e.getMessage()).doesNotContain("CANARY");
                });
    }
}
