package org.recoverykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoverykit.model.RecoveryRecord;

class RecordGeneratorRedactionTest {
    /** Shorter values, such as a baseline of "0" or a given name of three letters, may appear by chance. */
    private static final int SHORTEST_CHECKED = 4;

    static LongStream seeds() {
        return Seeds.stream(1_000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void toStringShowsNoPatientData(long seed) {
        RecoveryRecord record = RecordGenerator.defaults().record(new SplittableRandom(seed));
        List<String> data = new ArrayList<>(PatientData.all(record));
        data.addAll(PatientData.crisisContactPoints(record));

        String text = record.toString();

        List<String> shown = new ArrayList<>();
        for (String value : data) {
            if (value.length() >= SHORTEST_CHECKED && text.contains(value)) {
                shown.add(value);
            }
        }
        assertThat(shown.size())
                .as("seed %d: how many values of the record toString() shows (not the values: a log is no place)", seed)
                .isZero();
        assertThat(data)
                .as("seed %d: the record holds patient data to look for", seed)
                .isNotEmpty();
    }
}
