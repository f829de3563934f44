package org.recoverykit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoverykit.validation.RuleCatalogueTest.AS_OF;
import static org.recoverykit.validation.RuleCatalogueTest.VALIDATOR;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.recoverykit.json.RecordJson;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.SampleRecords;

class RecordValidatorTest {
    private static final String CANARY = "CANARY-7731";

    private static RecoveryRecord withoutDomains() {
        RecoveryRecord r = SampleRecords.complete();
        RecoveryPlan plan = r.getPlans().get(0);
        return r.withPlans(List.of(plan.withGoals(List.of(plan.getGoals().get(0).withLifeDomains(List.of())))));
    }

    @Test
    void reportsInTextAndJson() {
        ValidationReport report = VALIDATOR.validate(withoutDomains(), AS_OF);
        assertThat(report.isValid()).isFalse();
        assertThat(report.toText())
                .isEqualTo(
                        "ERROR CS-GOAL-DOMAIN /plans/0/goals/0/lifeDomains: A goal must name at least one life domain.\n");
        assertThat(report.toJson())
                .isEqualTo("{\"valid\":false,\"issues\":[{\"severity\":\"ERROR\",\"ruleId\":\"CS-GOAL-DOMAIN\","
                        + "\"pointer\":\"/plans/0/goals/0/lifeDomains\",\"message\":\"A goal must name at least one life"
                        + " domain.\",\"source\":\"Community Support Training 101: the ITP is based on the life domains"
                        + " the person has identified\"}]}");
    }

    @Test
    void ordersIssuesByPointer() {
        RecoveryRecord r = withoutDomains().withPerson(SampleRecords.person().withStrengths(List.of()));
        assertThat(VALIDATOR.validate(r, AS_OF).getIssues())
                .extracting(Issue::getPointer)
                .containsExactly("/person/strengths", "/plans/0/goals/0/lifeDomains");
    }

    @Test
    void takesTodayFromTheClock() {
        RecoveryRecord r = SampleRecords.complete();
        Clock later = Clock.fixed(Instant.parse("2027-01-15T12:00:00Z"), ZoneOffset.UTC);
        ValidationReport report = RecordValidator.builder().clock(later).build().validate(r);
        assertThat(report.getIssues())
                .extracting(Issue::getRuleId)
                .containsExactly("MH22-CONTACT-REVIEW", "PCP-REVIEW");
        assertThat(VALIDATOR.validate(r, AS_OF).getIssues()).isEmpty();
    }

    @Test
    void appliesThePolicysIntervalsSeveritiesAndSwitches() {
        RecoveryRecord r = SampleRecords.complete();
        ValidationPolicy strict = ValidationPolicy.communitySupport().withReviewInterval(Period.ofDays(30));
        assertThat(RecordValidator.builder()
                        .policy(strict)
                        .build()
                        .validate(r, AS_OF)
                        .getIssues())
                .extracting(Issue::getRuleId, Issue::getSeverity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PCP-REVIEW", Severity.ERROR));
        ValidationPolicy lenient = strict.withSeverity("PCP-REVIEW", Severity.INFO);
        ValidationReport report =
                RecordValidator.builder().policy(lenient).build().validate(r, AS_OF);
        assertThat(report.getIssues(Severity.INFO)).hasSize(1);
        assertThat(report.isValid()).isTrue();
        ValidationPolicy off = strict.withRuleDisabled("PCP-REVIEW");
        assertThat(RecordValidator.builder()
                        .policy(off)
                        .build()
                        .validate(r, AS_OF)
                        .getIssues())
                .isEmpty();
    }

    @Test
    void countsTheDaysOfAReEngagementWindowGivenInMonths() {
        RecoveryRecord unanswered = SampleRecords.complete().withReEngagementAttempts(List.of());
        ValidationPolicy monthly = ValidationPolicy.communitySupport().withReEngagementWindow(Period.ofMonths(1));
        assertThat(RecordValidator.builder()
                        .policy(monthly)
                        .build()
                        .validate(unanswered, AS_OF)
                        .toText())
                .isEqualTo("ERROR CS-MISSED /contacts/1: A missed contact must be followed by a re-engagement attempt"
                        + " within 31 days.\n");
    }

    @Test
    void namesItsPresets() {
        assertThat(ValidationPolicy.presets())
                .extracting(ValidationPolicy::getName)
                .containsExactly(
                        "community-support", "support-time-recovery", "community-supports", "person-centred-hcbs");
        assertThat(ValidationPolicy.named("community-supports").getReviewInterval())
                .isEqualTo(Period.ofMonths(6));
        assertThat(ValidationPolicy.forServiceModel(org.recoverykit.model.ServiceModel.PERSON_CENTRED_HCBS))
                .isEqualTo(ValidationPolicy.personCentredHcbs());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ValidationPolicy.named("x"))
                .hasMessage("Unknown policy; the presets are community-support, support-time-recovery,"
                        + " community-supports, person-centred-hcbs");
    }

    @Test
    void runsAnApplicationsOwnRule() {
        Rule everyContactHasAMode = new Rule() {
            @Override
            public String getId() {
                return "ACME-MODE";
            }

            @Override
            public Severity getDefaultSeverity() {
                return Severity.WARNING;
            }

            @Override
            public String getSource() {
                return "ACME house rules";
            }

            @Override
            public String getMessage(Locale locale) {
                return "Every contact should say how it was made ({0} without).";
            }

            @Override
            public void check(RecoveryRecord record, RuleContext context) {
                long without = record.getContacts().stream()
                        .filter(c -> c.getMode().isEmpty())
                        .count();
                if (without > 0) {
                    context.report("/contacts", without);
                }
            }
        };
        ValidationReport report = RecordValidator.builder()
                .addRule(everyContactHasAMode)
                .build()
                .validate(SampleRecords.complete(), AS_OF);
        assertThat(report.toText())
                .isEqualTo("WARNING ACME-MODE /contacts: Every contact should say how it was made (1 without).\n");
    }

    @Test
    void speaksASecondLanguageFromAPropertiesFileAlone() {
        ValidationReport report = RecordValidator.builder()
                .locale(Locale.forLanguageTag("cy"))
                .build()
                .validate(withoutDomains(), AS_OF);
        assertThat(report.getIssues().get(0).getMessage()).isEqualTo("Rhaid i nod enwi o leiaf un maes bywyd.");
    }

    @Test
    void reportsAnUnreadableDocumentAsOneErrorWithoutItsValues() {
        String document = "{\"id\":\"r\",\"person\":{\"id\":\"p\",\"birthDate\":\"" + CANARY + "\"}}";
        ValidationReport report = VALIDATOR.validate(new StringReader(document), AS_OF);
        assertThat(report.toText())
                .isEqualTo("ERROR RK-UNREADABLE /person/birthDate: invalid value: expected a date (YYYY-MM-DD)"
                        + " (line 1, column 42)\n");
        assertThat(report.toJson()).doesNotContain(CANARY);
    }

    @Test
    void neverPutsAValueOfTheRecordInAReport() throws Exception {
        RecoveryRecord r = SampleRecords.complete();
        RecoveryPlan plan = r.getPlans().get(0);
        RecoveryRecord planted = r.withPerson(
                        r.getPerson().withStrengths(List.of()).withPreferredName(" "))
                .withPlans(List.of(plan.withGoals(List.of(plan.getGoals()
                        .get(0)
                        .withStatement(CANARY + " call 555-0100")
                        .withInOwnWords(false)
                        .withLifeDomains(List.of())))))
                .withContacts(List.of(
                        r.getContacts()
                                .get(0)
                                .withResponse(CANARY + " on 555-0123")
                                .withGoalIds(List.of(CANARY)),
                        r.getContacts().get(1).withId(CANARY)));
        ValidationReport report = VALIDATOR.validate(planted, AS_OF);
        assertThat(report.getIssues()).hasSizeGreaterThan(5);
        assertThat(report.toText()).doesNotContain(CANARY).doesNotContain("555-01");
        assertThat(report.toJson()).doesNotContain(CANARY);
        String document = RecordJson.defaults().toJson(planted);
        assertThat(VALIDATOR.validate(new StringReader(document), AS_OF).toText())
                .doesNotContain(CANARY);
    }

    @Test
    void oneValidatorServesManyThreads() throws Exception {
        RecoveryRecord valid = SampleRecords.complete();
        RecoveryRecord invalid = withoutDomains();
        String expected = VALIDATOR.validate(invalid, AS_OF).toText();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                RecoveryRecord r = i % 2 == 0 ? valid : invalid;
                results.add(pool.submit(() -> VALIDATOR.validate(r, AS_OF).toText()));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? "" : expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
