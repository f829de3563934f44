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

    /**
     * Input that could not be read, native or FHIR: where and what, never the offending value; a document longer
     * than the limit says how to read it all the same, where a longer limit can be given.
     */
    static InputProblem unreadable(Object file, UnreadableInputException e, DocumentLimit limit) {
        String hint = e.getProblem().equals(UnreadableInputException.DOCUMENT_TOO_LONG) && !limit.isLongest()
                ? "; --max-document-mib reads a longer one"
                : "";
        return new InputProblem(file + ": " + e.getMessage() + hint);
    }
}
