package org.recoverykit.validation.rules;

import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.Referral;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/**
 * ECM-OUTREACH: an accepted referral records the receiving service's outreach attempts. The clause is the
 * Medi-Cal providers' duty; the catalogue applies it to every receiving service.
 */
final class EcmOutreach extends BuiltInRule {
    EcmOutreach() {
        super(
                "ECM-OUTREACH",
                Severity.ERROR,
                "Medi-Cal Community Supports provider responsibility 2: accepting member referrals and conducting"
                        + " outreach to referred members");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        for (int r = 0; r < record.getReferrals().size(); r++) {
            Referral referral = record.getReferrals().get(r);
            if (referral.hasBeenAccepted() && referral.getOutreachAttempts().isEmpty()) {
                context.report(pointer("referrals", r, "outreachAttempts"));
            }
        }
    }
}
