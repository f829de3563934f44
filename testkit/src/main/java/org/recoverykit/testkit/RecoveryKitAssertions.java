package org.recoverykit.testkit;

import org.recoverykit.model.RecoveryRecord;

/**
 * The entry point of the testkit's assertions; import its methods statically.
 *
 * <pre>{@code
 * import static org.recoverykit.testkit.RecoveryKitAssertions.assertThatRecord;
 * }</pre>
 */
public final class RecoveryKitAssertions {
    private RecoveryKitAssertions() {}

    /**
     * Starts assertions on the validation of a record.
     *
     * @param record the record, may be null (the assertion then fails)
     * @return the assertion, not null
     */
    public static RecordAssert assertThatRecord(RecoveryRecord record) {
        return new RecordAssert(record);
    }
}
