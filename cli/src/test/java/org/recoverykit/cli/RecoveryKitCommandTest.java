package org.recoverykit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RecoveryKitCommandTest extends CliRun {
    @Test
    void printsVersionFromTheBuild() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).matches("recoverykit \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
    }

    @Test
    void printsHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).startsWith("Usage: recoverykit [-hV] [--debug] [COMMAND]");
    }

    @Test
    void listsTheExitCodesInHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString())
                .endsWith("Exit codes:" + NL
                        + "  0   done" + NL
                        + "  1   validate found an error in a record" + NL
                        + "  2   an input cannot be opened or read, or the usage is wrong" + NL
                        + "  3   the command failed, as when its output cannot be written" + NL);
    }

    @Test
    void exits3WhenAWriteToSystemOutFailsWhichSystemOutDoesNotReport() {
        PrintStream stdout = System.out;
        PrintWriter errors = new PrintWriter(err, true);
        for (String command : new String[] {"sample", "--help", "--version"}) {
            err.getBuffer().setLength(0);
            try {
                System.setOut(new PrintStream(new OutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        throw new IOException("Broken pipe");
                    }
                }));
                CommandLine cli = RecoveryKitCommand.commandLine();
                cli.setErr(errors);
                assertThat(cli.execute(command)).as(command).isEqualTo(3);
            } finally {
                System.setOut(stdout);
            }
            assertThat(err.toString()).as(command).isEqualTo("recoverykit: standard output: cannot be written" + NL);
        }
    }

    @Test
    void aStandardOutputThatFailedBeforeTheCommandIsNotTheCommandsFailure() throws IOException {
        PrintStream stdout = System.out;
        PrintStream failed = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        });
        failed.print('x');
        failed.flush();
        assertThat(failed.checkError()).isTrue();
        java.nio.file.Path bundle = dir.resolve("bundle.json");
        try {
            System.setOut(failed);
            CommandLine cli = RecoveryKitCommand.commandLine();
            cli.setErr(new PrintWriter(err, true));
            assertThat(cli.execute("to-fhir", sample("str-episode").toString(), "-o", bundle.toString()))
                    .isZero();
        } finally {
            System.setOut(stdout);
        }
        assertThat(err.toString()).isEmpty();
        assertThat(bundle).isNotEmptyFile();
    }

    @Test
    void exits3InOneLineWhenStandardOutputCannotBeWrittenForHelpOrVersion() {
        assertExits3WhenStandardOutputFails(
                new String[] {"--help"},
                new String[] {"-h"},
                new String[] {"--version"},
                new String[] {"-V"},
                new String[] {},
                new String[] {"help"},
                new String[] {"help", "to-fhir"},
                new String[] {"to-fhir", "--help"},
                new String[] {"validate", "-h"},
                new String[] {"validate", "--help", "--no-such-option"},
                new String[] {"sample", "--version"});
    }

    @Test
    void exits2ForAWrongUsageWhoseUsageGoesToStandardErrorWhenStandardOutputCannotBeWritten() {
        for (String[][] command : new String[][][] {
            {{"--no-such-option"}, {"Unknown option: '--no-such-option'"}},
            {{"help", "no-such-command"}, {"Unknown subcommand 'no-such-command'."}},
            {{"to-fhir"}, {"Missing required parameter: 'FILE'"}},
            {{"validate", "--no-such-option", "x.json"}, {"Unknown option: '--no-such-option'"}}
        }) {
            String args = String.join(" ", command[0]);
            err.getBuffer().setLength(0);
            assertThat(runWithFailingOutput(command[0])).as(args).isEqualTo(2);
            assertThat(err.toString().lines().findFirst()).as(args).contains(command[1][0]);
            assertThat(err.toString()).as(args).contains("Usage: recoverykit");
        }
    }

    @Test
    void rejectsAnUnknownOptionWithExitCode2() {
        assertThat(run("--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Unknown option: '--no-such-option'");
    }
}
