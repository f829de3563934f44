package org.recoverykit.validation.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.recoverykit.model.Attendance;
import org.recoverykit.model.Contact;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/**
 * CS-MISSED: a missed contact is followed, within the policy's re-engagement window, by a re-engagement
 * attempt that names it. A contact whose window has not yet closed on the date of the check is not reported.
 */
final class CsMissed extends BuiltInRule {
    CsMissed() {
        super(
                "CS-MISSED",
                Severity.ERROR,
                "Community Support Training 101, key service function 9: contacting individuals following missed"
                        + " appointments to re-engage");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        for (int c = 0; c < record.getContacts().size(); c++) {
            Contact contact = record.getContacts().get(c);
            if (contact.getAttendance() != Attendance.MISSED) {
                continue;
            }
            LocalDate missedOn = contact.getStart().toLocalDate();
            LocalDate deadline = missedOn.plus(context.getPolicy().getReEngagementWindow());
            boolean followedUp = reEngaged(
                    record,
                    missedOn,
                    deadline,
                    a -> a.getAfterContactId().filter(contact.getId()::equals).isPresent());
            if (!followedUp && deadline.isBefore(context.getAsOf())) {
                context.report(pointer("contacts", c), ChronoUnit.DAYS.between(missedOn, deadline));
            }
        }
    }
}
