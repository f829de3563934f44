package org.recoverykit.validation.rules;

import org.recoverykit.model.ContactArrangement;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/** MH22-CONTACT-REVIEW: a contact arrangement is reviewed by its review date. */
final class Mh22ContactReview extends BuiltInRule {
    Mh22ContactReview() {
        super(
                "MH22-CONTACT-REVIEW",
                Severity.WARNING,
                "NOS MH22 P4: review contact with the person based on changing circumstances");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        for (int a = 0; a < record.getContactArrangements().size(); a++) {
            ContactArrangement arrangement = record.getContactArrangements().get(a);
            if (arrangement
                    .getReviewDue()
                    .filter(d -> d.isBefore(context.getAsOf()))
                    .isPresent()) {
                context.report(pointer("contactArrangements", a, "reviewDue"));
            }
        }
    }
}
