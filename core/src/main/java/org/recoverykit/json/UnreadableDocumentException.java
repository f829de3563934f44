package org.recoverykit.json;

import java.util.Objects;

/**
 * Thrown when a document cannot be read: it is not well-formed JSON, it breaks a read limit, or it does
 * not fit the model.
 *
 * <p>It says where, as a JSON Pointer and, where known, a line and column, and what is wrong. It never
 * carries the offending value, which may be patient data, and it has no cause from inside the parser, so
 * nothing of the input reaches a log through it.
 */
public final class UnreadableDocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The JSON Pointer of the problem. */
    private final String pointer;
    /** The line of the problem, or -1. */
    private final int line;
    /** The column of the problem, or -1. */
    private final int column;
    /** What is wrong. */
    private final String problem;

    /**
     * Obtains an instance for a problem at a place in a document.
     *
     * @param pointer the JSON Pointer of the problem, {@code ""} for the whole document, not null
     * @param line the line of the problem, counting from 1, or -1 if unknown
     * @param column the column of the problem, counting from 1, or -1 if unknown
     * @param problem what is wrong, without the offending value, not null
     */
    public UnreadableDocumentException(String pointer, int line, int column, String problem) {
        super(describe(pointer, line, column, problem), null, false, false);
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.line = line;
        this.column = column;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    private static String describe(String pointer, int line, int column, String problem) {
        String where = pointer.isEmpty() ? "document root" : pointer;
        return line > 0 ? where + " (line " + line + ", column " + column + "): " + problem : where + ": " + problem;
    }

    /**
     * Gets the JSON Pointer of the problem.
     *
     * @return the pointer, {@code ""} for the whole document, not null
     */
    public String getPointer() {
        return pointer;
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
     * @return the problem, never containing a value of the document, not null
     */
    public String getProblem() {
        return problem;
    }
}
