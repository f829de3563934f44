package org.recoverykit.cli;

import java.io.IOException;
import org.recoverykit.json.UnreadableInputException;

/** Input that cannot be read; the command exits with 2 and this one-line message. */
final class InputProblem extends IOException {
    private static final long serialVersionUID = 1L;

    private InputProblem(String message) {
        super(message);
    }

    /** A file that could not be opened; the system's reason may name more than the file, so it is left out. */
    static InputProblem cannotOpen(Object file) {
        return new InputProblem(file + ": cannot be opened");
    }

    /** Input that could not be read, native or FHIR: where and what, never the offending value. */
    static InputProblem unreadable(Object file, UnreadableInputException e) {
        return new InputProblem(file + ": " + e.getMessage());
    }
}
