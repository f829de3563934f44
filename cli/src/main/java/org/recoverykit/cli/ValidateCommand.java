package org.recoverykit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.recoverykit.json.RecordJson;
import org.recoverykit.json.UnreadableDocumentException;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.ServiceModel;
import org.recoverykit.validation.RecordValidator;
import org.recoverykit.validation.ValidationPolicy;
import org.recoverykit.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.io.JsonStringEncoder;

/** Validates native documents and prints their issues. */
@Command(
        name = "validate",
        description = {
            "Validates native JSON documents and prints every issue.",
            "The rules are those of the source documents, under the policy of each record's service model.",
            "A file that cannot be read is reported on standard error and the others are validated.",
            "Exit 0 when every file was read and no document has an error, 1 when one has, 2 when a file cannot be"
                    + " read or the usage is wrong, 3 when the output cannot be written."
        },
        mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
    enum Format {
        text,
        json
    }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The documents to validate.")
    private List<Path> files;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "The date to check intervals against, as YYYY-MM-DD (default: today in UTC).")
    private String asOf;

    @Option(
            names = "--policy",
            paramLabel = "NAME",
            description = "A policy preset: community-support, support-time-recovery, community-supports or"
                    + " person-centred-hcbs (default: the preset of each record's latest plan).")
    private String policy;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = {
                "text or json (default: ${DEFAULT-VALUE}).",
                "json prints the report of one FILE as a JSON object, {\"valid\": ..., \"issues\": [...]}, and those"
                        + " of several as one JSON array of {\"file\": FILE, \"report\": {...}}, one element for each"
                        + " file read, in their order."
            })
    private Format format = Format.text;

    @Mixin
    private DocumentLimit limit;

    @Override
    public Integer call() throws IOException {
        LocalDate date = date();
        RecordJson json = limit.recordJson();
        ValidationPolicy fixed = policy == null ? null : preset(policy);
        PrintWriter out = spec.commandLine().getOut();
        boolean array = format == Format.json && files.size() > 1;
        if (array) {
            out.print("[");
        }
        boolean errors = false;
        boolean unreadable = false;
        boolean first = true;
        for (Path file : files) {
            RecoveryRecord record;
            try {
                record = read(json, file);
            } catch (InputProblem e) {
                RecoveryKitCommand.report(e, spec.commandLine());
                unreadable = true;
                continue;
            }
            ValidationPolicy chosen = fixed != null ? fixed : ValidationPolicy.forServiceModel(model(record));
            ValidationReport report =
                    RecordValidator.builder().policy(chosen).build().validate(record, date);
            errors |= !report.isValid();
            if (array) {
                out.print(first ? "" : ",");
                out.println();
                out.print("{\"file\":" + quote(file.toString()) + ",\"report\":" + report.toJson() + "}");
            } else {
                print(out, file, chosen, report);
            }
            first = false;
            CommandFiles.flush(spec);
        }
        if (array) {
            out.println();
            out.println("]");
            CommandFiles.flush(spec);
        }
        return unreadable ? 2 : errors ? 1 : 0;
    }

    private void print(PrintWriter out, Path file, ValidationPolicy chosen, ValidationReport report) {
        if (format == Format.json) {
            out.println(report.toJson());
            return;
        }
        out.println(file + " (" + chosen.getName() + "): " + (report.isValid() ? "valid" : "invalid") + ", "
                + report.getIssues().size() + (report.getIssues().size() == 1 ? " issue" : " issues"));
        report.getIssues().forEach(issue -> out.println("  " + issue));
    }

    /** Obtains a text as a JSON string. */
    private static String quote(String text) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsCharArray(text)) + '"';
    }

    private static ServiceModel model(RecoveryRecord record) {
        return record.getPlans().isEmpty()
                ? ServiceModel.COMMUNITY_SUPPORT
                : record.getPlans().get(record.getPlans().size() - 1).getServiceModel();
    }

    private RecoveryRecord read(RecordJson json, Path file) throws InputProblem {
        try {
            return json.read(file);
        } catch (UnreadableDocumentException e) {
            throw InputProblem.unreadable(file, e, limit);
        } catch (IOException e) {
            throw InputProblem.cannotOpen(file);
        }
    }

    private LocalDate date() {
        if (asOf == null) {
            return LocalDate.now(java.time.Clock.systemUTC());
        }
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new UsageProblem("--as-of must be a date as YYYY-MM-DD");
        }
    }

    private static ValidationPolicy preset(String name) {
        try {
            return ValidationPolicy.named(name);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
    }
}
