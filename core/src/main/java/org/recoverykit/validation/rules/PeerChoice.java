package org.recoverykit.validation.rules;

import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.Referral;
import org.recoverykit.model.ReferralKind;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/**
 * PEER-CHOICE: a peer-support referral records the person's own expressed interest, with the date it was
 * expressed, and is never a requirement of the plan.
 */
final class PeerChoice extends BuiltInRule {
    PeerChoice() {
        super(
                "PEER-CHOICE",
                Severity.ERROR,
                "Peer-to-peer services procedure: choice is the single most important factor in a referral to peer"
                        + " support; it must not be part of a treatment plan requirement");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        for (int r = 0; r < record.getReferrals().size(); r++) {
            Referral referral = record.getReferrals().get(r);
            if (referral.getKind() != ReferralKind.PEER_SUPPORT) {
                continue;
            }
            if (referral.getPersonsChoice().isEmpty()) {
                context.report(pointer("referrals", r, "personsChoice"));
            } else if (referral.getPersonsChoice().get().getExpressedOn().isEmpty()) {
                context.report(pointer("referrals", r, "personsChoice", "expressedOn"));
            }
            if (referral.isRequiredByPlan()) {
                context.report(pointer("referrals", r, "requiredByPlan"));
            }
        }
    }
}
