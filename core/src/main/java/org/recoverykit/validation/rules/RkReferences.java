package org.recoverykit.validation.rules;

import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/** RK-REF: every reference by id names an entity of the right kind that the record holds. */
final class RkReferences extends BuiltInRule {
    RkReferences() {
        super("RK-REF", Severity.ERROR, "RecoveryKit record integrity: references are by id");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        RecordIds index = RecordIds.of(record);
        for (RecordIds.Reference reference : index.references) {
            if (!index.resolves(reference)) {
                context.report(
                        reference.pointer(),
                        reference
                                .kind()
                                .name()
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace('_', ' '));
            }
        }
    }
}
