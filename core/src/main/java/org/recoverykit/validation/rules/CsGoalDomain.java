package org.recoverykit.validation.rules;

import org.recoverykit.model.Goal;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/** CS-GOAL-DOMAIN: every goal names at least one life domain. */
final class CsGoalDomain extends BuiltInRule {
    CsGoalDomain() {
        super(
                "CS-GOAL-DOMAIN",
                Severity.ERROR,
                "Community Support Training 101: the ITP is based on the life domains the person has identified");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        forEachCheckedPlan(record, (plan, p) -> {
            for (int g = 0; g < plan.getGoals().size(); g++) {
                Goal goal = plan.getGoals().get(g);
                if (goal.getLifeDomains().isEmpty()) {
                    context.report(pointer("plans", p, "goals", g, "lifeDomains"));
                }
            }
        });
    }
}
