package org.recoverykit.cli;

import java.io.IOException;

/** Output that cannot be written; the command exits with 3 and this one-line message. */
final class OutputProblem extends IOException {
    private static final long serialVersionUID = 1L;

    private OutputProblem(String message, Exception cause) {
        super(message, cause);
    }

    /** Standard output, to which a write failed: a full disk, a closed pipe. */
    static OutputProblem standardOutput() {
        return new OutputProblem("standard output: cannot be written", null);
    }

    /** A file that could not be written; the system's reason may name more than the file, so it is left out. */
    static OutputProblem cannotWrite(String file, Exception cause) {
        return new OutputProblem(file + ": cannot be written", cause);
    }
}
