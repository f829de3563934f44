package org.recoverykit.cli;

/** A usage the command cannot act on; the command exits with 2 and this one-line message. */
final class UsageProblem extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UsageProblem(String message) {
        super(message);
    }
}
