package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoverykit.json.RecordJson;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.testkit.RecordGenerator;
import org.recoverykit.testkit.Seeds;

/**
 * A generated record written as a Bundle reads back as the same record, and the read skips nothing, over 1,000
 * seeds ({@code -Drecoverykit.seed=<seed>} replays one run's seeds from another base).
 */
class GeneratedBundleRoundTripTest {
    static LongStream seeds() {
        return Seeds.stream(1_000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aGeneratedRecordReadsBackFromItsBundleUnchanged(long seed) throws UnreadableFhirException {
        RecoveryRecord record = RecordGenerator.defaults().record(new SplittableRandom(seed));

        FhirReadResult read = FhirMapping.defaults().read(FhirMapping.defaults().toBundle(record));

        assertThat(read.getSkipped()).as("seed %d: skipped", seed).isEmpty();
        // The native documents are compared, so that a failure shows which element differs.
        assertThat(RecordJson.defaults().toJson(read.getRecord()))
                .as("seed %d: the record read back", seed)
                .isEqualTo(RecordJson.defaults().toJson(record));
        assertThat(read.getRecord()).as("seed %d: the record read back", seed).isEqualTo(record);
    }
}
