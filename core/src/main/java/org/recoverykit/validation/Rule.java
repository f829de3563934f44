package org.recoverykit.validation;

import org.recoverykit.model.RecoveryRecord;

/**
 * A record-level rule: it looks across the whole record and reports what breaks it.
 *
 * <p>A rule must be stateless and thread-safe: one validator runs it for many records at once. It reports
 * through the {@link RuleContext}, naming a JSON Pointer and message arguments; it must never put a value of
 * the record into an argument, because messages may be logged.
 *
 * <p>Applications add their own rules with {@link RecordValidator.Builder#addRule(Rule)}; their messages come
 * from {@link #getMessage(java.util.Locale)} when the bundle has no entry for the rule id.
 */
public interface Rule {
    /**
     * Gets the stable id of the rule, such as {@code CS-NOTE}.
     *
     * @return the id, upper-case words joined by hyphens, not null
     */
    String getId();

    /**
     * Gets the severity of the rule's issues unless the policy overrides it.
     *
     * @return the default severity, not null
     */
    Severity getDefaultSeverity();

    /**
     * Gets the source clause the rule enforces.
     *
     * @return the source, not null
     */
    String getSource();

    /**
     * Gets the message pattern of the rule when the validator's bundle has none for its id.
     *
     * @param locale the locale of the report, not null
     * @return a {@link java.text.MessageFormat} pattern, not null
     */
    default String getMessage(java.util.Locale locale) {
        return getId();
    }

    /**
     * Checks a record, reporting each problem to the context.
     *
     * @param record the record, not null
     * @param context where to report, with the policy and the date of the check, not null
     */
    void check(RecoveryRecord record, RuleContext context);
}
