package org.recoverykit.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.recoverykit.json.RecordJson;
import org.recoverykit.model.RecoveryRecord;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The input and output of the commands that read one file, given as a path or {@code -} for standard input, and
 * write one result to standard output or to a file.
 */
final class CommandFiles {
    private static final String STANDARD_INPUT = "-";

    private CommandFiles() {}

    /** The name of an input in messages: its path as given, or {@code standard input}. */
    static String display(String file) {
        return file.equals(STANDARD_INPUT) ? "standard input" : file;
    }

    /** Lists what a lenient read skipped on standard error, one {@code FILE: skipped ...} line each, and flushes. */
    static void listSkipped(CommandSpec spec, String file, List<?> skipped) {
        PrintWriter err = spec.commandLine().getErr();
        skipped.forEach(element -> err.println(display(file) + ": skipped " + element));
        err.flush();
    }

    /** Opens an input as bytes; a file that cannot be opened is an {@link InputProblem}. */
    static InputStream openStream(String file) throws InputProblem {
        if (file.equals(STANDARD_INPUT)) {
            return System.in;
        }
        try {
            return new BufferedInputStream(Files.newInputStream(Path.of(file)));
        } catch (IOException e) {
            throw InputProblem.cannotOpen(display(file));
        }
    }

    /**
     * Writes a record as a native document, followed by a line break, to the command's standard output, or to
     * {@code output} in UTF-8 when it is not null.
     */
    static void writeRecord(CommandSpec spec, Path output, RecoveryRecord record) throws IOException {
        write(spec, output, out -> RecordJson.defaults().write(record, out));
    }

    /**
     * Flushes the command's standard output, which does not throw when a write fails.
     *
     * @throws OutputProblem if a write to it failed, now or before
     */
    static void flush(CommandSpec spec) throws OutputProblem {
        if (spec.commandLine().getOut().checkError()) {
            throw OutputProblem.standardOutput();
        }
    }

    /** What a command writes as its output. */
    interface Text {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes a command's output, followed by a line break, to its standard output, or to {@code output} in UTF-8
     * when it is not null.
     */
    static void write(CommandSpec spec, Path output, Text text) throws IOException {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            text.writeTo(out);
            out.println();
            flush(spec);
        } else {
            try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                text.writeTo(out);
                out.write(System.lineSeparator());
            }
        }
    }
}
