package org.recoverykit.validation.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.stream.Stream;
import org.recoverykit.model.DateRange;
import org.recoverykit.model.PlanReview;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/**
 * PCP-REVIEW: a plan is reviewed within the policy's review interval, counting from its last review or, before
 * the first, from when it was written or started: its next review is not scheduled later than that, and a plan
 * in force is not past it on the date of the check, unless the plan's period ended before the review fell due.
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
        Period interval = context.getPolicy().getReviewInterval();
        forEachCheckedPlan(record, (plan, p) -> {
            Optional<LocalDate> last = Stream.of(
                            plan.getReviews().stream().map(PlanReview::getDate),
                            plan.getCreatedOn().stream(),
                            plan.getPeriod().map(DateRange::getStart).stream())
                    .flatMap(dates -> dates)
                    .max(LocalDate::compareTo);
            if (last.isEmpty()) {
                return;
            }
            LocalDate due = last.get().plus(interval);
            if (plan.getNextReviewDue().filter(next -> next.isAfter(due)).isPresent()) {
                context.report(pointer("plans", p, "nextReviewDue"), interval.toString());
            } else if (isInForce(plan)
                    && due.isBefore(context.getAsOf())
                    && plan.getPeriod()
                            .flatMap(DateRange::getEnd)
                            .filter(end -> end.isBefore(due))
                            .isEmpty()) {
                context.report(pointer("plans", p, "reviews"), interval.toString());
            }
        });
    }
}
