package org.recoverykit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InvariantsTest {
    @Test
    void aMissingIdIsNamed() {
        assertThatThrownBy(() -> Goal.builder().status(GoalStatus.ACTIVE).build())
                .isInstanceOf(InvariantViolationException.class)
                .hasMessage("Cannot build Goal, some of required attributes are not set [id]");
    }

    @Test
    void aBlankIdIsNamed() {
        assertThatThrownBy(
                        () -> Goal.builder().id(" ").status(GoalStatus.ACTIVE).build())
                .isInstanceOf(InvariantViolationException.class)
                .hasMessage("Goal.id must not be blank");
    }

    @Test
    void aContactEndingBeforeItStartsIsNamed() {
        assertThatThrownBy(() -> Contact.builder()
                        .id("c-1")
                        .start(SampleRecords.at(10, 2, 10, 0))
                        .end(SampleRecords.at(10, 2, 9, 59))
                        .attendance(Attendance.ATTENDED)
                        .build())
                .isInstanceOf(InvariantViolationException.class)
                .hasMessage("Contact.end must not be before Contact.start");
    }

    @Test
    void aNullIsRefusedWithTheLibrarysException() {
        assertThatThrownBy(() -> Goal.builder().id(null))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessage("id");
    }

    @Test
    void countsAreAtLeastOne() {
        assertThatThrownBy(() ->
                        Frequency.builder().times(0).unit(FrequencyUnit.WEEK).build())
                .hasMessage("Frequency.times must be at least 1");
        assertThatThrownBy(() -> SampleRecords.plan().withVersion(0))
                .hasMessage("RecoveryPlan.version must be at least 1");
    }

    @Test
    void anIncompletePlanCanBeBuiltSoThatItCanBeReported() {
        RecoveryPlan plan = RecoveryPlan.builder()
                .id("p-1")
                .status(PlanStatus.DRAFT)
                .serviceModel(ServiceModel.COMMUNITY_SUPPORT)
                .addGoal(Goal.builder().id("g-1").status(GoalStatus.PROPOSED).build())
                .build();
        assertThat(plan.getTeam()).isEmpty();
        assertThat(plan.getGoals().get(0).getStatement()).isEmpty();
    }

    @Test
    void copiesChangeOneAttribute() {
        Goal goal = SampleRecords.plan().getGoals().get(0);
        Goal done = goal.withStatus(GoalStatus.COMPLETED);
        assertThat(done.getStatus()).isEqualTo(GoalStatus.COMPLETED);
        assertThat(done.withStatus(GoalStatus.ACTIVE)).isEqualTo(goal);
    }

    @Test
    void ageGroupsFollowTheBirthDate() {
        LocalDate born = LocalDate.of(2010, 6, 15);
        assertThat(AgeGroup.of(born, LocalDate.of(2023, 6, 14))).isEqualTo(AgeGroup.CHILD);
        assertThat(AgeGroup.of(born, LocalDate.of(2023, 6, 15))).isEqualTo(AgeGroup.YOUTH);
        assertThat(AgeGroup.of(born, LocalDate.of(2028, 6, 14))).isEqualTo(AgeGroup.YOUTH);
        assertThat(AgeGroup.of(born, LocalDate.of(2028, 6, 15))).isEqualTo(AgeGroup.ADULT);
        assertThatThrownBy(() -> AgeGroup.of(born, born.minusDays(1)))
                .hasMessage("AgeGroup asOf must not be before the birth date");
    }

    @Test
    void codesAreStableAndLookedUpWithoutEchoingUnknownOnes() {
        assertThat(Coded.of(Attendance.class, "cancelled-by-person")).isEqualTo(Attendance.CANCELLED_BY_PERSON);
        assertThat(Coded.find(ContactMode.class, "pigeon")).isEmpty();
        assertThatThrownBy(() -> Coded.of(ContactMode.class, "CANARY-7731"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown code for ContactMode");
    }
}
