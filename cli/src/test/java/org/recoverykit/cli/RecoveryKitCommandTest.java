package org.recoverykit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RecoveryKitCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = RecoveryKitCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

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
    void rejectsAnUnknownOptionWithExitCode2() {
        assertThat(run("--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Unknown option: '--no-such-option'");
    }
}
