package org.recoverykit.validation.rules;

import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.Support;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/**
 * PCP-SUPPORTS: every support states whether it is paid, its provider, type, scope, amount, duration and
 * frequency.
 */
final class PcpSupports extends BuiltInRule {
    PcpSupports() {
        super(
                "PCP-SUPPORTS",
                Severity.ERROR,
                "Person-centred planning, Documents 4 and 6: paid and unpaid supports, with type, scope, amount,"
                        + " duration and frequency");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        forEachCheckedPlan(record, (plan, p) -> {
            for (int s = 0; s < plan.getSupports().size(); s++) {
                Support support = plan.getSupports().get(s);
                new Missing(context, "plans", p, "supports", s)
                        .check(support.getPaid(), "paid")
                        .check(
                                support.getProvider().isPresent()
                                        || support.getProviderMemberId().isPresent()
                                        || support.getNaturalSupportId().isPresent(),
                                "provider")
                        .check(support.getType(), "type")
                        .check(support.getScope(), "scope")
                        .check(support.getAmount(), "amount")
                        .check(support.getDuration(), "duration")
                        .check(support.getFrequency(), "frequency");
            }
        });
    }
}
