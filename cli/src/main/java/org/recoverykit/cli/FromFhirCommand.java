package org.recoverykit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Callable;
import org.recoverykit.fhir.FhirMapping;
import org.recoverykit.fhir.FhirReadResult;
import org.recoverykit.fhir.UnreadableFhirException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reads FHIR R4 JSON and writes its record as a native document. */
@Command(
        name = "from-fhir",
        description = {
            "Reads FHIR R4 JSON, a Bundle or a single resource, and writes its record as a native JSON document.",
            "What the record has no place for is skipped and listed on standard error, one line each.",
            "Exit 0 when written, 2 when the input cannot be read or the usage is wrong, 3 when the output cannot be"
                    + " written."
        },
        mixinStandardHelpOptions = true)
final class FromFhirCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The FHIR JSON to read; - for standard input.")
    private String file;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Where to write the document (default: standard output).")
    private String output;

    @Mixin
    private DocumentLimit limit;

    @Override
    public Integer call() throws IOException {
        CommandFiles.checkOutput(output);
        FhirMapping fhir = limit.fhirMapping();
        FhirReadResult read;
        try (InputStream in = CommandFiles.openStream(file)) {
            read = fhir.read(in);
        } catch (UnreadableFhirException e) {
            throw InputProblem.unreadable(CommandFiles.display(file), e, limit);
        }
        CommandFiles.listSkipped(spec, file, read.getSkipped());
        CommandFiles.writeRecord(spec, output, read.getRecord());
        return 0;
    }
}
