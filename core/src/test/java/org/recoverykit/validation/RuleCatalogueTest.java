package org.recoverykit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoverykit.model.Attendance;
import org.recoverykit.model.BillingCode;
import org.recoverykit.model.Contact;
import org.recoverykit.model.DateRange;
import org.recoverykit.model.EpisodePhase;
import org.recoverykit.model.EpisodePhaseType;
import org.recoverykit.model.Goal;
import org.recoverykit.model.LanguagePreference;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.Referral;
import org.recoverykit.model.ReferralKind;
import org.recoverykit.model.RiskCategory;
import org.recoverykit.model.SampleRecords;
import org.recoverykit.model.ServiceEpisode;
import org.recoverykit.model.ServiceModel;
import org.recoverykit.model.SupportKind;
import org.recoverykit.model.TeamRole;
import org.recoverykit.validation.rules.BuiltInRules;

/** Every rule passes on the complete sample, and fails, alone and at the right place, on one change of it. */
class RuleCatalogueTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    static final RecordValidator VALIDATOR = RecordValidator.defaults();

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static RecoveryRecord plan(RecoveryRecord r, UnaryOperator<RecoveryPlan> change) {
        return r.withPlans(List.of(change.apply(r.getPlans().get(0))));
    }

    private static RecoveryRecord contact(RecoveryRecord r, int index, UnaryOperator<Contact> change) {
        List<Contact> contacts = new java.util.ArrayList<>(r.getContacts());
        contacts.set(index, change.apply(contacts.get(index)));
        return r.withContacts(contacts);
    }

    private static RecoveryRecord referral(RecoveryRecord r, UnaryOperator<Referral> change) {
        return r.withReferrals(List.of(change.apply(r.getReferrals().get(0))));
    }

    private static RecoveryRecord episode(RecoveryRecord r, UnaryOperator<ServiceEpisode> change) {
        return r.withEpisodes(List.of(change.apply(r.getEpisodes().get(0))));
    }

    /**
     * The sample with its episode made an open STR episode from a day: an enablement phase, not chargeable, from that
     * day to a second, then an extended phase from a third.
     */
    private static RecoveryRecord str(
            RecoveryRecord r, LocalDate start, LocalDate enablementEnd, LocalDate extendedFrom, boolean chargeable) {
        return episode(
                r,
                e -> e.withServiceModel(ServiceModel.SUPPORT_TIME_RECOVERY)
                        .withPeriod(DateRange.startingOn(start))
                        .withPhases(List.of(
                                phase(EpisodePhaseType.ENABLEMENT, DateRange.of(start, enablementEnd), false),
                                phase(EpisodePhaseType.EXTENDED, DateRange.startingOn(extendedFrom), chargeable))));
    }

    private static EpisodePhase phase(EpisodePhaseType type, DateRange period, boolean chargeable) {
        return EpisodePhase.builder()
                .phase(type)
                .period(period)
                .chargeable(chargeable)
                .build();
    }

    static Stream<Arguments> breaches() {
        return Stream.of(
                breach(
                        "CS-GOAL-DOMAIN",
                        "/plans/0/goals/0/lifeDomains",
                        r -> goal(r, g -> g.withLifeDomains(List.of()))),
                breach(
                        "CS-MEASURABLE",
                        "/plans/0/goals/0/objectives/0/targetDate",
                        r -> goal(
                                r,
                                g -> g.withObjectives(
                                        List.of(g.getObjectives().get(0).withTargetDate(Optional.empty()))))),
                breach(
                        "CS-MEASURABLE",
                        "/plans/0/interventions/0/frequency",
                        r -> plan(
                                r,
                                p -> p.withInterventions(
                                        List.of(p.getInterventions().get(0).withFrequency(Optional.empty()))))),
                breach(
                        "CS-TEAM",
                        "/plans/0/team",
                        r -> plan(
                                r,
                                p -> p.withVersion(1)
                                        .withTeam(List.of(
                                                p.getTeam()
                                                        .get(0)
                                                        .withRole(TeamRole.FAMILY)
                                                        .withPersonId(Optional.empty()),
                                                p.getTeam().get(1),
                                                p.getTeam().get(2))))),
                breach(
                        "CS-TEAM",
                        "/plans/0/team/0/personId",
                        r -> plan(
                                r,
                                p -> p.withTeam(List.of(
                                        p.getTeam().get(0).withPersonId(Optional.empty()),
                                        p.getTeam().get(1),
                                        p.getTeam().get(2))))),
                breach(
                        "CS-CHILD-FAMILY",
                        "/plans/0/team",
                        r -> plan(
                                r.withPerson(r.getPerson().withBirthDate(date(2012, 5, 1))),
                                p -> p.withTeam(p.getTeam().subList(0, 2)))),
                breach("CS-NOTE", "/contacts/0/response", r -> contact(r, 0, c -> c.withResponse(Optional.empty()))),
                breach(
                        "CS-DISCHARGE",
                        "/dischargePlans/0/continuingServices",
                        r -> r.withDischargePlans(
                                List.of(r.getDischargePlans().get(0).withContinuingServices(List.of())))),
                breach("CS-MISSED", "/contacts/1", r -> r.withReEngagementAttempts(List.of())),
                breach(
                        "CS-RELAPSE",
                        "/plans/0/crisisPlan",
                        r -> plan(
                                r.withDischargePlans(
                                        List.of(r.getDischargePlans().get(0).withCrisisPlanId(Optional.empty()))),
                                p -> p.withCrisisPlan(Optional.empty())
                                        .withRisks(List.of(p.getRisks().get(0).withCategory(RiskCategory.RELAPSE))))),
                breach(
                        "CS-NATURAL",
                        "/plans/0/supports",
                        r -> plan(
                                r,
                                p -> p.withSupports(
                                        List.of(p.getSupports().get(0).withKind(SupportKind.COMMUNITY))))),
                breach("PCP-OWN-WORDS", "/plans/0/goals/0/inOwnWords", r -> goal(r, g -> g.withInOwnWords(false))),
                breach(
                        "PCP-STRENGTHS",
                        "/person/strengths",
                        r -> r.withPerson(r.getPerson().withStrengths(List.of()))),
                breach(
                        "PCP-SUPPORTS",
                        "/plans/0/supports/0/scope",
                        r -> plan(
                                r,
                                p -> p.withSupports(
                                        List.of(p.getSupports().get(0).withScope(Optional.empty()))))),
                breach("PCP-COPY", "/plans/0/copyOfferedOn", r -> plan(r, p -> p.withCopyOfferedOn(Optional.empty()))),
                breach(
                        "PCP-REVIEW",
                        "/plans/0/nextReviewDue",
                        r -> plan(r, p -> p.withNextReviewDue(date(2027, 3, 1)))),
                breach(
                        "PCP-REVIEW",
                        "/plans/0/reviews",
                        r -> plan(
                                r,
                                p -> p.withCreatedOn(date(2026, 7, 1))
                                        .withNextReviewDue(Optional.empty())
                                        .withPeriod(DateRange.of(date(2026, 7, 1), date(2027, 2, 28)))
                                        .withReviews(
                                                List.of(p.getReviews().get(0).withDate(date(2026, 7, 1)))))),
                breach(
                        "MH22-ARRANGEMENT",
                        "/contactArrangements/0/whenUnavailable",
                        r -> r.withContactArrangements(
                                List.of(r.getContactArrangements().get(0).withWhenUnavailable(Optional.empty())))),
                breach("MH22-ARRANGEMENT", "/plans/0", r -> r.withContactArrangements(List.of())),
                breach(
                        "MH22-CONTACT-REVIEW",
                        "/contactArrangements/0/reviewDue",
                        r -> r.withContactArrangements(
                                List.of(r.getContactArrangements().get(0).withReviewDue(date(2026, 11, 1))))),
                breach(
                        "MH22-BREAKDOWN",
                        "/contacts/3",
                        r -> r.withContacts(Stream.concat(
                                        r.getContacts().stream(),
                                        Stream.of(notAttended("c-3", 16), notAttended("c-4", 23)))
                                .toList())),
                breach(
                        "MH22-RISK",
                        "/plans/0/risks/0/discussedWithPerson",
                        r -> plan(
                                r, p -> p.withRisks(List.of(p.getRisks().get(0).withDiscussedWithPerson(false))))),
                breach("MH22-AGREED", "/plans/0/agreements", r -> plan(r, p -> p.withAgreements(List.of()))),
                breach(
                        "MH22-MINIMAL",
                        "/contacts/0/response",
                        r -> contact(r, 0, c -> c.withResponse("asked us to call her sister on 555-0123"))),
                breach(
                        "STR-ENABLEMENT",
                        "/episodes/0/phases/0/period",
                        r -> str(r, date(2026, 9, 1), date(2026, 10, 20), date(2026, 10, 21), true)),
                breach(
                        "STR-TOTAL",
                        "/episodes/0/period",
                        r -> str(r, date(2026, 4, 1), date(2026, 5, 1), date(2026, 5, 2), true)),
                breach(
                        "STR-CHARGEABLE",
                        "/episodes/0/phases/1/chargeable",
                        r -> contact(
                                str(r, date(2026, 9, 1), date(2026, 9, 30), date(2026, 10, 1), false),
                                0,
                                c -> c.withEpisodeId("ep-1"))),
                breach(
                        "STR-CHARGEABLE",
                        "/contacts/0",
                        r -> contact(
                                str(r, date(2026, 9, 1), date(2026, 9, 30), date(2026, 10, 5), true),
                                0,
                                c -> c.withEpisodeId("ep-1"))),
                breach(
                        "CSUP-CODE",
                        "/plans/0/supports/1/communitySupport",
                        r -> plan(
                                r,
                                p -> p.withSupports(List.of(
                                        p.getSupports().get(0),
                                        p.getSupports()
                                                .get(0)
                                                .withId("s-2")
                                                .withKind(SupportKind.COMMUNITY_SUPPORTS_SERVICE)
                                                .withPaid(true)
                                                .withNaturalSupportId(Optional.empty())
                                                .withProvider("Valley Housing Partners")
                                                .withBillingCode(BillingCode.of("H0043", "U6")))))),
                breach(
                        "PEER-CHOICE",
                        "/referrals/0/personsChoice",
                        r -> referral(r, f -> f.withPersonsChoice(Optional.empty()))),
                breach("PEER-CHOICE", "/referrals/0/requiredByPlan", r -> referral(r, f -> f.withRequiredByPlan(true))),
                breach(
                        "PEER-CONTACT",
                        "/referrals/0/contactDetailsGiven",
                        r -> referral(r, f -> f.withContactDetailsGiven(false).withContactFacilitated(false))),
                breach(
                        "CSUP-CODE",
                        "/referrals/0/billingCode",
                        r -> referral(
                                r,
                                f -> f.withKind(ReferralKind.COMMUNITY_SUPPORTS)
                                        .withCommunitySupport("housing-transition-navigation")
                                        .withBillingCode(BillingCode.of("H0043", "U2")))),
                breach(
                        "CSUP-CODE",
                        "/referrals/0/communitySupport",
                        r -> referral(r, f -> f.withBillingCode(BillingCode.of("H0043", "U6")))),
                breach(
                        "ECM-OUTREACH",
                        "/referrals/0/outreachAttempts",
                        r -> referral(
                                r,
                                f -> f.withKind(ReferralKind.ENHANCED_CARE_MANAGEMENT)
                                        .withOutreachAttempts(List.of()))),
                breach("RK-REF", "/contacts/0/goalIds/0", r -> contact(r, 0, c -> c.withGoalIds(List.of("g-404")))),
                breach(
                        "RK-ID-UNIQUE",
                        "/contacts/1/id",
                        r -> contact(r, 1, c -> c.withId("c-1"))
                                .withReEngagementAttempts(List.of(
                                        r.getReEngagementAttempts().get(0).withAfterContactId("c-1")))),
                breach(
                        "FIELD-NOT-BLANK",
                        "/person/strengths/0",
                        r -> r.withPerson(r.getPerson().withStrengths(List.of(" ")))),
                breach("FIELD-NOT-BLANK", "/plans/0/goals/0/statement", r -> goal(r, g -> g.withStatement("  "))),
                breach(
                        "FIELD-POSITIVE",
                        "/domainAssessments/0/priority",
                        r -> r.withDomainAssessments(
                                List.of(r.getDomainAssessments().get(0).withPriority(0)))),
                breach(
                        "FIELD-PATTERN",
                        "/person/languages/0/code",
                        r -> r.withPerson(r.getPerson()
                                .withLanguages(List.of(LanguagePreference.builder()
                                        .code("english!")
                                        .build())))),
                breach(
                        "FIELD-UNICODE-TEXT",
                        "/person/pronouns",
                        r -> r.withPerson(r.getPerson().withPronouns("she/her\uD800"))));
    }

    private static RecoveryRecord goal(RecoveryRecord r, UnaryOperator<Goal> change) {
        return plan(r, p -> p.withGoals(List.of(change.apply(p.getGoals().get(0)))));
    }

    /** A contact in October that the person cancelled. */
    private static Contact notAttended(String id, int day) {
        return Contact.builder()
                .id(id)
                .planId("plan-1")
                .start(SampleRecords.at(10, day, 10, 0))
                .attendance(Attendance.CANCELLED_BY_PERSON)
                .build();
    }

    private static Arguments breach(String ruleId, String pointer, UnaryOperator<RecoveryRecord> change) {
        return Arguments.of(ruleId, pointer, change);
    }

    @Test
    void theCompleteSamplePassesEveryRule() {
        assertThat(VALIDATOR.validate(SampleRecords.complete(), AS_OF).getIssues())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("breaches")
    void oneChangeBreaksExactlyOneRuleAtOnePlace(String ruleId, String pointer, UnaryOperator<RecoveryRecord> change) {
        ValidationReport report = VALIDATOR.validate(change.apply(SampleRecords.complete()), AS_OF);
        assertThat(report.getIssues())
                .extracting(Issue::getRuleId, Issue::getPointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ruleId, pointer));
    }

    @Test
    void everyBuiltInRuleHasABreachAndAMessage() {
        List<String> breached = breaches().map(a -> (String) a.get()[0]).toList();
        java.util.ResourceBundle messages = java.util.ResourceBundle.getBundle("org.recoverykit.validation.Messages");
        for (Rule rule : BuiltInRules.all()) {
            assertThat(breached).as("a breach of " + rule.getId()).contains(rule.getId());
            assertThat(messages.containsKey(rule.getId()))
                    .as("a message for " + rule.getId())
                    .isTrue();
        }
    }
}
