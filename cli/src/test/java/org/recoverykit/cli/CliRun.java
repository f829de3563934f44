package org.recoverykit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the command line in the test's JVM, capturing what it prints, with a temporary folder for its files. */
abstract class CliRun {
    static final String CANARY = "CANARY-7731";
    static final String NL = System.lineSeparator();

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    int run(String... args) {
        CommandLine cli = RecoveryKitCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** Runs the command line with a standard output to which every write fails, as to a full disk. */
    int runWithFailingOutput(String... args) {
        CommandLine cli = RecoveryKitCommand.commandLine();
        cli.setOut(new PrintWriter(new FailingWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /**
     * Checks that each command, run with a standard output to which every write fails, exits 3 and says so in one
     * line on standard error.
     */
    void assertExits3WhenStandardOutputFails(String[]... commands) {
        for (String[] command : commands) {
            err.getBuffer().setLength(0);
            assertThat(runWithFailingOutput(command))
                    .as(String.join(" ", command))
                    .isEqualTo(3);
            assertThat(err.toString())
                    .as(String.join(" ", command))
                    .isEqualTo("recoverykit: standard output: cannot be written" + NL);
        }
    }

    /** A writer every write and flush of which fails. */
    static final class FailingWriter extends Writer {
        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void flush() throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void close() {}
    }

    /** Runs the command line with {@code input} as its standard input. */
    int runWithInput(String input, String... args) {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            return run(args);
        } finally {
            System.setIn(stdin);
        }
    }

    /** Writes a file into the temporary folder. */
    Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    /** Writes a bundled sample into the temporary folder as {@code <name>.json}. */
    Path sample(String name) throws IOException {
        return write(name + ".json", SampleCommand.read(name));
    }
}
