package org.recoverykit.validation.rules;

import java.util.Optional;
import org.recoverykit.model.BillingCode;
import org.recoverykit.model.CommunitySupportCatalogue;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.Referral;
import org.recoverykit.model.ReferralKind;
import org.recoverykit.model.Support;
import org.recoverykit.model.SupportKind;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/**
 * CSUP-CODE: a Medi-Cal Community Supports referral or support, and any referral or support with a billing
 * code, names its service and carries a billing code and modifiers that the catalogue has for that service.
 */
final class CsupCode extends BuiltInRule {
    CsupCode() {
        super(
                "CSUP-CODE",
                Severity.ERROR,
                "Medi-Cal Community Supports provider responsibility 4 (claims); DHCS ECM and Community Supports"
                        + " HCPCS coding guidance");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        CommunitySupportCatalogue catalogue = context.getCommunitySupports();
        for (int r = 0; r < record.getReferrals().size(); r++) {
            Referral referral = record.getReferrals().get(r);
            if (referral.getKind() == ReferralKind.COMMUNITY_SUPPORTS
                    || referral.getBillingCode().isPresent()) {
                check(catalogue, referral.getCommunitySupport(), referral.getBillingCode(), context, "referrals", r);
            }
        }
        for (int p = 0; p < record.getPlans().size(); p++) {
            RecoveryPlan plan = record.getPlans().get(p);
            for (int s = 0; s < plan.getSupports().size(); s++) {
                Support support = plan.getSupports().get(s);
                if (support.getKind() == SupportKind.COMMUNITY_SUPPORTS_SERVICE
                        || support.getBillingCode().isPresent()) {
                    check(
                            catalogue,
                            support.getCommunitySupport(),
                            support.getBillingCode(),
                            context,
                            "plans",
                            p,
                            "supports",
                            s);
                }
            }
        }
    }

    private static void check(
            CommunitySupportCatalogue catalogue,
            Optional<String> service,
            Optional<BillingCode> code,
            RuleContext context,
            Object... where) {
        if (service.isEmpty()) {
            context.report(pointer(where) + pointer("communitySupport"));
        } else if (code.isEmpty() || !catalogue.isValid(service.get(), code.get())) {
            context.report(pointer(where) + pointer("billingCode"));
        }
    }
}
