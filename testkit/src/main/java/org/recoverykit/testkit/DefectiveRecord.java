package org.recoverykit.testkit;

import java.util.Objects;
import org.recoverykit.model.RecoveryRecord;

/**
 * A generated record with one {@link Defect}, and where in the record the defect is.
 *
 * <p>The location is a JSON Pointer (RFC 6901) into the record's native JSON document, such as
 * {@code /plans/0/goals/2/lifeDomains}. It names the member or element that breaks the rule; when the defect
 * removed a value, the pointer names the member that the written document now leaves out.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DefectiveRecord {
    private final RecoveryRecord record;
    private final Defect defect;
    private final String pointer;

    private DefectiveRecord(RecoveryRecord record, Defect defect, String pointer) {
        this.record = record;
        this.defect = defect;
        this.pointer = pointer;
    }

    /**
     * Obtains a defective record.
     *
     * @param record the record with the defect, not null
     * @param defect the defect, not null
     * @param pointer the JSON Pointer of the defect, starting with {@code /}, not null
     * @return the defective record, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the pointer does not start with {@code /}
     */
    static DefectiveRecord of(RecoveryRecord record, Defect defect, String pointer) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(defect, "defect");
        Objects.requireNonNull(pointer, "pointer");
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("pointer must start with /");
        }
        return new DefectiveRecord(record, defect, pointer);
    }

    /**
     * Gets the record with the defect.
     *
     * @return the record, not null
     */
    public RecoveryRecord getRecord() {
        return record;
    }

    /**
     * Gets the defect.
     *
     * @return the defect, not null
     */
    public Defect getDefect() {
        return defect;
    }

    /**
     * Gets the JSON Pointer of the place in the record's native JSON document that breaks the rule.
     *
     * @return the pointer, such as {@code /plans/0/goals/2/lifeDomains}, not null
     */
    public String getPointer() {
        return pointer;
    }

    /**
     * Checks whether this defective record equals another: same record, defect and pointer.
     *
     * @param other the other object, may be null
     * @return true if the other object is an equal defective record
     */
    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof DefectiveRecord d
                        && record.equals(d.record)
                        && defect == d.defect
                        && pointer.equals(d.pointer);
    }

    /**
     * Gets a hash code of the record, defect and pointer.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(record, defect, pointer);
    }

    /**
     * Outputs this defective record; like the record's own, the output holds no patient data.
     *
     * @return the defect, the pointer and the record, not null
     */
    @Override
    public String toString() {
        return "DefectiveRecord[" + defect.getRuleId() + " at " + pointer + ", " + record + "]";
    }
}
