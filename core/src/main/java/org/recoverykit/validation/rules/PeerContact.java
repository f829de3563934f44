package org.recoverykit.validation.rules;

import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.Referral;
import org.recoverykit.model.ReferralKind;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/**
 * PEER-CONTACT: an accepted peer-support referral records that the program's contact details were
 * given, or that contact was facilitated.
 */
final class PeerContact extends BuiltInRule {
    PeerContact() {
        super(
                "PEER-CONTACT",
                Severity.ERROR,
                "Peer-to-peer services procedure: provide the program contact information and/or assist with making"
                        + " contact");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        for (int r = 0; r < record.getReferrals().size(); r++) {
            Referral referral = record.getReferrals().get(r);
            if (referral.getKind() == ReferralKind.PEER_SUPPORT
                    && referral.hasBeenAccepted()
                    && !referral.isContactDetailsGiven()
                    && !referral.isContactFacilitated()) {
                context.report(pointer("referrals", r, "contactDetailsGiven"));
            }
        }
    }
}
