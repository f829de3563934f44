package org.recoverykit.validation.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import org.recoverykit.model.PlanStatus;
import org.recoverykit.model.ReEngagementAttempt;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.Rule;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/** What every built-in rule has: an id, a default severity and the clause it enforces. */
abstract class BuiltInRule implements Rule {
    private final String id;
    private final Severity severity;
    private final String source;

    BuiltInRule(String id, Severity severity, String source) {
        this.id = id;
        this.severity = severity;
        this.source = source;
    }

    @Override
    public final String getId() {
        return id;
    }

    @Override
    public final Severity getDefaultSeverity() {
        return severity;
    }

    @Override
    public final String getSource() {
        return source;
    }

    /** Builds a JSON Pointer from property names and indexes. */
    static String pointer(Object... segments) {
        StringBuilder pointer = new StringBuilder();
        for (Object segment : segments) {
            pointer.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    /** Whether a plan's content is checked: every plan but one entered in error. */
    static boolean isChecked(RecoveryPlan plan) {
        return plan.getStatus() != PlanStatus.ENTERED_IN_ERROR;
    }

    /** Calls the action with each plan whose content is checked, and its index. */
    static void forEachCheckedPlan(RecoveryRecord record, ObjIntConsumer<RecoveryPlan> action) {
        for (int p = 0; p < record.getPlans().size(); p++) {
            if (isChecked(record.getPlans().get(p))) {
                action.accept(record.getPlans().get(p), p);
            }
        }
    }

    /** Whether a plan is in force: active or on hold. */
    static boolean isInForce(RecoveryPlan plan) {
        return plan.getStatus() == PlanStatus.ACTIVE || plan.getStatus() == PlanStatus.ON_HOLD;
    }

    /** Reports each attribute of one element that is missing, at the attribute's own pointer. */
    static final class Missing {
        private final RuleContext context;
        private final String element;

        Missing(RuleContext context, Object... element) {
            this.context = context;
            this.element = pointer(element);
        }

        Missing check(boolean present, String attribute) {
            if (!present) {
                context.report(element + pointer(attribute), attribute);
            }
            return this;
        }

        Missing check(Optional<?> value, String attribute) {
            return check(value.isPresent(), attribute);
        }
    }

    /**
     * Whether a re-engagement attempt that the filter accepts falls from a day to that day plus the policy's
     * re-engagement window.
     */
    static boolean reEngaged(
            RecoveryRecord record, LocalDate from, LocalDate deadline, Predicate<ReEngagementAttempt> which) {
        return record.getReEngagementAttempts().stream()
                .anyMatch(a -> which.test(a)
                        && !a.getDate().isBefore(from)
                        && !a.getDate().isAfter(deadline));
    }
}
