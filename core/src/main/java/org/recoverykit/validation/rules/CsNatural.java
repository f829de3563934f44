package org.recoverykit.validation.rules;

import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.SupportKind;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/** CS-NATURAL: each plan has a natural support among its supports, naming one of the person's natural supports. */
final class CsNatural extends BuiltInRule {
    CsNatural() {
        super(
                "CS-NATURAL",
                Severity.WARNING,
                "Community Support Training 101, key service function 20: identify existing and new natural"
                        + " supports");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        forEachCheckedPlan(record, (plan, p) -> {
            boolean natural = plan.getSupports().stream()
                    .anyMatch(s -> s.getKind() == SupportKind.NATURAL
                            && s.getNaturalSupportId().isPresent());
            if (!natural) {
                context.report(pointer("plans", p, "supports"));
            }
        });
    }
}
