package org.recoverykit.validation.rules;

import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.Referral;
import org.recoverykit.model.ReferralKind;
import org.recoverykit.model.ReferralStatus;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/**
 * ECM-OUTREACH: an accepted or completed referral to ECM or a Medi-Cal Community Support records the receiving
 * provider's outreach attempts.
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
            boolean medical = referral.getKind() == ReferralKind.ENHANCED_CARE_MANAGEMENT
                    || referral.getKind() == ReferralKind.COMMUNITY_SUPPORTS;
            boolean accepted =
                    referral.getStatus() == ReferralStatus.ACCEPTED || referral.getStatus() == ReferralStatus.COMPLETED;
            if (medical && accepted && referral.getOutreachAttempts().isEmpty()) {
                context.report(pointer("referrals", r, "outreachAttempts"));
            }
        }
    }
}
