package org.recoverykit.model;

/**
 * Thrown when a reference table of the library, or a user's replacement for one such as a
 * {@link CommunitySupportCatalogue} table, is malformed.
 *
 * <p>The message names the table, the line number and what is wrong, never the content of a cell. The
 * library's own bundled tables are checked by its tests; this is thrown for a user's table, or if a bundled
 * table has been replaced on the class path by a broken one.
 */
public final class ReferenceDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The table, as named in the message. */
    private final String table;
    /** The 1-based line number. */
    private final int lineNumber;

    /**
     * Obtains an instance for a problem on one line of a table.
     *
     * @param table the name of the table, such as {@code Community Supports table}, not null
     * @param lineNumber the 1-based number of the line, counting comment and blank lines
     * @param problem what is wrong, without the offending value, not null
     */
    public ReferenceDataException(String table, int lineNumber, String problem) {
        super(table + ", line " + lineNumber + ": " + problem);
        this.table = table;
        this.lineNumber = lineNumber;
    }

    /**
     * Gets the name of the malformed table.
     *
     * @return the table's name, not null
     */
    public String getTable() {
        return table;
    }

    /**
     * Gets the number of the line where the problem was found.
     *
     * <p>Lines are counted from 1, comment and blank lines included. A problem found at the end of the
     * table, such as a missing row, has the number of the line after the last one.
     *
     * @return the 1-based line number
     */
    public int getLineNumber() {
        return lineNumber;
    }
}
