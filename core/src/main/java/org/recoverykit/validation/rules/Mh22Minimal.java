package org.recoverykit.validation.rules;

import java.util.Optional;
import java.util.regex.Pattern;
import org.recoverykit.model.Contact;
import org.recoverykit.model.PlanReview;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/**
 * MH22-MINIMAL: free-text notes carry no identifiers that the record has no need for: phone numbers, email
 * addresses, or national or insurance numbers. Contact details belong in contact points, where they are
 * protected as such.
 */
final class Mh22Minimal extends BuiltInRule {
    private static final Pattern IDENTIFIER = Pattern.compile(
            "[\\w.+-]+@[\\w-]+\\.[\\w.]+" // an email address
                    + "|\\b\\d{3}-\\d{2}-\\d{4}\\b" // a US social security number
                    + "|\\b\\d{3} ?\\d{3} ?\\d{4}\\b" // an NHS number or a 10-digit phone number
                    + "|\\(?\\b\\d{3}\\)?[ .-]\\d{3}[ .-]\\d{4}\\b" // a phone number with an area code
                    + "|\\b\\d{3}[ .-]\\d{4}\\b"); // a local phone number

    Mh22Minimal() {
        super(
                "MH22-MINIMAL",
                Severity.WARNING,
                "NOS MH22 P11.2: records contain only the information necessary for the record's purpose");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        for (int c = 0; c < record.getContacts().size(); c++) {
            Contact contact = record.getContacts().get(c);
            check(contact.getNeed(), context, "contacts", c, "need");
            check(contact.getResponse(), context, "contacts", c, "response");
            check(contact.getNextSteps(), context, "contacts", c, "nextSteps");
        }
        for (int a = 0; a < record.getReEngagementAttempts().size(); a++) {
            check(record.getReEngagementAttempts().get(a).getNote(), context, "reEngagementAttempts", a, "note");
        }
        for (int p = 0; p < record.getPlans().size(); p++) {
            RecoveryPlan plan = record.getPlans().get(p);
            for (int r = 0; r < plan.getReviews().size(); r++) {
                PlanReview review = plan.getReviews().get(r);
                check(review.getChangesInNeeds(), context, "plans", p, "reviews", r, "changesInNeeds");
                check(review.getChangesAgreed(), context, "plans", p, "reviews", r, "changesAgreed");
            }
        }
    }

    private static void check(Optional<String> text, RuleContext context, Object... where) {
        if (text.filter(t -> mayHoldIdentifier(t) && IDENTIFIER.matcher(t).find())
                .isPresent()) {
            context.report(pointer(where));
        }
    }

    /** Every identifier the pattern finds has seven digits or an at sign; most notes have neither. */
    private static boolean mayHoldIdentifier(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@' || (c >= '0' && c <= '9' && ++digits >= 7)) {
                return true;
            }
        }
        return false;
    }
}
