package org.recoverykit.json;

import java.util.Objects;

/**
 * Thrown when input cannot be read: it says where, where known at a line and column, and what is wrong.
 *
 * <p>It never carries the offending value, which may be patient data, and it has no cause from inside the
 * parser, so nothing of the input reaches a log through it. Each kind of input names its place its own way: a
 * native document by JSON Pointer ({@link UnreadableDocumentException}), FHIR by FHIR path.
 */
public abstract class UnreadableInputException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The line of the problem, or -1. */
    private final int line;
    /** The column of the problem, or -1. */
    private final int column;
    /** What is wrong. */
    private final String problem;

    /**
     * Creates an instance for a problem at a place in the input.
     *
     * @param where the place in words, such as a JSON Pointer or a FHIR path, for the message, not null
     * @param line the line of the problem, counting from 1, or -1 if unknown
     * @param column the column of the problem, counting from 1, or -1 if unknown
     * @param problem what is wrong, without the offending value, not null
     */
    protected UnreadableInputException(String where, int line, int column, String problem) {
        super(message(where, line, column, problem), null, false, false);
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String message(String where, int line, int column, String problem) {
        Objects.requireNonNull(problem, "problem");
        return line > 0 ? where + " (line " + line + ", column " + column + "): " + problem : where + ": " + problem;
    }

    /**
     * Gets the line of the problem.
     *
     * @return the line, counting from 1, or -1 if unknown
     */
    public int getLine() {
        return line;
    }

    /**
     * Gets the column of the problem.
     *
     * @return the column, counting from 1, or -1 if unknown
     */
    public int getColumn() {
        return column;
    }

    /**
     * Gets what is wrong, without the place.
     *
     * @return the problem, never containing a value of the input, not null
     */
    public String getProblem() {
        return problem;
    }
}
