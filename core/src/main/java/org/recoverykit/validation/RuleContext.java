package org.recoverykit.validation;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.recoverykit.model.CommunitySupportCatalogue;

/**
 * What a {@link Rule} checks against, and where it reports: the policy, the date of the check, and the list
 * of issues being built.
 *
 * <p>One context serves one rule on one record; it is not thread-safe.
 */
public final class RuleContext {
    private final Rule rule;
    private final Severity severity;
    private final ValidationPolicy policy;
    private final CommunitySupportCatalogue communitySupports;
    private final LocalDate asOf;
    private final String pattern;
    private final Locale locale;
    private final List<Issue> issues;
    private MessageFormat message;

    RuleContext(
            Rule rule,
            Severity severity,
            ValidationPolicy policy,
            CommunitySupportCatalogue communitySupports,
            LocalDate asOf,
            String pattern,
            Locale locale,
            List<Issue> issues) {
        this.rule = rule;
        this.severity = severity;
        this.policy = policy;
        this.communitySupports = communitySupports;
        this.asOf = asOf;
        this.pattern = pattern;
        this.locale = locale;
        this.issues = issues;
    }

    /**
     * Gets the policy the record is checked under.
     *
     * @return the policy, not null
     */
    public ValidationPolicy getPolicy() {
        return policy;
    }

    /**
     * Gets the catalogue of Medi-Cal Community Supports that billing codes are checked against.
     *
     * @return the catalogue, not null
     */
    public CommunitySupportCatalogue getCommunitySupports() {
        return communitySupports;
    }

    /**
     * Gets the date the record is checked as of: "today" for rules about intervals.
     *
     * @return the date, not null
     */
    public LocalDate getAsOf() {
        return asOf;
    }

    /**
     * Reports a problem at a place in the record.
     *
     * @param pointer the JSON Pointer of the offending element, not null
     * @param arguments the message arguments: counts, limits and codes only, never a value of the record
     */
    public void report(String pointer, Object... arguments) {
        if (message == null) {
            message = new MessageFormat(pattern, locale);
        }
        issues.add(Issue.of(severity, rule.getId(), pointer, message.format(arguments), rule.getSource()));
    }
}
