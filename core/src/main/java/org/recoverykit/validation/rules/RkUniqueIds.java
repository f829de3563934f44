package org.recoverykit.validation.rules;

import java.util.HashSet;
import java.util.Set;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/** RK-ID-UNIQUE: no two entities of a record share an id; each repeat after the first is reported. */
final class RkUniqueIds extends BuiltInRule {
    RkUniqueIds() {
        super("RK-ID-UNIQUE", Severity.ERROR, "RecoveryKit record integrity: every entity has a stable, unique id");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        Set<String> seen = new HashSet<>();
        for (RecordIds.Definition definition : RecordIds.of(record).definitions) {
            if (!seen.add(definition.id())) {
                context.report(definition.pointer());
            }
        }
    }
}
