package org.recoverykit.validation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * One problem found in a record: its severity, the rule that found it, where it is and what is wrong.
 *
 * <p>The message never contains a value of the record.
 */
@Value.Immutable
@JsonPropertyOrder({"severity", "ruleId", "pointer", "message", "source"})
public abstract class Issue {
    /** Orders issues by pointer, then rule id, then severity. */
    static final Comparator<Issue> ORDER = Comparator.comparing(Issue::getPointer)
            .thenComparing(Issue::getRuleId)
            .thenComparing(Issue::getSeverity)
            .thenComparing(Issue::getMessage);

    Issue() {}

    /**
     * Gets the severity of the issue.
     *
     * @return the severity, not null
     */
    public abstract Severity getSeverity();

    /**
     * Gets the id of the rule that found the issue, such as {@code CS-NOTE}.
     *
     * @return the rule id, not null
     */
    public abstract String getRuleId();

    /**
     * Gets the JSON Pointer of the offending element in the native document.
     *
     * @return the pointer, {@code ""} for the whole record, not null
     */
    public abstract String getPointer();

    /**
     * Gets what is wrong, in the validator's locale.
     *
     * @return the message, never containing a value of the record, not null
     */
    public abstract String getMessage();

    /**
     * Gets the source clause that the rule enforces.
     *
     * @return the source, such as {@code Community Support Training 101, key service function 7}, not null
     */
    public abstract String getSource();

    /**
     * Obtains an issue.
     *
     * @param severity the severity, not null
     * @param ruleId the rule id, not null
     * @param pointer the JSON Pointer, not null
     * @param message the message, not null
     * @param source the source clause, not null
     * @return the issue, not null
     */
    public static Issue of(Severity severity, String ruleId, String pointer, String message, String source) {
        return ImmutableIssue.builder()
                .severity(severity)
                .ruleId(ruleId)
                .pointer(pointer)
                .message(message)
                .source(source)
                .build();
    }

    /**
     * Returns the issue as one line: severity, rule id, pointer and message.
     *
     * @return the line, such as {@code ERROR CS-NOTE /contacts/3: ...}, not null
     */
    @Override
    public String toString() {
        return getSeverity() + " " + getRuleId() + " " + (getPointer().isEmpty() ? "/" : getPointer()) + ": "
                + getMessage();
    }
}
