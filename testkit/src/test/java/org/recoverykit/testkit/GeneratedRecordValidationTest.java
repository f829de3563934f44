package org.recoverykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.Issue;

/**
 * The generators and the validator agree: a generated record has no issue as of {@link RecordGenerator#asOf},
 * and a generated defect makes the validator report exactly its rule, at exactly its pointer.
 */
class GeneratedRecordValidationTest {
    static LongStream seeds() {
        return Seeds.stream(1_000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aGeneratedRecordHasNoIssue(long seed) {
        RecoveryRecord record = RecordGenerator.defaults().record(new SplittableRandom(seed));
        assertThat(ReportedRules.report(record).getIssues()).as("seed %d", seed).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aGeneratedDefectFiresExactlyItsRuleAtItsPointer(long seed) {
        Defect defect = Defect.values()[(int) Math.floorMod(seed, (long) Defect.values().length)];
        DefectiveRecord broken =
                RecordGenerator.defaults().withDefect(defect).defectiveRecord(new SplittableRandom(seed));
        assertThat(ReportedRules.report(broken.getRecord()).getIssues())
                .as("seed %d, %s", seed, defect)
                .extracting(Issue::getRuleId, Issue::getPointer)
                .containsExactly(tuple(defect.getRuleId(), broken.getPointer()));
    }
}
