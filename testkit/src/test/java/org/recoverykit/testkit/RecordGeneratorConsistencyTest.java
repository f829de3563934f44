package org.recoverykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoverykit.model.AgeGroup;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.ServiceModel;

class RecordGeneratorConsistencyTest {
    static LongStream seeds() {
        return Seeds.stream(1_000);
    }

    /** A generator with every setting set, varying with the seed, so that the settings get covered too. */
    static RecordGenerator configured(long seed) {
        int n = (int) Math.floorMod(seed, 1_000_000L);
        ServiceModel model = ServiceModel.values()[n % ServiceModel.values().length];
        int maxContacts = model == ServiceModel.SUPPORT_TIME_RECOVERY
                ? RecordGenerator.MAX_STR_CONTACTS
                : RecordGenerator.MAX_CONTACTS;
        return RecordGenerator.defaults()
                .withGoals(1 + n % RecordGenerator.MAX_GOALS)
                .withContacts(n % (maxContacts + 1))
                .withAgeGroup(AgeGroup.values()[n % AgeGroup.values().length])
                .withServiceModel(model);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSameSeedGivesAnEqualRecord(long seed) {
        assertThat(RecordGenerator.defaults().record(new SplittableRandom(seed)))
                .as("seed %d, SplittableRandom", seed)
                .isEqualTo(RecordGenerator.defaults().record(new SplittableRandom(seed)));
        assertThat(RecordGenerator.defaults().record(new Random(seed)))
                .as("seed %d, Random", seed)
                .isEqualTo(RecordGenerator.defaults().record(new Random(seed)));
        assertThat(configured(seed).record(new SplittableRandom(seed)))
                .as("seed %d, %s", seed, configured(seed))
                .isEqualTo(configured(seed).record(new SplittableRandom(seed)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRecordIsConsistent(long seed) {
        RecoveryRecord record = RecordGenerator.defaults().record(new SplittableRandom(seed));

        assertThat(Consistency.all(record)).as("seed %d", seed).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRecordWithEverySettingSetIsConsistent(long seed) {
        RecordGenerator generator = configured(seed);
        RecoveryRecord record = generator.record(new SplittableRandom(seed));

        assertThat(Consistency.all(record)).as("seed %d, %s", seed, generator).isEmpty();
        assertThat(ReportedRules.of(record)).as("seed %d, %s", seed, generator).isEmpty();
    }
}
