package org.recoverykit.validation.rules;

import java.util.Optional;
import java.util.stream.IntStream;
import org.recoverykit.model.ContactArrangement;
import org.recoverykit.model.PlanStatus;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/**
 * MH22-ARRANGEMENT: an active plan has an agreed contact arrangement, preferably one that names the plan, else
 * one that names no plan; it has the date it was agreed and says whom to contact when the worker is
 * unavailable.
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
            if (plan.getStatus() != PlanStatus.ACTIVE) {
                continue;
            }
            Optional<Integer> found = arrangementOf(record, plan);
            if (found.isEmpty()) {
                context.report(pointer("plans", p));
                continue;
            }
            ContactArrangement arrangement = record.getContactArrangements().get(found.get());
            new Missing(context, "contactArrangements", found.get())
                    .check(arrangement.getAgreedOn(), "agreedOn")
                    .check(arrangement.getWhenUnavailable(), "whenUnavailable");
        }
    }

    /** The index of the arrangement of a plan: one that names it, else one that names no plan. */
    static Optional<Integer> arrangementOf(RecoveryRecord record, RecoveryPlan plan) {
        var arrangements = record.getContactArrangements();
        Optional<Integer> named = IntStream.range(0, arrangements.size())
                .filter(a -> arrangements
                        .get(a)
                        .getPlanId()
                        .filter(plan.getId()::equals)
                        .isPresent())
                .boxed()
                .findFirst();
        return named.or(() -> IntStream.range(0, arrangements.size())
                .filter(a -> arrangements.get(a).getPlanId().isEmpty())
                .boxed()
                .findFirst());
    }
}
