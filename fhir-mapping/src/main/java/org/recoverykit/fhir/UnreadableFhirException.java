package org.recoverykit.fhir;

import java.util.Objects;

/**
 * Thrown when FHIR JSON cannot be read into a record: it is not well-formed JSON, it breaks a read limit, it is
 * not a FHIR resource, names a resource type that FHIR R4 does not define, or holds no Patient to read a record
 * for.
 *
 * <p>It says where, as a FHIR path and, where known, a line and column, and what is wrong. Like the core
 * library's {@code UnreadableDocumentException}, it never carries the offending value and has no cause from
 * inside the parser.
 */
public final class UnreadableFhirException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The FHIR path of the problem. */
    private final String fhirPath;
    /** The line of the problem, or -1. */
    private final int line;
    /** The column of the problem, or -1. */
    private final int column;
    /** What is wrong. */
    private final String problem;

    /**
     * Obtains an instance for a problem at a place in the input.
     *
     * @param fhirPath the FHIR path of the problem, such as {@code Bundle.entry[2].resource}, or {@code ""} for the
     *     whole input, not null
     * @param line the line, counting from 1, or -1 if unknown
     * @param column the column, counting from 1, or -1 if unknown
     * @param problem what is wrong, without the offending value, not null
     */
    public UnreadableFhirException(String fhirPath, int line, int column, String problem) {
        super(message(fhirPath, line, column, problem), null, false, false);
        this.fhirPath = Objects.requireNonNull(fhirPath, "fhirPath");
        this.line = line;
        this.column = column;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    private static String message(String fhirPath, int line, int column, String problem) {
        String where = fhirPath.isEmpty() ? "the input" : fhirPath;
        return line > 0 ? where + " (line " + line + ", column " + column + "): " + problem : where + ": " + problem;
    }

    /**
     * Gets the FHIR path of the problem.
     *
     * @return the path, {@code ""} for the whole input, not null
     */
    public String getFhirPath() {
        return fhirPath;
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
     * Gets what is wrong.
     *
     * @return the problem, without the offending value, not null
     */
    public String getProblem() {
        return problem;
    }
}
