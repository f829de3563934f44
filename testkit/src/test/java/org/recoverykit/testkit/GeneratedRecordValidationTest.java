package org.recoverykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.Issue;

/**
 * The generators and the validator agree: a generated record has no issue as of {@link RecordGenerator#asOf},
 * a generated defect makes the validator report exactly its rule, at exactly its pointer, and so does half of a
 * surrogate pair alone in any of its texts.
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

    /**
     * A lone surrogate, high or low, goes into a random text at a random place between its characters, where it
     * cannot pair with one. A control record has a character of Unicode text in the same place, since an id or a
     * reference changed at all breaks the rules about ids, and a language code its pattern: the lone surrogate adds
     * exactly one issue to the control's, at its text's pointer.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aLoneSurrogateInAnyTextIsOneIssueAtItsPointer(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        RecoveryRecord record = RecordGenerator.defaults().record(random);
        int texts = PlantedText.count(record);
        char surrogate =
                (char) (random.nextBoolean() ? random.nextInt(0xD800, 0xDC00) : random.nextInt(0xDC00, 0xE000));
        long place = random.nextLong();
        int first = random.nextInt(texts);
        for (int i = 0; i < texts; i++) {
            int index = (first + i) % texts;
            Optional<PlantedText> planted = PlantedText.plant(record, index, t -> insert(t, place, surrogate));
            Optional<PlantedText> control = PlantedText.plant(record, index, t -> insert(t, place, '\u00A4'));
            if (planted.isEmpty() || control.isEmpty()) {
                continue; // a billing code, which the model refuses in any other form
            }
            String pointer = planted.get().getPointer();
            List<String> expected = new ArrayList<>(issues(control.get().getRecord()));
            expected.add("ERROR FIELD-UNICODE-TEXT " + pointer
                    + ": is not Unicode text: it holds half of a surrogate pair alone");

            assertThat(issues(planted.get().getRecord()))
                    .as("seed %d, text %d of %d, at %s", seed, index, texts, pointer)
                    .containsExactlyInAnyOrderElementsOf(expected);
            return;
        }
        throw new AssertionError("seed " + seed + ": no text of the record can be changed");
    }

    /** Inserts a character between two code points of a text, by a place drawn at random. */
    private static String insert(String text, long place, char c) {
        int at = text.offsetByCodePoints(0, (int)
                Math.floorMod(place, (long) text.codePointCount(0, text.length()) + 1));
        return text.substring(0, at) + c + text.substring(at);
    }

    private static List<String> issues(RecoveryRecord record) {
        return ReportedRules.report(record).getIssues().stream()
                .map(Issue::toString)
                .toList();
    }
}
