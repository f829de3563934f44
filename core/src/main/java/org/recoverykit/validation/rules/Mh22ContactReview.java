package org.recoverykit.validation.rules;

import org.recoverykit.model.PlanStatus;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/** MH22-CONTACT-REVIEW: the contact arrangement of an active plan is reviewed by its review date. */
final class Mh22ContactReview extends BuiltInRule {
    Mh22ContactReview() {
        super(
                "MH22-CONTACT-REVIEW",
                Severity.WARNING,
                "NOS MH22 P4: review contact with the person based on changing circumstances");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        record.getPlans().stream()
                .filter(plan -> plan.getStatus() == PlanStatus.ACTIVE)
                .flatMap(plan -> Mh22Arrangement.arrangementOf(record, plan).stream())
                .distinct()
                .filter(a -> record.getContactArrangements()
                        .get(a)
                        .getReviewDue()
                        .filter(d -> d.isBefore(context.getAsOf()))
                        .isPresent())
                .forEach(a -> context.report(pointer("contactArrangements", a, "reviewDue")));
    }
}
