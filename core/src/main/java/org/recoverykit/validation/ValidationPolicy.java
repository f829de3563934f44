package org.recoverykit.validation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Period;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import org.recoverykit.model.AgeGroup;
import org.recoverykit.model.InvariantViolationException;
import org.recoverykit.model.ServiceModel;

/**
 * The intervals and limits a record is checked against, and which rules run at which severity.
 *
 * <p>Each service model has a named preset; every value can be overridden with {@code withX} or the
 * builder, severities per rule with {@link #getSeverities()}, and rules switched off with
 * {@link #getDisabledRules()}.
 */
@Value.Immutable
@JsonPropertyOrder({
    "name",
    "reviewInterval",
    "reEngagementWindow",
    "missedContactsBeforeBreakdown",
    "strEnablementLimit",
    "strTotalLimit",
    "childAgeLimit",
    "severities",
    "disabledRules"
})
public abstract class ValidationPolicy {
    ValidationPolicy() {}

    /**
     * Gets the name of the policy, such as {@code community-support}.
     *
     * @return the name, not null
     */
    public abstract String getName();

    /**
     * Gets the longest time a plan may go without a review (PCP-REVIEW).
     *
     * @return the interval, not null
     */
    @Value.Default
    public Period getReviewInterval() {
        return Period.ofDays(90);
    }

    /**
     * Gets how soon after a missed contact a re-engagement attempt must follow (CS-MISSED).
     *
     * @return the window, not null
     */
    @Value.Default
    public Period getReEngagementWindow() {
        return Period.ofDays(7);
    }

    /**
     * Gets how many consecutive contacts not attended (missed, or cancelled by the person) mean that contact
     * has broken down (MH22-BREAKDOWN).
     *
     * @return the count, at least 1
     */
    @Value.Default
    public int getMissedContactsBeforeBreakdown() {
        return 3;
    }

    /**
     * Gets the longest an STR enablement phase may last (STR-ENABLEMENT).
     *
     * @return the limit, not null
     */
    @Value.Default
    public Period getStrEnablementLimit() {
        return Period.ofWeeks(6);
    }

    /**
     * Gets the longest an STR episode may last in total (STR-TOTAL).
     *
     * @return the limit, not null
     */
    @Value.Default
    public Period getStrTotalLimit() {
        return Period.ofMonths(6);
    }

    /**
     * Gets the age below which the child-and-family rules apply (CS-CHILD-FAMILY).
     *
     * @return the age in years, at least 1; by default {@link AgeGroup#ADULT_AGE}
     */
    @Value.Default
    public int getChildAgeLimit() {
        return AgeGroup.ADULT_AGE;
    }

    /**
     * Gets the severities that override rules' defaults, by rule id.
     *
     * @return the overrides, not null, possibly empty
     */
    public abstract Map<String, Severity> getSeverities();

    /**
     * Gets the ids of the rules that do not run.
     *
     * @return the rule ids, not null, possibly empty
     */
    public abstract Set<String> getDisabledRules();

    /**
     * Returns a copy of this policy with another review interval.
     *
     * @param value the interval, not null
     * @return the copy, not null
     */
    public abstract ValidationPolicy withReviewInterval(Period value);

    /**
     * Returns a copy of this policy with another re-engagement window.
     *
     * @param value the window, not null
     * @return the copy, not null
     */
    public abstract ValidationPolicy withReEngagementWindow(Period value);

    /**
     * Returns a copy of this policy with another count of missed contacts before a breakdown.
     *
     * @param value the count, at least 1
     * @return the copy, not null
     */
    public abstract ValidationPolicy withMissedContactsBeforeBreakdown(int value);

    /**
     * Returns a copy of this policy with another STR enablement limit.
     *
     * @param value the limit, not null
     * @return the copy, not null
     */
    public abstract ValidationPolicy withStrEnablementLimit(Period value);

    /**
     * Returns a copy of this policy with another STR total limit.
     *
     * @param value the limit, not null
     * @return the copy, not null
     */
    public abstract ValidationPolicy withStrTotalLimit(Period value);

    /**
     * Returns a copy of this policy with another child age limit.
     *
     * @param value the age in years, at least 1
     * @return the copy, not null
     */
    public abstract ValidationPolicy withChildAgeLimit(int value);

    /**
     * Returns a copy of this policy with one rule at another severity.
     *
     * @param ruleId the rule id, not null
     * @param severity the severity, not null
     * @return the copy, not null
     */
    public ValidationPolicy withSeverity(String ruleId, Severity severity) {
        return builder().from(this).putSeverity(ruleId, severity).build();
    }

    /**
     * Returns a copy of this policy with one rule switched off.
     *
     * @param ruleId the rule id, not null
     * @return the copy, not null
     */
    public ValidationPolicy withRuleDisabled(String ruleId) {
        return builder().from(this).addDisabledRule(ruleId).build();
    }

    /**
     * Gets the severity a rule's issues take under this policy.
     *
     * @param rule the rule, not null
     * @return the override for the rule's id, or its default severity, not null
     */
    public Severity severityOf(Rule rule) {
        return getSeverities().getOrDefault(rule.getId(), rule.getDefaultSeverity());
    }

    /**
     * Checks whether a rule runs under this policy.
     *
     * @param ruleId the rule id, not null
     * @return true unless the rule is switched off
     */
    public boolean isEnabled(String ruleId) {
        return !getDisabledRules().contains(ruleId);
    }

    /**
     * Obtains the community support preset (Community Support Training 101): reviews every 90 days,
     * re-engagement within 7 days of a missed contact.
     *
     * @return the preset, not null
     */
    public static ValidationPolicy communitySupport() {
        return builder().name("community-support").build();
    }

    /**
     * Obtains the Support, Time and Recovery preset (STR service specification): enablement of up to 6 weeks,
     * up to 6 months in total. The specification sets no review interval, so plans keep the 90 days of the
     * community support preset.
     *
     * @return the preset, not null
     */
    public static ValidationPolicy supportTimeRecovery() {
        return builder().name("support-time-recovery").build();
    }

    /**
     * Obtains the Medi-Cal Community Supports preset: a person-centred plan reviewed at least every 6 months.
     *
     * @return the preset, not null
     */
    public static ValidationPolicy mediCalCommunitySupports() {
        return builder()
                .name("community-supports")
                .reviewInterval(Period.ofMonths(6))
                .build();
    }

    /**
     * Obtains the person-centred HCBS plan preset (42 CFR 441.301(c)(3)): reviewed at least every 12 months.
     *
     * @return the preset, not null
     */
    public static ValidationPolicy personCentredHcbs() {
        return builder()
                .name("person-centred-hcbs")
                .reviewInterval(Period.ofMonths(12))
                .build();
    }

    /**
     * Obtains the preset for a service model.
     *
     * @param model the service model, not null
     * @return the preset that fits the model, not null
     */
    public static ValidationPolicy forServiceModel(ServiceModel model) {
        return switch (model) {
            case SUPPORT_TIME_RECOVERY -> supportTimeRecovery();
            case COMMUNITY_SUPPORTS, ENHANCED_CARE_MANAGEMENT -> mediCalCommunitySupports();
            case PERSON_CENTRED_HCBS -> personCentredHcbs();
            default -> communitySupport();
        };
    }

    /**
     * Obtains the named presets: community support, Support Time and Recovery, Medi-Cal Community Supports and
     * the person-centred HCBS plan.
     *
     * @return the presets, not null
     */
    public static java.util.List<ValidationPolicy> presets() {
        return java.util.List.of(
                communitySupport(), supportTimeRecovery(), mediCalCommunitySupports(), personCentredHcbs());
    }

    /**
     * Obtains a preset by name.
     *
     * @param name the name of a preset, such as {@code support-time-recovery}
     * @return the preset, not null
     * @throws IllegalArgumentException if there is no preset of that name; the message lists the presets
     */
    public static ValidationPolicy named(String name) {
        return presets().stream()
                .filter(p -> p.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown policy; the presets are "
                        + String.join(
                                ", ",
                                presets().stream()
                                        .map(ValidationPolicy::getName)
                                        .toList())));
    }

    /**
     * Obtains a builder of policies, starting from the community support defaults.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ValidationPolicy}; {@link #build()} checks that counts and ages are at least 1. */
    public static final class Builder extends ImmutableValidationPolicy.Builder {
        /** Creates an empty builder; {@link ValidationPolicy#builder()} is the usual way to get one. */
        public Builder() {}
    }

    @Value.Check
    void check() {
        if (getMissedContactsBeforeBreakdown() < 1 || getChildAgeLimit() < 1) {
            throw new InvariantViolationException(
                    "ValidationPolicy.missedContactsBeforeBreakdown and childAgeLimit must be at least 1");
        }
    }
}
