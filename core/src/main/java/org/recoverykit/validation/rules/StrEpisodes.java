package org.recoverykit.validation.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.function.ObjIntConsumer;
import org.recoverykit.model.DateRange;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.ServiceEpisode;
import org.recoverykit.model.ServiceModel;

/** What the STR rules share: a loop over the STR episodes, and how a range is measured against a limit. */
final class StrEpisodes {
    static final String SOURCE = "STR service specification: enablement of up to 6 weeks; up to 6 months in total,"
            + " chargeable after the enablement period";

    private StrEpisodes() {}

    /** Calls the action with each episode of the STR service model, and its index. */
    static void forEach(RecoveryRecord record, ObjIntConsumer<ServiceEpisode> action) {
        for (int e = 0; e < record.getEpisodes().size(); e++) {
            ServiceEpisode episode = record.getEpisodes().get(e);
            if (episode.getServiceModel() == ServiceModel.SUPPORT_TIME_RECOVERY) {
                action.accept(episode, e);
            }
        }
    }

    /** Whether a range lasts longer than a limit from its start; an open range is measured to the date of the check. */
    static boolean lastsLongerThan(DateRange range, Period limit, LocalDate asOf) {
        LocalDate end = range.getEnd().orElse(asOf.isBefore(range.getStart()) ? range.getStart() : asOf);
        return end.isAfter(range.getStart().plus(limit));
    }
}
