package org.recoverykit.validation.rules;

import org.recoverykit.model.Goal;
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
        forEachCheckedPlan(record, (plan, p) -> {
            for (int g = 0; g < plan.getGoals().size(); g++) {
                Goal goal = plan.getGoals().get(g);
                if (goal.getStatement().isEmpty()) {
                    context.report(pointer("plans", p, "goals", g, "statement"));
                } else if (!goal.isInOwnWords()) {
                    context.report(pointer("plans", p, "goals", g, "inOwnWords"));
                }
            }
        });
    }
}
