package org.recoverykit.validation.rules;

import java.util.List;
import org.recoverykit.validation.Rule;

/** The built-in rules, in the order they run. */
public final class BuiltInRules {
    private static final List<Rule> ALL = List.of(
            new RkUniqueIds(),
            new RkReferences(),
            new CsGoalDomain(),
            new CsMeasurable(),
            new CsTeam(),
            new CsChildFamily(),
            new CsNote(),
            new CsDischarge(),
            new CsMissed(),
            new CsRelapse(),
            new CsNatural(),
            new PcpOwnWords(),
            new PcpStrengths(),
            new PcpSupports(),
            new PcpCopy(),
            new PcpReview(),
            new Mh22Arrangement(),
            new Mh22ContactReview(),
            new Mh22Breakdown(),
            new Mh22Risk(),
            new Mh22Agreed(),
            new Mh22Minimal(),
            new StrEnablement(),
            new StrTotal(),
            new StrChargeable(),
            new PeerChoice(),
            new PeerContact(),
            new CsupCode(),
            new EcmOutreach());

    private BuiltInRules() {}

    /**
     * Obtains every built-in rule.
     *
     * @return the rules, stateless and thread-safe, not null
     */
    public static List<Rule> all() {
        return ALL;
    }
}
