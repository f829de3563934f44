package org.recoverykit.fhir;

import java.util.List;
import java.util.Objects;
import org.recoverykit.model.RecoveryRecord;

/**
 * The outcome of reading FHIR: the record, and what the read skipped.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FhirReadResult {
    private final RecoveryRecord record;
    private final List<SkippedElement> skipped;

    FhirReadResult(RecoveryRecord record, List<SkippedElement> skipped) {
        this.record = Objects.requireNonNull(record, "record");
        this.skipped = List.copyOf(skipped);
    }

    /**
     * Gets the record read.
     *
     * @return the record, not null
     */
    public RecoveryRecord getRecord() {
        return record;
    }

    /**
     * Gets what the read skipped, in the order met.
     *
     * @return the skipped elements and resources, empty if nothing was skipped; unmodifiable, not null
     */
    public List<SkippedElement> getSkipped() {
        return skipped;
    }

    /**
     * Checks whether the read skipped nothing.
     *
     * @return true if the whole input was mapped
     */
    public boolean isComplete() {
        return skipped.isEmpty();
    }
}
