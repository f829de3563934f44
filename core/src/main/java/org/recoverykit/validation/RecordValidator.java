package org.recoverykit.validation;

import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.recoverykit.json.RecordJson;
import org.recoverykit.json.UnreadableDocumentException;
import org.recoverykit.model.CommunitySupportCatalogue;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.rules.BuiltInRules;

/**
 * Validates records against the Jakarta constraints of the model and the record-level rules of the source
 * documents, under a {@link ValidationPolicy}.
 *
 * <p>A validator is immutable and thread-safe: build it once and share it. Validating never throws for bad
 * data: every problem becomes an {@link Issue} of the report. Rules about intervals take "today" from the
 * {@code asOf} argument or, without one, from the validator's {@link Clock}.
 *
 * <pre>{@code
 * RecordValidator validator = RecordValidator.builder()
 *         .policy(ValidationPolicy.supportTimeRecovery())
 *         .build();
 * ValidationReport report = validator.validate(record, LocalDate.of(2026, 11, 22));
 * }</pre>
 */
public final class RecordValidator {
    /** The rule id of a document that cannot be read at all. */
    public static final String UNREADABLE = "RK-UNREADABLE";

    /** The source of {@value #UNREADABLE} issues. */
    public static final String UNREADABLE_SOURCE = "RecoveryKit native document";

    /** The source of the issues of the model's Jakarta constraints, whose rule ids start with {@code FIELD-}. */
    public static final String CONSTRAINT_SOURCE = "RecoveryKit model constraints";

    private final ValidationPolicy policy;
    private final CommunitySupportCatalogue communitySupports;
    private final Clock clock;
    private final Locale locale;
    private final ResourceBundle messages;
    private final List<Rule> rules;
    private final List<PreparedRule> prepared;
    private final Supplier<RecordJson> json;
    private final ConstraintCheck constraints = new ConstraintCheck();

    private RecordValidator(Builder builder) {
        this.policy = builder.policy;
        this.communitySupports = builder.communitySupports;
        this.clock = builder.clock;
        this.locale = builder.locale;
        this.messages = ResourceBundle.getBundle(
                "org.recoverykit.validation.Messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.json = builder.json;
        List<Rule> all = new ArrayList<>(BuiltInRules.all());
        all.addAll(builder.rules);
        this.rules = all.stream().filter(r -> policy.isEnabled(r.getId())).toList();
        this.prepared = rules.stream()
                .map(r -> new PreparedRule(
                        r,
                        policy.severityOf(r),
                        messages.containsKey(r.getId()) ? messages.getString(r.getId()) : r.getMessage(locale)))
                .toList();
    }

    /**
     * Obtains a validator with the community support policy, the system clock in UTC and English messages.
     *
     * @return the validator, not null
     */
    public static RecordValidator defaults() {
        return builder().build();
    }

    /**
     * Obtains a builder of validators.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the policy of this validator.
     *
     * @return the policy, not null
     */
    public ValidationPolicy getPolicy() {
        return policy;
    }

    /**
     * Gets the rules this validator runs, built-in rules first, without those the policy switches off.
     *
     * @return the rules, not null
     */
    public List<Rule> getRules() {
        return rules;
    }

    /**
     * Validates a record as of today by the validator's clock.
     *
     * @param record the record, not null
     * @return the report, not null
     */
    public ValidationReport validate(RecoveryRecord record) {
        return validate(record, LocalDate.now(clock));
    }

    /**
     * Validates a record as of a given date.
     *
     * @param record the record, not null
     * @param asOf the date to check intervals against, not null
     * @return the report, not null
     */
    public ValidationReport validate(RecoveryRecord record, LocalDate asOf) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(asOf, "asOf");
        List<Issue> issues = new ArrayList<>();
        constraints.check(record, messages, issues);
        for (PreparedRule p : prepared) {
            p.rule()
                    .check(
                            record,
                            new RuleContext(
                                    p.rule(),
                                    p.severity(),
                                    policy,
                                    communitySupports,
                                    asOf,
                                    p.pattern(),
                                    locale,
                                    issues));
        }
        return ValidationReport.of(issues);
    }

    /**
     * Reads a native document and validates it as of a given date. A document that cannot be read gives a
     * report with one {@link Severity#ERROR} of rule {@value #UNREADABLE} that says where and what.
     *
     * @param document the document, not null; it is not closed
     * @param asOf the date to check intervals against, not null
     * @return the report, not null
     */
    public ValidationReport validate(Reader document, LocalDate asOf) {
        RecoveryRecord record;
        try {
            record = json.get().read(document);
        } catch (UnreadableDocumentException e) {
            String location = e.getLine() > 0 ? " (line " + e.getLine() + ", column " + e.getColumn() + ")" : "";
            return ValidationReport.of(List.of(Issue.of(
                    Severity.ERROR, UNREADABLE, e.getPointer(), e.getProblem() + location, UNREADABLE_SOURCE)));
        }
        return validate(record, asOf);
    }

    /** A rule with the severity and message pattern it has under this validator's policy and locale. */
    private record PreparedRule(Rule rule, Severity severity, String pattern) {}

    /** Builds a {@link RecordValidator}. */
    public static final class Builder {
        private ValidationPolicy policy = ValidationPolicy.communitySupport();
        private CommunitySupportCatalogue communitySupports = CommunitySupportCatalogue.standard();
        private Clock clock = Clock.systemUTC();
        private Locale locale = Locale.ENGLISH;
        /** Only documents need a reader: the default one is obtained on the first document, not on building. */
        private Supplier<RecordJson> json = RecordJson::defaults;

        private final List<Rule> rules = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the policy; the default is {@link ValidationPolicy#communitySupport()}.
         *
         * @param policy the policy, not null
         * @return this builder
         */
        public Builder policy(ValidationPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets the catalogue that Community Supports billing codes are checked against; the default is
         * {@link CommunitySupportCatalogue#standard()}.
         *
         * @param catalogue the catalogue, not null
         * @return this builder
         */
        public Builder communitySupports(CommunitySupportCatalogue catalogue) {
            this.communitySupports = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /**
         * Sets the clock that gives "today" when no {@code asOf} date is passed; the default is UTC.
         *
         * @param clock the clock, not null
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the locale of the messages; the default is English.
         *
         * @param locale the locale, not null
         * @return this builder
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Sets the reader of native documents, for its read limits; the default is {@link RecordJson#defaults()}.
         *
         * @param json the reader, not null
         * @return this builder
         */
        public Builder json(RecordJson json) {
            Objects.requireNonNull(json, "json");
            this.json = () -> json;
            return this;
        }

        /**
         * Adds a rule of the application's own, run after the built-in rules.
         *
         * @param rule the rule, stateless and thread-safe, not null
         * @return this builder
         */
        public Builder addRule(Rule rule) {
            rules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Builds the validator.
         *
         * @return the validator, not null
         */
        public RecordValidator build() {
            return new RecordValidator(this);
        }
    }
}
