package org.recoverykit.validation.rules;

import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.TeamRole;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/** CS-TEAM: the plan names its team, and the person is on it. */
final class CsTeam extends BuiltInRule {
    CsTeam() {
        super(
                "CS-TEAM",
                Severity.ERROR,
                "Community Support Training 101, key service function 4: the plan is developed by a team that"
                        + " includes the individual");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        for (int p = 0; p < record.getPlans().size(); p++) {
            RecoveryPlan plan = record.getPlans().get(p);
            if (isChecked(plan) && plan.getTeam().stream().noneMatch(m -> m.getRole() == TeamRole.PERSON)) {
                context.report(pointer("plans", p, "team"));
            }
        }
    }
}
