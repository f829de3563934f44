package org.recoverykit.validation.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.recoverykit.model.Attendance;
import org.recoverykit.model.Contact;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/**
 * MH22-BREAKDOWN: after the policy's number of consecutive missed contacts, in order of time, contact has
 * broken down, and a re-engagement attempt on or after the last of them must be recorded. An attended
 * contact ends a run; cancelled contacts neither end nor extend it.
 */
final class Mh22Breakdown extends BuiltInRule {
    Mh22Breakdown() {
        super(
                "MH22-BREAKDOWN",
                Severity.ERROR,
                "NOS MH22 P5: take action to re-establish relations when contact has broken down");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        List<Contact> contacts = record.getContacts();
        List<Integer> order = IntStream.range(0, contacts.size())
                .boxed()
                .sorted(Comparator.comparing(i -> contacts.get(i).getStart()))
                .toList();
        int run = 0;
        int threshold = context.getPolicy().getMissedContactsBeforeBreakdown();
        for (int i : order) {
            Attendance attendance = contacts.get(i).getAttendance();
            if (attendance == Attendance.ATTENDED) {
                run = 0;
            } else if (attendance == Attendance.MISSED && ++run == threshold) {
                LocalDate brokeDown = contacts.get(i).getStart().toLocalDate();
                boolean actedOn = record.getReEngagementAttempts().stream()
                        .anyMatch(a -> !a.getDate().isBefore(brokeDown));
                if (!actedOn) {
                    context.report(pointer("contacts", i), threshold);
                }
            }
        }
    }
}
