package org.recoverykit.json;

import java.util.List;
import org.immutables.value.Value;
import org.recoverykit.model.RecoveryRecord;

/** The outcome of a lenient read: the record as far as it could be read, and what was skipped. */
@Value.Immutable
public abstract class LenientRead {
    LenientRead() {}

    /**
     * Gets the record that was read.
     *
     * @return the record, without what was skipped, not null
     */
    public abstract RecoveryRecord getRecord();

    /**
     * Gets what the read passed over, in document order.
     *
     * @return the skipped content, not null, empty if nothing was skipped
     */
    public abstract List<SkippedContent> getSkipped();

    static LenientRead of(RecoveryRecord record, List<SkippedContent> skipped) {
        return ImmutableLenientRead.builder().record(record).skipped(skipped).build();
    }
}
