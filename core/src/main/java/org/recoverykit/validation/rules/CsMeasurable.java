package org.recoverykit.validation.rules;

import org.recoverykit.model.Goal;
import org.recoverykit.model.Intervention;
import org.recoverykit.model.Objective;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/**
 * CS-MEASURABLE: every objective has a measure and a target date; every intervention states its amount,
 * frequency and duration.
 */
final class CsMeasurable extends BuiltInRule {
    CsMeasurable() {
        super(
                "CS-MEASURABLE",
                Severity.ERROR,
                "Community Support Training 101, key service function 4: specific, measurable and individualized"
                        + " interventions");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        forEachCheckedPlan(record, (plan, p) -> {
            for (int g = 0; g < plan.getGoals().size(); g++) {
                Goal goal = plan.getGoals().get(g);
                for (int o = 0; o < goal.getObjectives().size(); o++) {
                    Objective objective = goal.getObjectives().get(o);
                    new Missing(context, "plans", p, "goals", g, "objectives", o)
                            .check(objective.getMeasure(), "measure")
                            .check(objective.getTargetDate(), "targetDate");
                }
            }
            for (int i = 0; i < plan.getInterventions().size(); i++) {
                Intervention intervention = plan.getInterventions().get(i);
                new Missing(context, "plans", p, "interventions", i)
                        .check(intervention.getAmount(), "amount")
                        .check(intervention.getFrequency(), "frequency")
                        .check(intervention.getDuration(), "duration");
            }
        });
    }
}
