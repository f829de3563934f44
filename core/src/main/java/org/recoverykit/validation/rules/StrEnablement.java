package org.recoverykit.validation.rules;

import org.recoverykit.model.EpisodePhase;
import org.recoverykit.model.EpisodePhaseType;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/**
 * STR-ENABLEMENT: an STR enablement phase lasts no longer than the policy's limit; an open phase is measured
 * to the date of the check.
 */
final class StrEnablement extends BuiltInRule {
    StrEnablement() {
        super("STR-ENABLEMENT", Severity.ERROR, StrEpisodes.SOURCE);
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        StrEpisodes.forEach(record, (episode, e) -> {
            for (int k = 0; k < episode.getPhases().size(); k++) {
                EpisodePhase phase = episode.getPhases().get(k);
                if (phase.getPhase() == EpisodePhaseType.ENABLEMENT
                        && StrEpisodes.lastsLongerThan(
                                phase.getPeriod(), context.getPolicy().getStrEnablementLimit(), context.getAsOf())) {
                    context.report(
                            pointer("episodes", e, "phases", k, "period"),
                            context.getPolicy().getStrEnablementLimit().toString());
                }
            }
        });
    }
}
