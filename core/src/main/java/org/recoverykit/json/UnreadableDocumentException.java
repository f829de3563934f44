package org.recoverykit.json;

/**
 * Thrown when a document cannot be read: it is not well-formed JSON, it breaks a read limit, or it does
 * not fit the model.
 *
 * <p>It says where, as a JSON Pointer and, where known, a line and column, and what is wrong. It never
 * carries the offending value, which may be patient data, and it has no cause from inside the parser, so
 * nothing of the input reaches a log through it.
 */
public final class UnreadableDocumentException extends UnreadableInputException {
    private static final long serialVersionUID = 1L;

    /** The JSON Pointer of the problem. */
    private final String pointer;

    /**
     * Obtains an instance for a problem at a place in a document.
     *
     * @param pointer the JSON Pointer of the problem, {@code ""} for the whole document, not null
     * @param line the line of the problem, counting from 1, or -1 if unknown
     * @param column the column of the problem, counting from 1, or -1 if unknown
     * @param problem what is wrong, without the offending value, not null
     */
    public UnreadableDocumentException(String pointer, int line, int column, String problem) {
        super(pointer.isEmpty() ? "document root" : pointer, line, column, problem);
        this.pointer = pointer;
    }

    /**
     * Gets the JSON Pointer of the problem.
     *
     * @return the pointer, {@code ""} for the whole document, not null
     */
    public String getPointer() {
        return pointer;
    }
}
