package org.recoverykit.validation.rules;

import org.recoverykit.model.Attendance;
import org.recoverykit.model.Contact;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/**
 * CS-NOTE: the note of an attended contact states the need for the service, the intervention, the goal it
 * relates to, the provider, the actual end (the start is always recorded), the setting and the person's
 * response.
 */
final class CsNote extends BuiltInRule {
    CsNote() {
        super(
                "CS-NOTE",
                Severity.ERROR,
                "Community Support Training 101, key service function 7: documentation of need, intervention,"
                        + " relationship to the plan, provider, date, actual time, setting and response");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        for (int c = 0; c < record.getContacts().size(); c++) {
            Contact contact = record.getContacts().get(c);
            if (contact.getAttendance() != Attendance.ATTENDED) {
                continue;
            }
            new Missing(context, "contacts", c)
                    .check(contact.getNeed(), "need")
                    .check(!contact.getInterventionIds().isEmpty(), "interventionIds")
                    .check(!contact.getGoalIds().isEmpty(), "goalIds")
                    .check(contact.getProviderMemberId(), "providerMemberId")
                    .check(contact.getEnd(), "end")
                    .check(contact.getSetting(), "setting")
                    .check(contact.getResponse(), "response");
        }
    }
}
