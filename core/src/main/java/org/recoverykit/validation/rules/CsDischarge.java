package org.recoverykit.validation.rules;

import org.recoverykit.model.DischargePlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/** CS-DISCHARGE: a discharge plan names its aftercare or continuing-recovery services, or says why none. */
final class CsDischarge extends BuiltInRule {
    CsDischarge() {
        super(
                "CS-DISCHARGE",
                Severity.ERROR,
                "Community Support Training 101, key service function 8: a discharge and aftercare/continuing"
                        + " recovery plan");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        for (int d = 0; d < record.getDischargePlans().size(); d++) {
            DischargePlan plan = record.getDischargePlans().get(d);
            if (plan.getContinuingServices().isEmpty()
                    && plan.getNoAftercareReason().isEmpty()) {
                context.report(pointer("dischargePlans", d, "continuingServices"));
            }
        }
    }
}
