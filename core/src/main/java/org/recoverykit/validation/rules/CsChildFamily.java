package org.recoverykit.validation.rules;

import java.time.LocalDate;
import java.time.Period;
import org.recoverykit.model.DateRange;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.TeamRole;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/**
 * CS-CHILD-FAMILY: the plan of a person under the policy's child age limit, on the plan's start, involves
 * family or natural supports: a family member or a natural support is on the team.
 */
final class CsChildFamily extends BuiltInRule {
    CsChildFamily() {
        super(
                "CS-CHILD-FAMILY",
                Severity.ERROR,
                "Community Support Training 101, children and youth: building on the child's natural support system"
                        + " is a key element of the ITP");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        if (record.getPerson().getBirthDate().isEmpty()) {
            return;
        }
        LocalDate born = record.getPerson().getBirthDate().get();
        forEachCheckedPlan(record, (plan, p) -> {
            LocalDate start = plan.getPeriod().map(DateRange::getStart).orElse(context.getAsOf());
            boolean child = !start.isBefore(born)
                    && Period.between(born, start).getYears()
                            < context.getPolicy().getChildAgeLimit();
            boolean family = plan.getTeam().stream()
                    .anyMatch(m -> m.getRole() == TeamRole.FAMILY || m.getRole() == TeamRole.NATURAL_SUPPORT);
            if (child && !family) {
                context.report(pointer("plans", p, "team"), context.getPolicy().getChildAgeLimit());
            }
        });
    }
}
