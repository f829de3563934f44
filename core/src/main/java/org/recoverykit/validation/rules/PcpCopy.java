package org.recoverykit.validation.rules;

import org.recoverykit.model.PlanStatus;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/** PCP-COPY: the person was offered a copy of every plan version past its draft. */
final class PcpCopy extends BuiltInRule {
    PcpCopy() {
        super(
                "PCP-COPY",
                Severity.ERROR,
                "Person-centred planning, Team 3: the person is always offered a copy of their plan");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        forEachCheckedPlan(record, (plan, p) -> {
            if (plan.getStatus() != PlanStatus.DRAFT && plan.getCopyOfferedOn().isEmpty()) {
                context.report(pointer("plans", p, "copyOfferedOn"));
            }
        });
    }
}
