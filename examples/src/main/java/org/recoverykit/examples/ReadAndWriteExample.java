package org.recoverykit.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.stream.Collectors;
import org.recoverykit.json.RecordJson;
import org.recoverykit.json.UnreadableDocumentException;
import org.recoverykit.model.Attendance;
import org.recoverykit.model.Contact;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;

/**
 * Reads a native document, prints a short summary of it, and writes it back.
 *
 * <p>The summary gives counts, codes and ids only: no names, dates of birth, contact details or free text,
 * so that it is safe to print or log. Writing the record back with {@link RecordJson#toJson(RecoveryRecord)}
 * gives the same text as a document in the canonical form, such as the samples in {@code examples/documents}.
 *
 * <pre>
 * java org.recoverykit.examples.ReadAndWriteExample examples/documents/adult-community-support.json [copy.json]
 * </pre>
 */
public final class ReadAndWriteExample {
    private ReadAndWriteExample() {}

    /**
     * Runs the example.
     *
     * @param args the document to read and, optionally, the file to write it back to; without one, the copy
     *     goes to a temporary file
     * @throws IOException if a file cannot be read or written
     * @throws UnreadableDocumentException if the document cannot be read
     */
    public static void main(String[] args) throws IOException, UnreadableDocumentException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ReadAndWriteExample <document.json> [<copy.json>]");
            System.exit(2);
            return;
        }
        Path input = Path.of(args[0]);
        Path output = args.length == 2 ? Path.of(args[1]) : Files.createTempFile("recoverykit-", ".json");

        RecordJson json = RecordJson.defaults();
        RecoveryRecord record = json.read(input);
        System.out.print(summarize(record));

        String written = json.toJson(record) + "\n";
        Files.writeString(output, written, StandardCharsets.UTF_8);
        boolean identical = written.equals(Files.readString(input, StandardCharsets.UTF_8));
        System.out.println("written back to " + output + (identical ? ": identical to the input" : ": reformatted"));
    }

    /**
     * Summarizes a record without patient data: counts, codes and ids only.
     *
     * @param record the record, not null
     * @return the summary, one fact a line, not null
     */
    public static String summarize(RecoveryRecord record) {
        StringBuilder summary = new StringBuilder();
        summary.append("record ")
                .append(record.getId())
                .append(", format version ")
                .append(record.getFormatVersion())
                .append('\n');
        summary.append("plans: ").append(record.getPlans().size()).append('\n');
        for (RecoveryPlan plan : record.getPlans()) {
            summary.append("  ")
                    .append(plan.getId())
                    .append(" version ")
                    .append(plan.getVersion())
                    .append(": ")
                    .append(plan.getStatus().getCode())
                    .append(", ")
                    .append(plan.getServiceModel().getCode())
                    .append("; goals ")
                    .append(plan.getGoals().size())
                    .append(", interventions ")
                    .append(plan.getInterventions().size())
                    .append(", supports ")
                    .append(plan.getSupports().size())
                    .append(", risks ")
                    .append(plan.getRisks().size())
                    .append(", crisis plan ")
                    .append(plan.getCrisisPlan().isPresent() ? "yes" : "no")
                    .append('\n');
        }
        summary.append("contacts: ")
                .append(record.getContacts().size())
                .append(byAttendance(record))
                .append(", re-engagement attempts ")
                .append(record.getReEngagementAttempts().size())
                .append('\n');
        summary.append("referrals: ")
                .append(record.getReferrals().size())
                .append(", episodes: ")
                .append(record.getEpisodes().size())
                .append(", discharge plans: ")
                .append(record.getDischargePlans().size())
                .append('\n');
        return summary.toString();
    }

    private static String byAttendance(RecoveryRecord record) {
        if (record.getContacts().isEmpty()) {
            return "";
        }
        return record.getContacts().stream()
                .map(Contact::getAttendance)
                .collect(Collectors.groupingBy(a -> a, () -> new EnumMap<>(Attendance.class), Collectors.counting()))
                .entrySet()
                .stream()
                .map(e -> e.getValue() + " " + e.getKey().getCode())
                .collect(Collectors.joining(", ", " (", ")"));
    }
}
