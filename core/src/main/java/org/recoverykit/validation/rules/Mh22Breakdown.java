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
 * MH22-BREAKDOWN: when the policy's number of consecutive contacts, in order of time, were not attended
 * (missed, or cancelled by the person), contact has broken down, and a re-engagement attempt must follow
 * within the re-engagement window of the last of them. An attended contact ends a run; one cancelled by the
 * service neither ends nor extends it. A run whose window has not closed on the date of the check is not
 * reported.
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
            } else if (attendance != Attendance.CANCELLED_BY_SERVICE && ++run == threshold) {
                LocalDate brokeDown = contacts.get(i).getStart().toLocalDate();
                LocalDate deadline = brokeDown.plus(context.getPolicy().getReEngagementWindow());
                if (!reEngaged(record, brokeDown, deadline, a -> true) && deadline.isBefore(context.getAsOf())) {
                    context.report(pointer("contacts", i), threshold);
                }
            }
        }
    }
}
