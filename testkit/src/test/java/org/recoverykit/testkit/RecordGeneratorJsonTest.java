package org.recoverykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoverykit.json.RecordJson;
import org.recoverykit.model.RecoveryRecord;

class RecordGeneratorJsonTest {
    private static final RecordJson JSON = RecordJson.defaults();

    static LongStream seeds() {
        return Seeds.stream(1_000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void writingThenReadingGivesAnEqualRecord(long seed) throws Exception {
        RecoveryRecord record = RecordGenerator.defaults().record(new SplittableRandom(seed));

        RecoveryRecord read = JSON.read(JSON.toJson(record));

        assertThat(read).as("seed %d", seed).isEqualTo(record);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void equalRecordsAreWrittenByteForByte(long seed) throws Exception {
        RecoveryRecord record = RecordGenerator.defaults().record(new SplittableRandom(seed));
        RecoveryRecord again = RecordGenerator.defaults().record(new SplittableRandom(seed));
        RecoveryRecord copy = RecoveryRecord.builder().from(record).build();

        byte[] bytes = bytes(record);

        assertThat(bytes(again)).as("seed %d, same seed", seed).isEqualTo(bytes);
        assertThat(bytes(copy)).as("seed %d, copy", seed).isEqualTo(bytes);
        assertThat(bytes(JSON.read(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))))
                .as("seed %d, read back", seed)
                .isEqualTo(bytes);
    }

    private static byte[] bytes(RecoveryRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(record, out);
        return out.toByteArray();
    }
}
