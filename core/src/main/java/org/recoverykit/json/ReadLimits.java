package org.recoverykit.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.recoverykit.model.InvariantViolationException;
import tools.jackson.core.StreamReadConstraints;

/**
 * The limits a reader holds a document to, so that hostile input fails fast in bounded memory.
 *
 * <p>The defaults are far above what a real record needs: a nesting depth of {@value #DEFAULT_NESTING_DEPTH},
 * strings of up to {@value #DEFAULT_STRING_LENGTH} characters, numbers of up to
 * {@value #DEFAULT_NUMBER_LENGTH} digits, property names of up to {@value #DEFAULT_NAME_LENGTH} characters
 * and documents of up to {@value #DEFAULT_DOCUMENT_LENGTH} bytes or characters.
 */
@Value.Immutable
@JsonPropertyOrder({"maxNestingDepth", "maxStringLength", "maxNumberLength", "maxNameLength", "maxDocumentLength"})
public abstract class ReadLimits {
    /** The default maximum nesting depth. */
    public static final int DEFAULT_NESTING_DEPTH = 64;
    /** The default maximum length of a string value, in characters. */
    public static final int DEFAULT_STRING_LENGTH = 1_000_000;
    /** The default maximum length of a number, in characters. */
    public static final int DEFAULT_NUMBER_LENGTH = 100;
    /** The default maximum length of a property name, in characters. */
    public static final int DEFAULT_NAME_LENGTH = 1_000;
    /** The default maximum length of a document, in bytes or characters. */
    public static final long DEFAULT_DOCUMENT_LENGTH = 64L * 1024 * 1024;

    ReadLimits() {}

    /**
     * Gets the maximum nesting depth of objects and arrays.
     *
     * @return the maximum depth, at least 1
     */
    @Value.Default
    public int getMaxNestingDepth() {
        return DEFAULT_NESTING_DEPTH;
    }

    /**
     * Gets the maximum length of a string value.
     *
     * @return the maximum length in characters, at least 1
     */
    @Value.Default
    public int getMaxStringLength() {
        return DEFAULT_STRING_LENGTH;
    }

    /**
     * Gets the maximum length of a number.
     *
     * @return the maximum length in characters, at least 1
     */
    @Value.Default
    public int getMaxNumberLength() {
        return DEFAULT_NUMBER_LENGTH;
    }

    /**
     * Gets the maximum length of a property name.
     *
     * @return the maximum length in characters, at least 1
     */
    @Value.Default
    public int getMaxNameLength() {
        return DEFAULT_NAME_LENGTH;
    }

    /**
     * Gets the maximum length of a whole document.
     *
     * @return the maximum length in bytes or characters, at least 1
     */
    @Value.Default
    public long getMaxDocumentLength() {
        return DEFAULT_DOCUMENT_LENGTH;
    }

    /**
     * Obtains the default limits.
     *
     * @return the default limits, not null
     */
    public static ReadLimits defaults() {
        return builder().build();
    }

    /**
     * Obtains a builder of read limits, starting from the defaults.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ReadLimits}; {@link #build()} checks that every limit is at least 1. */
    public static final class Builder extends ImmutableReadLimits.Builder {
        /** Creates an empty builder; {@link ReadLimits#builder()} is the usual way to get one. */
        public Builder() {}
    }

    StreamReadConstraints toConstraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(getMaxNestingDepth())
                .maxStringLength(getMaxStringLength())
                .maxNumberLength(getMaxNumberLength())
                .maxNameLength(getMaxNameLength())
                .maxDocumentLength(getMaxDocumentLength())
                .build();
    }

    @Value.Check
    void check() {
        if (getMaxNestingDepth() < 1
                || getMaxStringLength() < 1
                || getMaxNumberLength() < 1
                || getMaxNameLength() < 1
                || getMaxDocumentLength() < 1) {
            throw new InvariantViolationException("ReadLimits must all be at least 1");
        }
    }
}
