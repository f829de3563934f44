package org.recoverykit.testkit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.Issue;
import org.recoverykit.validation.RecordValidator;
import org.recoverykit.validation.Severity;
import org.recoverykit.validation.ValidationReport;

/**
 * Assertions on a record's validation, in the AssertJ style.
 *
 * <pre>{@code
 * assertThatRecord(record).asOf(LocalDate.of(2026, 11, 22)).isValid();
 * assertThatRecord(broken).hasIssue("CS-NOTE").at("/contacts/3/response");
 * assertThatRecord(draft).hasNoIssuesOtherThan("PCP-COPY", "PCP-REVIEW");
 * }</pre>
 *
 * <p>The record is validated when the first assertion runs, by {@link RecordValidator#defaults()} as of today
 * in UTC unless {@link #validatedBy(RecordValidator)} or {@link #asOf(LocalDate)} say otherwise. Failure
 * messages list every issue of the report, one a line.
 */
public final class RecordAssert extends AbstractAssert<RecordAssert, RecoveryRecord> {
    private RecordValidator validator = RecordValidator.defaults();
    private LocalDate asOf = LocalDate.now(Clock.systemUTC());
    private ValidationReport report;

    RecordAssert(RecoveryRecord record) {
        super(record, RecordAssert.class);
    }

    /**
     * Validates with the given validator, for its policy, locale and own rules.
     *
     * @param validator the validator, not null
     * @return this assertion
     */
    public RecordAssert validatedBy(RecordValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.report = null;
        return this;
    }

    /**
     * Validates as of the given date instead of today.
     *
     * @param date the date to check intervals against, not null
     * @return this assertion
     */
    public RecordAssert asOf(LocalDate date) {
        this.asOf = Objects.requireNonNull(date, "date");
        this.report = null;
        return this;
    }

    /**
     * Gets the report the assertions check, validating the record if it has not been yet.
     *
     * @return the report, not null
     */
    public ValidationReport report() {
        isNotNull();
        if (report == null) {
            report = validator.validate(actual, asOf);
        }
        return report;
    }

    /**
     * Verifies that the record has no error; warnings and information are allowed.
     *
     * @return this assertion
     */
    public RecordAssert isValid() {
        if (!report().isValid()) {
            failWithMessage("Expected the record to be valid as of %s, but it has errors:%n%s", asOf, listing());
        }
        return this;
    }

    /**
     * Verifies that the record has no issue at all.
     *
     * @return this assertion
     */
    public RecordAssert hasNoIssues() {
        if (!report().getIssues().isEmpty()) {
            failWithMessage("Expected no issues as of %s, but found:%n%s", asOf, listing());
        }
        return this;
    }

    /**
     * Verifies that the record has at least one issue of the given rule.
     *
     * @param ruleId the rule id, such as {@code CS-NOTE}
     * @return an assertion on that rule's issues, for {@link IssueAssert#at(String)}
     */
    public IssueAssert hasIssue(String ruleId) {
        List<Issue> issues = report().getIssues().stream()
                .filter(i -> i.getRuleId().equals(ruleId))
                .toList();
        if (issues.isEmpty()) {
            failWithMessage("Expected an issue of rule %s as of %s, but found:%n%s", ruleId, asOf, listing());
        }
        return new IssueAssert(ruleId, issues, listing());
    }

    /**
     * Verifies that every issue of the record belongs to one of the given rules.
     *
     * @param ruleIds the rule ids allowed
     * @return this assertion
     */
    public RecordAssert hasNoIssuesOtherThan(String... ruleIds) {
        List<String> allowed = Arrays.asList(ruleIds);
        List<Issue> others = report().getIssues().stream()
                .filter(i -> !allowed.contains(i.getRuleId()))
                .toList();
        if (!others.isEmpty()) {
            failWithMessage("Expected no issues other than %s as of %s, but found:%n%s", allowed, asOf, listing());
        }
        return this;
    }

    private String listing() {
        return report().getIssues().isEmpty()
                ? "  (no issues)"
                : report().toText().stripTrailing().indent(2).stripTrailing();
    }

    /** Assertions on the issues of one rule. */
    public static final class IssueAssert extends AbstractAssert<IssueAssert, List<Issue>> {
        private final String ruleId;
        private final String listing;

        IssueAssert(String ruleId, List<Issue> issues, String listing) {
            super(issues, IssueAssert.class);
            this.ruleId = ruleId;
            this.listing = listing;
        }

        /**
         * Verifies that one of the rule's issues is at the given JSON Pointer.
         *
         * @param pointer the JSON Pointer, such as {@code /contacts/3}
         * @return this assertion
         */
        public IssueAssert at(String pointer) {
            if (actual.stream().noneMatch(i -> i.getPointer().equals(pointer))) {
                failWithMessage("Expected an issue of rule %s at %s, but found:%n%s", ruleId, pointer, listing);
            }
            return this;
        }

        /**
         * Verifies that every issue of the rule has the given severity.
         *
         * @param severity the severity, not null
         * @return this assertion
         */
        public IssueAssert withSeverity(Severity severity) {
            if (actual.stream().anyMatch(i -> i.getSeverity() != severity)) {
                failWithMessage("Expected the issues of rule %s to be %s, but found:%n%s", ruleId, severity, listing);
            }
            return this;
        }
    }
}
