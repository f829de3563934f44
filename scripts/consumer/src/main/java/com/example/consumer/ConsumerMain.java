package com.example.consumer;

import java.time.LocalDate;
import java.util.List;
import org.recoverykit.json.RecordJson;
import org.recoverykit.model.DateRange;
import org.recoverykit.model.Goal;
import org.recoverykit.model.GoalStatus;
import org.recoverykit.model.InvariantViolationException;
import org.recoverykit.model.LifeDomain;
import org.recoverykit.model.Person;
import org.recoverykit.model.PlanStatus;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.ServiceModel;
import org.recoverykit.validation.RecordValidator;
import org.recoverykit.validation.ValidationReport;

/** Uses recoverykit-core the way a downstream project does, and prints "consumer OK" if it behaves. */
public final class ConsumerMain {
    private ConsumerMain() {}

    public static void main(String[] args) throws Exception {
        LocalDate start = LocalDate.of(2026, 1, 5);
        DateRange period = DateRange.of(start, LocalDate.of(2026, 3, 31));
        check(period.contains(start) && !period.contains(LocalDate.of(2026, 4, 1)), "a range holds its days");
        try {
            DateRange.of(start, start.minusDays(1));
            throw new AssertionError("a range ending before its start was accepted");
        } catch (InvariantViolationException expected) {
            check(expected.getMessage().equals("DateRange.end must not be before DateRange.start"), "the message");
        }

        RecoveryRecord record = RecoveryRecord.builder()
                .id("rec-1")
                .person(Person.builder().id("per-1").build())
                .addPlan(RecoveryPlan.builder()
                        .id("plan-1")
                        .status(PlanStatus.DRAFT)
                        .serviceModel(ServiceModel.COMMUNITY_SUPPORT)
                        .period(period)
                        .addGoal(Goal.builder().id("g-1").status(GoalStatus.PROPOSED).build())
                        .build())
                .build();
        RecoveryRecord read = RecordJson.defaults().read(RecordJson.defaults().toJson(record));
        check(read.equals(record), "the native document reads back equal");

        ValidationReport report = RecordValidator.defaults().validate(read, LocalDate.of(2026, 1, 10));
        check(!report.isValid(), "an incomplete plan has errors");
        check(report.toText().contains("ERROR CS-GOAL-DOMAIN /plans/0/goals/0/lifeDomains: A goal must name"),
                "the report names the rule, the place and the problem");
        RecoveryRecord fixed = read.withPlans(List.of(read.getPlans().get(0).withGoals(
                List.of(read.getPlans().get(0).getGoals().get(0).withLifeDomains(List.of(LifeDomain.HOUSING))))));
        check(RecordValidator.defaults().validate(fixed, LocalDate.of(2026, 1, 10)).getIssues().stream()
                        .noneMatch(i -> i.getRuleId().equals("CS-GOAL-DOMAIN")),
                "a goal with a life domain passes that rule");
        System.out.println("consumer OK");
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("expected: " + what);
        }
    }
}
