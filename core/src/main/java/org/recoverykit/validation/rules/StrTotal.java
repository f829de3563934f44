package org.recoverykit.validation.rules;

import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/** STR-TOTAL: an STR episode lasts no longer than the policy's total limit, an open one to the date of the check. */
final class StrTotal extends BuiltInRule {
    StrTotal() {
        super("STR-TOTAL", Severity.ERROR, StrEpisodes.SOURCE);
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        StrEpisodes.forEach(record, (episode, e) -> {
            if (episode.getPeriod()
                    .filter(p ->
                            StrEpisodes.lastsLongerThan(p, context.getPolicy().getStrTotalLimit(), context.getAsOf()))
                    .isPresent()) {
                context.report(
                        pointer("episodes", e, "period"),
                        context.getPolicy().getStrTotalLimit().toString());
            }
        });
    }
}
