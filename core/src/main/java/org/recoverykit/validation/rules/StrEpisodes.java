package org.recoverykit.validation.rules;

import java.time.LocalDate;
import org.recoverykit.model.DateRange;
import org.recoverykit.model.ServiceEpisode;
import org.recoverykit.model.ServiceModel;

/** What the STR rules share: which episodes are STR, and where an open range ends on the date of a check. */
final class StrEpisodes {
    static final String SOURCE = "STR service specification: enablement of up to 6 weeks; up to 6 months in total,"
            + " chargeable after the enablement period";

    private StrEpisodes() {}

    static boolean isStr(ServiceEpisode episode) {
        return episode.getServiceModel() == ServiceModel.SUPPORT_TIME_RECOVERY;
    }

    static LocalDate endOf(DateRange range, LocalDate asOf) {
        return range.getEnd().orElse(asOf.isBefore(range.getStart()) ? range.getStart() : asOf);
    }
}
