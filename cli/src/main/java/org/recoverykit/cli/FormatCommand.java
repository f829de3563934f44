package org.recoverykit.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.recoverykit.json.LenientRead;
import org.recoverykit.json.RecordJson;
import org.recoverykit.json.UnreadableDocumentException;
import org.recoverykit.model.RecoveryRecord;
import picocli.CommandLine.Command;
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
            "Exit 0 when read, 2 when it cannot be read."
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
    private Path output;

    @Option(
            names = "--lenient",
            description = "Reads on past unknown properties and codes, listing them on standard error.")
    private boolean lenient;

    @Override
    public Integer call() throws IOException, UnreadableDocumentException {
        RecordJson json = RecordJson.defaults();
        RecoveryRecord record;
        try (Reader in = open()) {
            if (lenient) {
                LenientRead read = json.readLenient(in);
                PrintWriter err = spec.commandLine().getErr();
                read.getSkipped().forEach(skipped -> err.println(display() + ": skipped " + skipped));
                record = read.getRecord();
            } else {
                record = json.read(in);
            }
        } catch (UnreadableDocumentException e) {
            throw InputProblem.unreadable(display(), e);
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            json.write(record, out);
            out.println();
            out.flush();
        } else {
            try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                json.write(record, out);
                out.write(System.lineSeparator());
            }
        }
        return 0;
    }

    private Reader open() throws IOException {
        if (file.equals("-")) {
            return new InputStreamReader(System.in, StandardCharsets.UTF_8);
        }
        try {
            return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw InputProblem.cannotOpen(display());
        }
    }

    private String display() {
        return file.equals("-") ? "standard input" : file;
    }
}
