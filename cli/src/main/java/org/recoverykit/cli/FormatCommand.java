package org.recoverykit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Callable;
import org.recoverykit.json.LenientRead;
import org.recoverykit.json.RecordJson;
import org.recoverykit.json.UnreadableDocumentException;
import org.recoverykit.model.RecoveryRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reads a native document and writes it back in canonical form. */
@Command(
        name = "format",
        description = {
            "Reads a native JSON document and writes it back in canonical form.",
            "The canonical form has a fixed property order, two-space indentation and no absent values.",
            "Exit 0 when written, 2 when it cannot be read or the usage is wrong, 3 when the output cannot be written."
        },
        mixinStandardHelpOptions = true)
final class FormatCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The document to read; - for standard input.")
    private String file;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Where to write the document (default: standard output).")
    private String output;

    @Option(
            names = "--lenient",
            description = "Reads on past unknown properties and codes, listing them on standard error.")
    private boolean lenient;

    @Mixin
    private DocumentLimit limit;

    @Override
    public Integer call() throws IOException {
        CommandFiles.checkOutput(output);
        RecordJson json = limit.recordJson();
        RecoveryRecord record;
        try (InputStream in = CommandFiles.openStream(file)) {
            if (lenient) {
                LenientRead read = json.readLenient(in);
                CommandFiles.listSkipped(spec, file, read.getSkipped());
                record = read.getRecord();
            } else {
                record = json.read(in);
            }
        } catch (UnreadableDocumentException e) {
            throw InputProblem.unreadable(CommandFiles.display(file), e, limit);
        }
        CommandFiles.writeRecord(spec, output, record);
        return 0;
    }
}
