package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoverykit.json.ReadLimits;
import org.recoverykit.json.RecordJson;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.testkit.RecordGenerator;
import org.recoverykit.testkit.Seeds;

/**
 * NDJSON in any order reads into the records that the same lines give in the writer's order, with the same reports,
 * through temporary files that are gone by the end.
 */
class UnorderedNdjsonReaderTest {
    @TempDir
    Path work;

    /** Writes records to NDJSON in memory, as text per resource type. */
    private static Map<String, String> ndjson(List<RecoveryRecord> records) throws Exception {
        Map<String, ByteArrayOutputStream> streams = new LinkedHashMap<>();
        FhirMapping.defaults()
                .writeNdjson(records, type -> streams.computeIfAbsent(type, t -> new ByteArrayOutputStream()));
        Map<String, String> text = new LinkedHashMap<>();
        streams.forEach((type, bytes) -> text.put(type, bytes.toString(StandardCharsets.UTF_8)));
        return text;
    }

    private static NdjsonInput input(Map<String, String> streams) {
        return type -> Optional.ofNullable(streams.get(type))
                .map(text -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes records to NDJSON with the lines of each stream in a random order, as a server may export them, except
     * that the lines of one record keep their order: the order in which a record lists its referrals, say, is that
     * of their lines.
     */
    private static Map<String, String> interleaved(List<RecoveryRecord> records, long seed) throws Exception {
        Map<String, List<List<String>>> perRecord = new LinkedHashMap<>();
        for (RecoveryRecord record : records) {
            ndjson(List.of(record))
                    .forEach((type, text) -> perRecord
                            .computeIfAbsent(type, t -> new ArrayList<>())
                            .add(new ArrayList<>(text.lines().toList())));
        }
        Random random = new Random(seed);
        Map<String, String> streams = new LinkedHashMap<>();
        perRecord.forEach((type, queues) -> {
            StringBuilder text = new StringBuilder();
            List<List<String>> left = new ArrayList<>(queues);
            while (!left.isEmpty()) {
                int pick = random.nextInt(left.size());
                text.append(left.get(pick).remove(0)).append('\n');
                if (left.get(pick).isEmpty()) {
                    left.remove(pick);
                }
            }
            streams.put(type, text.toString());
        });
        return streams;
    }

    /** Each record read, as its native JSON and its report, sorted: what reads of one input in two orders share. */
    private static List<String> described(List<FhirReadResult> results) {
        return results.stream()
                .map(result -> RecordJson.defaults().toJson(result.getRecord()) + result.getSkipped())
                .sorted()
                .toList();
    }

    private List<FhirReadResult> readInOrder(Map<String, String> streams) throws Exception {
        List<FhirReadResult> read = new ArrayList<>();
        FhirMapping.defaults().readNdjson(input(streams), read::add);
        return read;
    }

    private List<FhirReadResult> readInAnyOrder(Map<String, String> streams, long shareBytes) throws Exception {
        List<FhirReadResult> read = new ArrayList<>();
        long count = new UnorderedNdjsonReader(input(streams), ReadLimits.defaults(), shareBytes).read(work, read::add);
        assertThat(count).isEqualTo(read.size());
        return read;
    }

    private void assertWorkDirectoryIsEmpty() throws Exception {
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left).as("temporary files left").isEmpty();
        }
    }

    @Test
    void aThousandGeneratedRecordsInInterleavedStreamsReadAsInTheWritersOrder() throws Exception {
        List<RecoveryRecord> records = new ArrayList<>();
        for (long seed : Seeds.stream(1_000).toArray()) {
            records.add(GeneratedBundleConformanceTest.record(seed));
        }
        List<String> inOrder = described(readInOrder(ndjson(records)));

        // 64 KiB shares split the input of about 30 MiB twice over
        List<FhirReadResult> read = readInAnyOrder(interleaved(records, Seeds.base()), 64 << 10);

        assertThat(read).hasSize(records.size());
        assertThat(described(read))
                .as(
                        "records of the 1,000 seeds from %d (-D%s=%d), streams interleaved",
                        Seeds.base(), Seeds.PROPERTY, Seeds.base())
                .isEqualTo(inOrder);
        assertThat(read).allSatisfy(result -> assertThat(result.getSkipped()).isEmpty());
        assertWorkDirectoryIsEmpty();
    }

    @Test
    void theFacadeReadsEveryExampleInAnyOrderAndLeavesNoFile() throws Exception {
        List<RecoveryRecord> records = new ArrayList<>();
        for (String name : ExampleBundlesTest.NAMES) {
            records.add(ExampleBundlesTest.example(name));
        }
        Map<String, String> streams = interleaved(records, 7);
        List<RecoveryRecord> read = new ArrayList<>();

        List<Set<PosixFilePermission>> permissions = new ArrayList<>();

        long count = FhirMapping.defaults().readNdjsonInAnyOrder(input(streams), work, r -> {
            read.add(r.getRecord());
            try (Stream<Path> made = Files.list(work)) {
                for (Path directory : made.toList()) {
                    permissions.add(Files.getPosixFilePermissions(directory));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        assertThat(count).isEqualTo(records.size());
        assertThat(permissions)
                .as("the temporary directory's permissions, while records are read")
                .isNotEmpty()
                .allSatisfy(p -> assertThat(PosixFilePermissions.toString(p)).isEqualTo("rwx------"));
        assertThat(read).containsExactlyInAnyOrderElementsOf(records);
        assertWorkDirectoryIsEmpty();
    }

    @Test
    void onePatientsLinesLongerThanAShareAreReadWhole() throws Exception {
        RecoveryRecord large = RecordGenerator.defaults()
                .withGoals(5)
                .withContacts(200)
                .record(new SplittableRandom(Seeds.DEFAULT_BASE));
        Map<String, String> streams = ndjson(List.of(large));

        List<FhirReadResult> read = readInAnyOrder(streams, 1024);

        assertThat(read).singleElement().satisfies(result -> {
            assertThat(result.getRecord()).isEqualTo(large);
            assertThat(result.getSkipped()).isEmpty();
        });
        assertWorkDirectoryIsEmpty();
    }

    @Test
    void aPatientLineTwiceGivesTwoRecordsAsInTheWritersOrder() throws Exception {
        Map<String, String> streams = ndjson(List.of(ExampleBundlesTest.example(ExampleBundlesTest.NAMES.get(0))));
        String patient = streams.get("Patient");
        streams.put("Patient", patient + patient);

        assertThat(described(readInAnyOrder(streams, UnorderedNdjsonReader.SHARE_BYTES)))
                .hasSize(2)
                .isEqualTo(described(readInOrder(streams)));
    }

    @Test
    void aResourceWhosePatientIsNotInThePatientStreamFailsWithItsStreamAndLineAndLeavesNoFile() throws Exception {
        Map<String, String> streams = ndjson(List.of(
                ExampleBundlesTest.example(ExampleBundlesTest.NAMES.get(0)),
                ExampleBundlesTest.example(ExampleBundlesTest.NAMES.get(1))));
        String patients = streams.get("Patient");
        streams.put("Patient", patients.substring(patients.indexOf('\n') + 1)); // the first record's Patient is gone
        int goals = (int) streams.get("Goal").lines().count();

        assertThatThrownBy(() -> readInAnyOrder(streams, UnorderedNdjsonReader.SHARE_BYTES))
                .isInstanceOfSatisfying(
                        UnreadableFhirException.class,
                        e -> assertThat(e.getMessage())
                                .matches("[A-Za-z]+\\.ndjson:1 \\(line 1\\): a resource whose Patient is not in"
                                        + " Patient.ndjson"));
        assertThat(goals).isPositive();
        assertWorkDirectoryIsEmpty();
    }

    @Test
    void aMalformedLineFailsWithItsStreamAndLineAndLeavesNoFile() throws Exception {
        Map<String, String> streams = ndjson(List.of(ExampleBundlesTest.example(ExampleBundlesTest.NAMES.get(0))));
        streams.put("Goal", streams.get("Goal") + "{\"resourceType\": \"Goal\", CANARY-7731}\n");
        int line = (int) streams.get("Goal").lines().count();

        assertThatThrownBy(() -> FhirMapping.defaults().readNdjsonInAnyOrder(input(streams), work, r -> {}))
                .isInstanceOfSatisfying(UnreadableFhirException.class, e -> {
                    assertThat(e.getFhirPath()).isEqualTo("Goal.ndjson:" + line);
                    assertThat(e.getLine()).isEqualTo(line);
                    assertThat(e.getMessage()).doesNotContain("CANARY");
                });
        assertWorkDirectoryIsEmpty();
    }
}
