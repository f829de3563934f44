package org.recoverykit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
    void rejectsAnUnknownOptionWithExitCode2() {
        assertThat(run("--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Unknown option: '--no-such-option'");
    }
}
