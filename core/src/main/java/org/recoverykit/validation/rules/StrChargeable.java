package org.recoverykit.validation.rules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;
import org.recoverykit.model.Contact;
import org.recoverykit.model.EpisodePhase;
import org.recoverykit.model.EpisodePhaseType;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/**
 * STR-CHARGEABLE: an STR episode's contacts after its enablement phase ended fall in a phase that is
 * chargeable. A phase that holds such contacts but is not chargeable is reported once; a contact that falls in
 * no phase is reported itself.
 */
final class StrChargeable extends BuiltInRule {
    StrChargeable() {
        super("STR-CHARGEABLE", Severity.ERROR, StrEpisodes.SOURCE);
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        StrEpisodes.forEach(record, (episode, e) -> {
            Optional<LocalDate> enablementEnd = episode.getPhases().stream()
                    .filter(p -> p.getPhase() == EpisodePhaseType.ENABLEMENT)
                    .flatMap(p -> p.getPeriod().getEnd().stream())
                    .max(LocalDate::compareTo);
            if (enablementEnd.isEmpty()) {
                return;
            }
            Set<Integer> reported = new HashSet<>();
            for (int c = 0; c < record.getContacts().size(); c++) {
                Contact contact = record.getContacts().get(c);
                LocalDate day = contact.getStart().toLocalDate();
                if (contact.getEpisodeId().filter(episode.getId()::equals).isEmpty()
                        || !day.isAfter(enablementEnd.get())) {
                    continue;
                }
                List<EpisodePhase> phases = episode.getPhases();
                OptionalInt phase = IntStream.range(0, phases.size())
                        .filter(k -> phases.get(k).getPeriod().contains(day))
                        .findFirst();
                if (phase.isEmpty()) {
                    context.report(pointer("contacts", c));
                } else if (!phases.get(phase.getAsInt()).isChargeable() && reported.add(phase.getAsInt())) {
                    context.report(pointer("episodes", e, "phases", phase.getAsInt(), "chargeable"));
                }
            }
        });
    }
}
