package org.recoverykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recoverykit.model.AgeGroup;
import org.recoverykit.model.Attendance;
import org.recoverykit.model.Contact;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.ServiceModel;

class RecordGeneratorTest {
    private static final long SEED = Seeds.base();

    private static SplittableRandom random() {
        return new SplittableRandom(SEED);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, RecordGenerator.MAX_GOALS})
    void givesEveryPlanVersionTheGoalsAskedFor(int goals) {
        for (long seed = SEED; seed < SEED + 20; seed++) {
            RecoveryRecord record = RecordGenerator.defaults().withGoals(goals).record(new SplittableRandom(seed));

            assertThat(record.getPlans())
                    .allSatisfy(plan -> assertThat(plan.getGoals()).hasSize(goals));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, RecordGenerator.MAX_CONTACTS})
    void givesTheContactsAskedFor(int contacts) {
        for (long seed = SEED; seed < SEED + 20; seed++) {
            RecoveryRecord record =
                    RecordGenerator.defaults().withContacts(contacts).record(new SplittableRandom(seed));

            assertThat(record.getContacts()).hasSize(contacts);
            assertThat(Consistency.all(record)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(AgeGroup.class)
    void putsThePersonInTheAgeGroupAskedFor(AgeGroup group) {
        for (long seed = SEED; seed < SEED + 50; seed++) {
            RecoveryRecord record =
                    RecordGenerator.defaults().withAgeGroup(group).record(new SplittableRandom(seed));

            assertThat(Consistency.ageGroup(record)).isEqualTo(group);
            assertThat(Consistency.dates(record)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(ServiceModel.class)
    void followsTheServiceModelAskedFor(ServiceModel model) {
        for (long seed = SEED; seed < SEED + 20; seed++) {
            RecoveryRecord record =
                    RecordGenerator.defaults().withServiceModel(model).record(new SplittableRandom(seed));

            assertThat(record.getPlans())
                    .extracting(RecoveryPlan::getServiceModel)
                    .containsOnly(model);
            assertThat(ReportedRules.of(record)).isEmpty();
        }
    }

    @Test
    void drawsEverySettingAcrossRecords() {
        List<RecoveryRecord> records = LongStream.range(SEED, SEED + 300)
                .mapToObj(seed -> RecordGenerator.defaults().record(new SplittableRandom(seed)))
                .collect(Collectors.toList());

        assertThat(records.stream().map(Consistency::ageGroup).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(AgeGroup.values());
        assertThat(records.stream()
                        .map(r -> r.getPlans().get(0).getServiceModel())
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ServiceModel.values());
        assertThat(records.stream().flatMap(r -> r.getContacts().stream()).map(c -> c.getAttendance()))
                .contains(Attendance.values());
        assertThat(records).anyMatch(r -> r.getContacts().isEmpty());
        assertThat(records).anyMatch(r -> r.getPlans().size() == 3);
        assertThat(records).anyMatch(r -> r.getPerson().getName().isEmpty());
        assertThat(records).anyMatch(r -> r.getReferrals().isEmpty());
        assertThat(records).anyMatch(r -> r.getEpisodes().isEmpty());
        assertThat(records).anyMatch(r -> !r.getDischargePlans().isEmpty());
    }

    @Test
    void drawsPartsOfTheSameRecord() {
        RecoveryRecord record = RecordGenerator.defaults().record(random());

        assertThat(RecordGenerator.defaults().person(random())).isEqualTo(record.getPerson());
        assertThat(RecordGenerator.defaults().plan(random()))
                .isEqualTo(record.getPlans().get(record.getPlans().size() - 1));
    }

    @Test
    void drawsPartsThatAreAlwaysThere() {
        Map<String, Integer> compared = new TreeMap<>();
        for (long seed = SEED; seed < SEED + 50; seed++) {
            RecordGenerator generator = RecordGenerator.defaults();
            RecoveryRecord record = generator.record(new SplittableRandom(seed));
            assertThat(RecordGenerator.defaults()
                            .contact(new SplittableRandom(seed))
                            .getAttendance())
                    .isEqualTo(Attendance.ATTENDED);
            // a record that already has the part is the record the part is drawn from
            assertDrawnFrom(compared, seed, "contact", attended(record), generator.contact(new SplittableRandom(seed)));
            assertDrawnFrom(
                    compared, seed, "referral", record.getReferrals(), generator.referral(new SplittableRandom(seed)));
            assertDrawnFrom(
                    compared, seed, "episode", record.getEpisodes(), generator.episode(new SplittableRandom(seed)));
            assertDrawnFrom(
                    compared,
                    seed,
                    "discharge plan",
                    record.getDischargePlans(),
                    generator.dischargePlan(new SplittableRandom(seed)));
            for (Defect defect : Defect.values()) {
                RecordGenerator defective = RecordGenerator.defaults().withDefect(defect);
                assertDrawnFrom(
                        compared,
                        seed,
                        defect + " contact",
                        attended(defective.record(new SplittableRandom(seed))),
                        defective.contact(new SplittableRandom(seed)));
            }
        }
        assertThat(compared)
                .as("every kind of part is compared with a record's at least once")
                .hasSize(4 + Defect.values().length)
                .allSatisfy((kind, count) -> assertThat(count).as(kind).isPositive());
    }

    private static List<Contact> attended(RecoveryRecord record) {
        return record.getContacts().stream()
                .filter(c -> c.getAttendance() == Attendance.ATTENDED)
                .toList();
    }

    /**
     * Where the record drawn for the seed has parts of a kind, the part drawn alone is the first of them; counts
     * the comparisons by kind.
     */
    private static <T> void assertDrawnFrom(
            Map<String, Integer> compared, long seed, String kind, List<T> inRecord, T drawn) {
        compared.putIfAbsent(kind, 0);
        if (!inRecord.isEmpty()) {
            compared.merge(kind, 1, Integer::sum);
            assertThat(drawn)
                    .as("seed %d: the %s is the first of the record drawn for the seed", seed, kind)
                    .isEqualTo(inRecord.get(0));
        }
    }

    @Test
    void acceptsAnyRandomGenerator() {
        assertThat(RecordGenerator.defaults().record(new Random(SEED)))
                .isEqualTo(RecordGenerator.defaults().record(new Random(SEED)))
                .isNotEqualTo(RecordGenerator.defaults().record(random()));
    }

    @Test
    void isSafeToShareBetweenThreads() {
        RecordGenerator generator = RecordGenerator.defaults().withDefect(Defect.CS_MISSED);
        List<RecoveryRecord> sequential = LongStream.range(SEED, SEED + 64)
                .mapToObj(seed -> generator.record(new SplittableRandom(seed)))
                .collect(Collectors.toList());

        List<RecoveryRecord> parallel = LongStream.range(SEED, SEED + 64)
                .parallel()
                .mapToObj(seed -> generator.record(new SplittableRandom(seed)))
                .collect(Collectors.toList());

        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void putsTheDefectIntoRecord() {
        RecordGenerator generator = RecordGenerator.defaults().withDefect(Defect.CS_NOTE);

        assertThat(generator.record(random()))
                .isEqualTo(generator.defectiveRecord(random()).getRecord());
        assertThat(ReportedRules.of(generator.record(random()))).containsExactly("CS-NOTE");
        assertThat(generator.getDefect()).contains(Defect.CS_NOTE);
        assertThat(RecordGenerator.defaults().getDefect()).isEmpty();
    }

    @Test
    void describesItsSettingsAndComparesByThem() {
        RecordGenerator generator = RecordGenerator.defaults()
                .withGoals(3)
                .withContacts(5)
                .withAgeGroup(AgeGroup.YOUTH)
                .withServiceModel(ServiceModel.SUPPORT_TIME_RECOVERY)
                .withDefect(Defect.STR_TOTAL);

        assertThat(generator)
                .hasToString("RecordGenerator[goals=3, contacts=5, ageGroup=youth,"
                        + " serviceModel=support-time-recovery, defect=STR-TOTAL]")
                .isEqualTo(RecordGenerator.defaults()
                        .withDefect(Defect.STR_TOTAL)
                        .withServiceModel(ServiceModel.SUPPORT_TIME_RECOVERY)
                        .withAgeGroup(AgeGroup.YOUTH)
                        .withContacts(5)
                        .withGoals(3))
                .hasSameHashCodeAs(RecordGenerator.defaults()
                        .withGoals(3)
                        .withContacts(5)
                        .withAgeGroup(AgeGroup.YOUTH)
                        .withServiceModel(ServiceModel.SUPPORT_TIME_RECOVERY)
                        .withDefect(Defect.STR_TOTAL))
                .isNotEqualTo(RecordGenerator.defaults());
        assertThat(RecordGenerator.defaults()).hasToString("RecordGenerator[]");
    }

    @Test
    void rejectsSettingsOutOfRange() {
        RecordGenerator generator = RecordGenerator.defaults();

        assertThatThrownBy(() -> generator.withGoals(0)).hasMessage("goals must be from 1 to 25");
        assertThatThrownBy(() -> generator.withGoals(26)).hasMessage("goals must be from 1 to 25");
        assertThatThrownBy(() -> generator.withContacts(-1)).hasMessage("contacts must be from 0 to 250");
        assertThatThrownBy(() -> generator.withContacts(251)).hasMessage("contacts must be from 0 to 250");
        assertThatThrownBy(() -> generator.withAgeGroup(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> generator.withServiceModel(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> generator.withDefect(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> generator.record(null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = AgeGroup.class,
            names = {"CHILD", "YOUTH"})
    void keepsAChildOrYouthInTheirGroupUntilTheLastDayOfTheLongestRecords(AgeGroup group) {
        for (long seed = 0; seed < 300; seed++) {
            RecoveryRecord record = RecordGenerator.defaults()
                    .withContacts(RecordGenerator.MAX_CONTACTS)
                    .withAgeGroup(group)
                    .record(new SplittableRandom(seed));
            LocalDate born = record.getPerson().getBirthDate().orElseThrow();
            for (RecoveryPlan plan : record.getPlans()) {
                LocalDate start = plan.getPeriod().orElseThrow().getStart();
                assertThat(AgeGroup.of(born, start))
                        .as("seed %d, %s", seed, plan.getId())
                        .isEqualTo(group);
            }
        }
    }

    @Test
    void rejectsMoreContactsThanAnStrEpisodeHolds() {
        assertThatThrownBy(() -> RecordGenerator.defaults()
                        .withServiceModel(ServiceModel.SUPPORT_TIME_RECOVERY)
                        .withContacts(RecordGenerator.MAX_STR_CONTACTS + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an STR episode holds at most 50 contacts; ask for fewer");
        assertThat(RecordGenerator.defaults()
                        .withContacts(RecordGenerator.MAX_CONTACTS)
                        .record(new java.util.SplittableRandom(1))
                        .getContacts())
                .hasSize(RecordGenerator.MAX_CONTACTS);
    }

    @Test
    void rejectsSettingsThatDoNotFitTheDefect() {
        assertThatThrownBy(() ->
                        RecordGenerator.defaults().withAgeGroup(AgeGroup.ADULT).withDefect(Defect.CS_CHILD_FAMILY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Defect CS_CHILD_FAMILY needs a child or a youth, not an adult");
        assertThatThrownBy(() -> RecordGenerator.defaults()
                        .withDefect(Defect.STR_ENABLEMENT)
                        .withServiceModel(ServiceModel.PEER_SUPPORT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Defect STR_ENABLEMENT needs the support-time-recovery service model");
        assertThatThrownBy(() -> RecordGenerator.defaults().withContacts(2).withDefect(Defect.MH22_BREAKDOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Defect MH22_BREAKDOWN needs at least 3 contacts");
        assertThatThrownBy(() ->
                        RecordGenerator.defaults().withDefect(Defect.CS_NOTE).withContacts(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Defect CS_NOTE needs at least 1 contact");
        assertThatThrownBy(() -> RecordGenerator.defaults().defectiveRecord(random()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The generator has no defect: set one with withDefect");
        assertThatThrownBy(() -> RecordGenerator.defaults().withContacts(0).contact(random()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void fitsTheDefectToTheSettingsItNeeds() {
        for (long seed = SEED; seed < SEED + 50; seed++) {
            RecoveryRecord child = RecordGenerator.defaults()
                    .withAgeGroup(AgeGroup.CHILD)
                    .withDefect(Defect.CS_CHILD_FAMILY)
                    .record(new SplittableRandom(seed));
            RecoveryRecord str = RecordGenerator.defaults()
                    .withContacts(3)
                    .withDefect(Defect.STR_CHARGEABLE)
                    .record(new SplittableRandom(seed));

            assertThat(Consistency.ageGroup(child)).isEqualTo(AgeGroup.CHILD);
            assertThat(ReportedRules.of(child)).containsExactly("CS-CHILD-FAMILY");
            assertThat(str.getContacts()).hasSize(3);
            assertThat(ReportedRules.of(str)).containsExactly("STR-CHARGEABLE");
        }
    }
}
