package org.recoverykit.validation.rules;

import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.RiskCategory;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/** CS-RELAPSE: a plan with a relapse risk has a crisis and relapse-prevention plan. */
final class CsRelapse extends BuiltInRule {
    CsRelapse() {
        super(
                "CS-RELAPSE",
                Severity.ERROR,
                "Community Support Training 101, key service functions 10 and 15: identify risk factors related to"
                        + " relapse and develop a plan to prevent relapse");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        forEachCheckedPlan(record, (plan, p) -> {
            boolean relapseRisk = plan.getRisks().stream().anyMatch(r -> r.getCategory() == RiskCategory.RELAPSE);
            if (relapseRisk && plan.getCrisisPlan().isEmpty()) {
                context.report(pointer("plans", p, "crisisPlan"));
            }
        });
    }
}
