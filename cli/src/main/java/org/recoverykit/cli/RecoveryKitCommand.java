package org.recoverykit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code recoverykit} command: the entry point of the executable jar.
 *
 * <p>Exit codes: 0 when the job succeeded, 1 when the records it checked have errors, 2 when input
 * cannot be read or the usage is wrong, 3 when the command itself failed, as when its output, the help and the
 * version included, cannot be written.
 * Failures are reported in one line, with a stack trace only under {@code --debug}.
 */
@Command(
        name = "recoverykit",
        mixinStandardHelpOptions = true,
        versionProvider = RecoveryKitCommand.Version.class,
        description = "Validates community mental-health support records and converts them to and from FHIR R4.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:validate found an error in a record",
            "2:an input cannot be opened or read, or the usage is wrong",
            "3:the command failed, as when its output cannot be written"
        },
        subcommands = {
            ValidateCommand.class,
            SampleCommand.class,
            FormatCommand.class,
            ToFhirCommand.class,
            FromFhirCommand.class,
            CommandLine.HelpCommand.class
        })
public final class RecoveryKitCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Creates the command; {@link #commandLine()} wraps it in a configured command line. */
    public RecoveryKitCommand() {}

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        QUIET_LIBRARIES.forEach(logger -> logger.setLevel(Level.WARNING));
        System.exit(commandLine().execute(args));
    }

    /** Loggers whose start-up notes would mix with the command's output; held so the level sticks. */
    private static final List<Logger> QUIET_LIBRARIES = List.of(Logger.getLogger("org.hibernate.validator"));

    /**
     * Obtains the configured command line, for embedding and tests.
     *
     * @return a new command line for the {@code recoverykit} command
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new RecoveryKitCommand());
        commandLine.setOut(reportingFailures(commandLine.getOut(), System.out));
        commandLine.setExecutionExceptionHandler(RecoveryKitCommand::handle);
        commandLine.setExecutionStrategy(RecoveryKitCommand::execute);
        return commandLine;
    }

    /**
     * Runs the parsed command as picocli does, then checks standard output, to which picocli writes the help and
     * the version, and the {@code help} command and {@code recoverykit} alone the usage, without checking that the
     * writes succeeded.
     *
     * @return the command's exit code, or 3 if a write to standard output failed
     */
    private static int execute(CommandLine.ParseResult parseResult) {
        int exitCode = new CommandLine.RunLast().execute(parseResult);
        CommandLine commandLine = parseResult.commandSpec().commandLine();
        if (commandLine.getOut().checkError()) {
            return report(OutputProblem.standardOutput(), commandLine);
        }
        return exitCode;
    }

    /**
     * Obtains a writer over picocli's standard output whose {@code checkError()} reports a failed write, which
     * {@code System.out} records but does not pass on to the writers over it. A stream that had failed before, as
     * {@code System.out} may have in a JVM that runs the command line among other work, is not taken for a failure
     * of this command line's writes.
     */
    private static PrintWriter reportingFailures(PrintWriter out, PrintStream stream) {
        boolean failedBefore = stream.checkError();
        return new PrintWriter(
                new Writer() {
                    @Override
                    public void write(char[] chars, int offset, int length) {
                        out.write(chars, offset, length);
                    }

                    @Override
                    public void write(String text, int offset, int length) {
                        out.write(text, offset, length);
                    }

                    @Override
                    public void flush() throws IOException {
                        out.flush();
                        if (!failedBefore && stream.checkError()) {
                            throw new IOException("a write to standard output failed");
                        }
                    }

                    @Override
                    public void close() {
                        out.close();
                    }
                },
                true);
    }

    @CommandLine.Option(
            names = "--debug",
            scope = CommandLine.ScopeType.INHERIT,
            description = "Prints stack traces of failures.")
    private boolean debug;

    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        return report(e, commandLine);
    }

    /**
     * Reports a failure on standard error in one line, with its stack trace under {@code --debug}.
     *
     * @return the exit code of the failure: 2 for input that cannot be read or a wrong usage, 3 for the rest
     */
    static int report(Exception e, CommandLine commandLine) {
        PrintWriter err = commandLine.getErr();
        boolean debug = commandLine.getParseResult().originalArgs().contains("--debug");
        if (e instanceof InputProblem || e instanceof UsageProblem || e instanceof OutputProblem) {
            err.println("recoverykit: " + e.getMessage());
        } else {
            err.println("recoverykit: failed: " + e.getClass().getSimpleName() + " (run with --debug for details)");
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return e instanceof InputProblem || e instanceof UsageProblem ? 2 : 3;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties properties = new Properties();
            try (InputStream in = RecoveryKitCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"recoverykit " + properties.getProperty("version", "unknown")};
        }
    }
}
