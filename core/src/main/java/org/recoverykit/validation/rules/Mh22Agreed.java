package org.recoverykit.validation.rules;

import java.util.Set;
import java.util.stream.Collectors;
import org.recoverykit.model.AgreementDecision;
import org.recoverykit.model.PlanStatus;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.TeamMember;
import org.recoverykit.model.TeamRole;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/**
 * MH22-AGREED: a changed plan, a version after the first or one that replaces another, is agreed with the
 * person: one of its agreements is the person's, with the decision agreed. Drafts are not yet changes.
 */
final class Mh22Agreed extends BuiltInRule {
    Mh22Agreed() {
        super(
                "MH22-AGREED",
                Severity.ERROR,
                "NOS MH22 P10: agree any changes which need to be made to the plan with those involved");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        forEachCheckedPlan(record, (plan, p) -> {
            boolean changed = plan.getVersion() > 1 || plan.getReplacesPlanId().isPresent();
            if (!changed || plan.getStatus() == PlanStatus.DRAFT) {
                return;
            }
            Set<String> personMembers = plan.getTeam().stream()
                    .filter(m -> m.getRole() == TeamRole.PERSON)
                    .map(TeamMember::getId)
                    .collect(Collectors.toSet());
            boolean agreed = plan.getAgreements().stream()
                    .anyMatch(a ->
                            a.getDecision() == AgreementDecision.AGREED && personMembers.contains(a.getMemberId()));
            if (!agreed) {
                context.report(pointer("plans", p, "agreements"));
            }
        });
    }
}
