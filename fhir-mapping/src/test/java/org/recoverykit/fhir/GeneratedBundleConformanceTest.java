package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.testkit.RecordGenerator;
import org.recoverykit.testkit.Seeds;

/**
 * The Bundle of a generated record is conformant FHIR R4: HAPI's validator ({@link FhirConformance}) reports no
 * error, over 1,000 seeds ({@code -Drecoverykit.seed=<seed>} moves the base; a seed always gives the same record).
 *
 * <p>The validator's cost grows with the Bundle, and a record of 25 goals and 250 contacts gives one many times the
 * size of a record as the generator usually draws it. So the record's size
 * comes from its seed: nine in ten are small (one goal per plan version, one contact), one in ten is drawn as the
 * generator draws it, and one in 200 is large. The validations run on a fixed pool of
 * {@value #THREADS} threads, one per core of the CI machine, ahead of the tests that wait for them; the validator
 * is thread-safe.
 */
class GeneratedBundleConformanceTest {
    private static final int COUNT = 1_000;
    private static final int THREADS = 2;

    private static final RecordGenerator SMALL =
            RecordGenerator.defaults().withGoals(1).withContacts(1);
    private static final RecordGenerator LARGE =
            RecordGenerator.defaults().withGoals(RecordGenerator.MAX_GOALS).withContacts(RecordGenerator.MAX_CONTACTS);

    /** The size of a seed's record: the same for a seed however the run's seeds were chosen. */
    enum Size {
        SMALL,
        DRAWN,
        LARGE;

        static Size of(long seed) {
            if (Math.floorMod(seed, 200) == 0) {
                return LARGE;
            }
            return Math.floorMod(seed, 10) == 0 ? DRAWN : SMALL;
        }

        RecordGenerator generator() {
            return switch (this) {
                case SMALL -> GeneratedBundleConformanceTest.SMALL;
                case DRAWN -> RecordGenerator.defaults();
                case LARGE -> GeneratedBundleConformanceTest.LARGE;
            };
        }
    }

    static RecoveryRecord record(long seed) {
        return Size.of(seed).generator().record(new SplittableRandom(seed));
    }

    @TestFactory
    Stream<DynamicTest> theBundleOfAGeneratedRecordHasNoError() {
        long[] seeds = Seeds.stream(COUNT).toArray();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, work -> {
            Thread thread = new Thread(work, "fhir-conformance");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<FhirConformance.Result>> results = new ArrayList<>(seeds.length);
        for (long seed : seeds) {
            results.add(pool.submit(
                    () -> FhirConformance.validate(FhirMapping.defaults().toBundle(record(seed)))));
        }
        pool.shutdown();
        return Stream.iterate(0, i -> i < seeds.length, i -> i + 1).map(i -> {
            long seed = seeds[i];
            Size size = Size.of(seed);
            return DynamicTest.dynamicTest("seed " + seed + " (" + size + ")", () -> {
                FhirConformance.Result result;
                try {
                    result = results.get(i).get(2, TimeUnit.MINUTES);
                } catch (ExecutionException e) {
                    throw new AssertionError("seed " + seed + " (" + size + " record): " + e.getCause(), e.getCause());
                }
                assertThat(result.errors())
                        .as("seed %d (%s record): the errors of its Bundle", seed, size)
                        .isEmpty();
            });
        });
    }
}
