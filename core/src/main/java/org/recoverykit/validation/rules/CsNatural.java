package org.recoverykit.validation.rules;

import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.SupportKind;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/** CS-NATURAL: the record identifies the person's natural supports, or the plan includes one. */
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
        boolean natural = !record.getPerson().getNaturalSupports().isEmpty()
                || record.getPlans().stream()
                        .flatMap(p -> p.getSupports().stream())
                        .anyMatch(s -> s.getKind() == SupportKind.NATURAL);
        if (!natural) {
            context.report(pointer("person", "naturalSupports"));
        }
    }
}
