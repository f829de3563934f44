package org.recoverykit.validation.rules;

import org.recoverykit.model.Person;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/** PCP-STRENGTHS: the record holds the person's strengths and interests; one issue names the first missing. */
final class PcpStrengths extends BuiltInRule {
    PcpStrengths() {
        super(
                "PCP-STRENGTHS",
                Severity.ERROR,
                "Person-centred planning, Documents 1: the plan includes the person's strengths, interests and"
                        + " talents; Community Support Training 101, key service function 1");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        Person person = record.getPerson();
        if (person.getStrengths().isEmpty()) {
            context.report(pointer("person", "strengths"));
        } else if (person.getInterests().isEmpty()) {
            context.report(pointer("person", "interests"));
        }
    }
}
