package org.recoverykit.cli;

import java.io.IOException;

/** Input that cannot be read; the command exits with 2 and this one-line message. */
final class InputProblem extends IOException {
    private static final long serialVersionUID = 1L;

    InputProblem(String message) {
        super(message);
    }
}
