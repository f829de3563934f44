package org.recoverykit.json;

import java.util.Objects;

/**
 * Thrown when input cannot be read: it says where, where known at a line and column, and what is wrong.
 *
 * <p>It never carries the offending value, which may be patient data, and it has no cause from inside the
 * parser, so nothing of the input reaches a log through it. Each kind of input names its place its own way: a
 * native document by JSON Pointer ({@link UnreadableDocumentException}), FHIR by FHIR path. The problems that
 * both kinds share are the constants of this class, so that a caller can tell them apart whatever the input.
 */
public abstract class UnreadableInputException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The problem of input that is not well-formed JSON. */
    public static final String MALFORMED = "malformed JSON";
    /** The problem of input that ends before its document is complete. */
    public static final String TRUNCATED = "the document ends before it is complete";
    /** The problem of bytes that are not UTF-8. */
    public static final String INVALID_UTF8 = "invalid UTF-8";
    /**
     * The problem of a string or property name that is not Unicode text: it holds half of a surrogate pair alone,
     * escaped, such as <code>"&#92;ud800"</code>, or in characters read from a {@code String} or {@code Reader}.
     */
    public static final String INVALID_UTF16 = "invalid UTF-16";
    /** The problem of four bytes that are not a character of UTF-32, such as a code point beyond U+10FFFF. */
    public static final String INVALID_UTF32 = "invalid UTF-32";
    /** The problem of a property name that its object already has. */
    public static final String DUPLICATE = "duplicate property";
    /** The problem of nesting beyond the read limit. */
    public static final String TOO_DEEP = "nesting deeper than the read limit";
    /** The problem of a string beyond the read limit. */
    public static final String STRING_TOO_LONG = "a string longer than the read limit";
    /** The problem of a number beyond the read limit. */
    public static final String NUMBER_TOO_LONG = "a number longer than the read limit";
    /** The problem of a property name beyond the read limit. */
    public static final String NAME_TOO_LONG = "a property name longer than the read limit";
    /** The problem of a document beyond the read limit. */
    public static final String DOCUMENT_TOO_LONG = "a document longer than the read limit";
    /** The problem of a stream that fails. */
    public static final String UNREADABLE_STREAM = "the document cannot be read from its stream";

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
        if (line <= 0) {
            return where + ": " + problem;
        }
        return where + " (line " + line + (column > 0 ? ", column " + column : "") + "): " + problem;
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
