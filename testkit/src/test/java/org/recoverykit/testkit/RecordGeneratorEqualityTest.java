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

        assertThat(record.equals(record)).as("reflexive").isTrue();
        assertThat(record.equals(copy)).as("equal to its copy").isTrue();
        assertThat(copy.equals(record)).as("symmetric").isTrue();
        assertThat(copy.hashCode()).as("equal records, equal hash codes").isEqualTo(record.hashCode());
        assertThat(record.equals(null)).as("not equal to null").isFalse();
        assertThat(record.equals(other))
                .as("differs from another seed's record")
                .isFalse();
        assertThat(other.equals(record)).as("symmetric when different").isFalse();
    }
}
