package org.recoverykit.validation.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.recoverykit.model.Contact;
import org.recoverykit.model.EpisodePhase;
import org.recoverykit.model.EpisodePhaseType;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.ServiceEpisode;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/**
 * STR-CHARGEABLE: an STR episode's contacts after its enablement phase ended fall in a phase that is
 * chargeable.
 */
final class StrChargeable extends BuiltInRule {
    StrChargeable() {
        super("STR-CHARGEABLE", Severity.ERROR, StrEpisodes.SOURCE);
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        for (ServiceEpisode episode : record.getEpisodes()) {
            if (!StrEpisodes.isStr(episode)) {
                continue;
            }
            Optional<LocalDate> enablementEnd = episode.getPhases().stream()
                    .filter(p -> p.getPhase() == EpisodePhaseType.ENABLEMENT)
                    .flatMap(p -> p.getPeriod().getEnd().stream())
                    .max(LocalDate::compareTo);
            if (enablementEnd.isEmpty()) {
                continue;
            }
            for (int c = 0; c < record.getContacts().size(); c++) {
                Contact contact = record.getContacts().get(c);
                LocalDate day = contact.getStart().toLocalDate();
                if (contact.getEpisodeId().filter(episode.getId()::equals).isEmpty()
                        || !day.isAfter(enablementEnd.get())) {
                    continue;
                }
                boolean chargeable = episode.getPhases().stream()
                        .filter(p -> p.getPeriod().contains(day))
                        .anyMatch(EpisodePhase::isChargeable);
                if (!chargeable) {
                    context.report(pointer("contacts", c));
                }
            }
        }
    }
}
