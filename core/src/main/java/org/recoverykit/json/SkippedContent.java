package org.recoverykit.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;

/**
 * Something a lenient read passed over: an unknown property or an unknown code, with where it was and why.
 *
 * <p>Like {@link UnreadableDocumentException}, it never holds the skipped value.
 */
@Value.Immutable
@JsonPropertyOrder({"pointer", "line", "column", "reason"})
public abstract class SkippedContent {
    SkippedContent() {}

    /**
     * Gets the JSON Pointer of what was skipped.
     *
     * @return the pointer, not null
     */
    public abstract String getPointer();

    /**
     * Gets the line of what was skipped.
     *
     * @return the line, counting from 1, or -1 if unknown
     */
    public abstract int getLine();

    /**
     * Gets the column of what was skipped.
     *
     * @return the column, counting from 1, or -1 if unknown
     */
    public abstract int getColumn();

    /**
     * Gets why it was skipped.
     *
     * @return the reason, such as {@code unknown property}, not null
     */
    public abstract String getReason();

    static SkippedContent of(String pointer, int line, int column, String reason) {
        return ImmutableSkippedContent.builder()
                .pointer(pointer)
                .line(line)
                .column(column)
                .reason(reason)
                .build();
    }

    @Override
    public String toString() {
        return getPointer() + " (line " + getLine() + ", column " + getColumn() + "): " + getReason();
    }
}
