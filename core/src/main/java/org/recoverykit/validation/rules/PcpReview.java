package org.recoverykit.validation.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.recoverykit.model.DateRange;
import org.recoverykit.model.PlanReview;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/**
 * PCP-REVIEW: a plan in force was reviewed within the policy's review interval, counting from its last review
 * or, before the first, from when it was written or started.
 */
final class PcpReview extends BuiltInRule {
    PcpReview() {
        super(
                "PCP-REVIEW",
                Severity.ERROR,
                "Person-centred planning, Documents 5: the plan is revised as needed; 42 CFR 441.301(c)(3): reviewed"
                        + " at least every 12 months");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        for (int p = 0; p < record.getPlans().size(); p++) {
            RecoveryPlan plan = record.getPlans().get(p);
            if (!isInForce(plan)) {
                continue;
            }
            Optional<LocalDate> last = Stream.concat(
                            plan.getReviews().stream().map(PlanReview::getDate),
                            Stream.concat(
                                    plan.getCreatedOn().stream(), plan.getPeriod().map(DateRange::getStart).stream()))
                    .max(LocalDate::compareTo);
            if (last.isPresent()
                    && last.get().plus(context.getPolicy().getReviewInterval()).isBefore(context.getAsOf())) {
                context.report(
                        pointer("plans", p, "reviews"),
                        context.getPolicy().getReviewInterval().toString());
            }
        }
    }
}
