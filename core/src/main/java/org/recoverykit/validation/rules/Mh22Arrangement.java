package org.recoverykit.validation.rules;

import java.util.Optional;
import org.recoverykit.model.ContactArrangement;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/**
 * MH22-ARRANGEMENT: a plan in force has an agreed contact arrangement, one that names the plan or names no
 * plan, and it says whom to contact when the worker is unavailable.
 */
final class Mh22Arrangement extends BuiltInRule {
    Mh22Arrangement() {
        super(
                "MH22-ARRANGEMENT",
                Severity.ERROR,
                "NOS MH22 P2.5 and P3: agree arrangements for maintaining contact, and who to contact should the"
                        + " worker be unavailable");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        for (int p = 0; p < record.getPlans().size(); p++) {
            RecoveryPlan plan = record.getPlans().get(p);
            if (!isInForce(plan)) {
                continue;
            }
            Optional<Integer> arrangement = find(record, plan);
            if (arrangement.isEmpty()) {
                context.report(pointer("plans", p));
            } else if (record.getContactArrangements()
                    .get(arrangement.get())
                    .getWhenUnavailable()
                    .isEmpty()) {
                context.report(pointer("contactArrangements", arrangement.get(), "whenUnavailable"));
            }
        }
    }

    private static Optional<Integer> find(RecoveryRecord record, RecoveryPlan plan) {
        for (int a = 0; a < record.getContactArrangements().size(); a++) {
            ContactArrangement arrangement = record.getContactArrangements().get(a);
            if (arrangement.getPlanId().map(plan.getId()::equals).orElse(true)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
