package org.recoverykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoverykit.json.RecordJson;
import org.recoverykit.model.RecoveryRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DefectTest {
    private static final RecordJson JSON = RecordJson.defaults();
    private static final JsonMapper TREES = JsonMapper.builder().build();

    /** The rule ids of the DESIGN.md section 3 catalogue, in its order. */
    private static final String[] CATALOGUE = {
        "CS-GOAL-DOMAIN",
        "CS-MEASURABLE",
        "CS-TEAM",
        "CS-CHILD-FAMILY",
        "CS-NOTE",
        "CS-DISCHARGE",
        "CS-MISSED",
        "CS-RELAPSE",
        "CS-NATURAL",
        "PCP-OWN-WORDS",
        "PCP-STRENGTHS",
        "PCP-SUPPORTS",
        "PCP-COPY",
        "PCP-REVIEW",
        "MH22-ARRANGEMENT",
        "MH22-BREAKDOWN",
        "MH22-RISK",
        "MH22-AGREED",
        "MH22-MINIMAL",
        "STR-ENABLEMENT",
        "STR-TOTAL",
        "STR-CHARGEABLE",
        "PEER-CHOICE",
        "PEER-CONTACT",
        "CSUP-CODE",
        "ECM-OUTREACH"
    };

    /** Defects whose record has, without the defect, everything the defect needs. */
    private static final Set<Defect> NEED_NOTHING = EnumSet.of(
            Defect.CS_GOAL_DOMAIN,
            Defect.CS_MEASURABLE,
            Defect.CS_TEAM,
            Defect.CS_NATURAL,
            Defect.PCP_OWN_WORDS,
            Defect.PCP_STRENGTHS,
            Defect.PCP_SUPPORTS,
            Defect.PCP_COPY,
            Defect.PCP_REVIEW);

    /** What else a defect changes, besides what its pointer names. */
    private static final Map<Defect, String> ALSO_CHANGED = Map.of(
            Defect.PCP_STRENGTHS, "/person/interests",
            Defect.PCP_REVIEW, "/plans/P/reviews");

    static LongStream seeds() {
        return Seeds.stream(1_000);
    }

    @Test
    void thereIsOneDefectPerRuleOfTheCatalogue() {
        assertThat(Arrays.stream(Defect.values()).map(Defect::getRuleId)).containsExactly(CATALOGUE);
        for (Defect defect : Defect.values()) {
            assertThat(Defect.ofRuleId(defect.getRuleId())).isSameAs(defect);
        }
        assertThatThrownBy(() -> Defect.ofRuleId("CS-NOPE"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No defect breaks the rule CS-NOPE");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void eachDefectBreaksExactlyItsRule(long seed) throws Exception {
        RecoveryRecord clean = RecordGenerator.defaults().record(new SplittableRandom(seed));
        for (Defect defect : Defect.values()) {
            DefectiveRecord defective =
                    RecordGenerator.defaults().withDefect(defect).defectiveRecord(new SplittableRandom(seed));
            RecoveryRecord record = defective.getRecord();

            assertThat(defective.getDefect()).as("seed %d", seed).isSameAs(defect);
            assertThat(record)
                    .as("seed %d: %s changes the record", seed, defect)
                    .isNotEqualTo(clean);
            assertThat(ReportedRules.of(record))
                    .as("seed %d: %s breaks", seed, defect)
                    .containsExactly(defect.getRuleId());
            assertThat(Consistency.structure(record))
                    .as("seed %d: %s keeps ids and references", seed, defect)
                    .isEmpty();
            String json = JSON.toJson(record);
            assertThat(JSON.read(json))
                    .as("seed %d: %s reads back", seed, defect)
                    .isEqualTo(record);
            assertThat(parent(TREES.readTree(json), defective.getPointer()).isMissingNode())
                    .as("seed %d: %s points into the document: %s", seed, defect, defective.getPointer())
                    .isFalse();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aDefectThatNeedsNothingChangesOnlyWhatItPointsAt(long seed) {
        JsonNode clean = TREES.readTree(JSON.toJson(RecordGenerator.defaults().record(new SplittableRandom(seed))));
        for (Defect defect : NEED_NOTHING) {
            DefectiveRecord defective =
                    RecordGenerator.defaults().withDefect(defect).defectiveRecord(new SplittableRandom(seed));
            JsonNode tree = TREES.readTree(JSON.toJson(defective.getRecord()));

            Set<String> differences = JsonDiff.differences(clean, tree);

            String pointer = defective.getPointer();
            String also = ALSO_CHANGED
                    .getOrDefault(defect, pointer)
                    .replace("/P/", "/" + (defective.getRecord().getPlans().size() - 1) + "/");
            assertThat(differences)
                    .as("seed %d: %s at %s", seed, defect, pointer)
                    .isNotEmpty()
                    .allMatch(d -> within(d, pointer) || within(d, also));
        }
    }

    private static boolean within(String difference, String pointer) {
        return difference.equals(pointer) || difference.startsWith(pointer + "/");
    }

    private static JsonNode parent(JsonNode tree, String pointer) {
        return tree.at(pointer.substring(0, pointer.lastIndexOf('/')));
    }
}
