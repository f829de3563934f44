package org.recoverykit.validation.rules;

import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.Risk;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/** MH22-RISK: every risk has a mitigation and was evaluated with the person. */
final class Mh22Risk extends BuiltInRule {
    Mh22Risk() {
        super(
                "MH22-RISK",
                Severity.ERROR,
                "NOS MH22 P7: work with the person to evaluate the risks; Community Support Training 101, key"
                        + " service function 15");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        forEachCheckedPlan(record, (plan, p) -> {
            for (int r = 0; r < plan.getRisks().size(); r++) {
                Risk risk = plan.getRisks().get(r);
                new Missing(context, "plans", p, "risks", r)
                        .check(risk.getMitigation(), "mitigation")
                        .check(risk.isDiscussedWithPerson(), "discussedWithPerson");
            }
        });
    }
}
