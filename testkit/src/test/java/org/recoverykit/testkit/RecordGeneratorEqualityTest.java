package org.recoverykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoverykit.model.RecoveryRecord;

class RecordGeneratorEqualityTest {
    static LongStream seeds() {
        return Seeds.stream(1_000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void equalsAndHashCodeKeepTheirContract(long seed) {
        RecoveryRecord record = RecordGenerator.defaults().record(new SplittableRandom(seed));
        RecoveryRecord copy = RecoveryRecord.builder().from(record).build();
        RecoveryRecord other = RecordGenerator.defaults().record(new SplittableRandom(seed + 1_000_003L));

        assertThat(record.equals(record)).as("seed %d: reflexive", seed).isTrue();
        assertThat(record.equals(copy)).as("seed %d: equal to its copy", seed).isTrue();
        assertThat(copy.equals(record)).as("seed %d: symmetric", seed).isTrue();
        assertThat(copy.hashCode())
                .as("seed %d: equal records, equal hash codes", seed)
                .isEqualTo(record.hashCode());
        assertThat(record.equals(null)).as("seed %d: not equal to null", seed).isFalse();
        assertThat(record.equals(other))
                .as("seed %d: differs from another seed's record", seed)
                .isFalse();
        assertThat(other.equals(record))
                .as("seed %d: symmetric when different", seed)
                .isFalse();
    }
}
