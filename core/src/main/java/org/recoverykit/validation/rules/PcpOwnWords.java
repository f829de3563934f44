package org.recoverykit.validation.rules;

import org.recoverykit.model.Goal;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/** PCP-OWN-WORDS: every goal has a statement in the person's own words. */
final class PcpOwnWords extends BuiltInRule {
    PcpOwnWords() {
        super(
                "PCP-OWN-WORDS",
                Severity.WARNING,
                "Person-centred planning, Documents 3: goal statements capture what is important to the person in"
                        + " their own words wherever possible");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        for (int p = 0; p < record.getPlans().size(); p++) {
            RecoveryPlan plan = record.getPlans().get(p);
            if (!isChecked(plan)) {
                continue;
            }
            for (int g = 0; g < plan.getGoals().size(); g++) {
                Goal goal = plan.getGoals().get(g);
                if (goal.getStatement().isEmpty() || !goal.isInOwnWords()) {
                    context.report(pointer("plans", p, "goals", g, "statement"));
                }
            }
        }
    }
}
