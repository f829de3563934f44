package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.testkit.Defect;
import org.recoverykit.testkit.DefectiveRecord;
import org.recoverykit.testkit.RecordGenerator;
import org.recoverykit.testkit.Seeds;
import org.recoverykit.validation.Issue;
import org.recoverykit.validation.RecordValidator;
import org.recoverykit.validation.ValidationPolicy;

/**
 * Every pointer that the validator reports in the invalid examples of the tests gets a FHIRPath, or is one that
 * the mapping knowingly gives none: the pointers that core's rule catalogue and validator tests and this module's
 * OperationOutcome tests assert, and every pointer the validator reports for the testkit's defective records,
 * each defect over 20 seeds.
 */
class ElementPathsValidatorPointersTest {
    /**
     * The pointers of the issues that {@code RuleCatalogueTest} and {@code RecordValidatorTest} in core, and
     * {@code OperationOutcomeTest} here, break a record to get.
     */
    private static final Set<String> TESTS_POINTERS = Set.of(
            "",
            "/contactArrangements/0/reviewDue",
            "/contactArrangements/0/whenUnavailable",
            "/contacts",
            "/contacts/0",
            "/contacts/0/goalIds/0",
            "/contacts/0/response",
            "/contacts/1",
            "/contacts/1/id",
            "/contacts/3",
            "/dischargePlans/0/continuingServices",
            "/domainAssessments/0/priority",
            "/episodes/0/period",
            "/episodes/0/phases/0/period",
            "/episodes/0/phases/1/chargeable",
            "/person/languages/0/code",
            "/person/strengths",
            "/person/strengths/0",
            "/person/telecom/2/value",
            "/plans/0",
            "/plans/0/agreements",
            "/plans/0/copyOfferedOn",
            "/plans/0/crisisPlan",
            "/plans/0/goals/0/inOwnWords",
            "/plans/0/goals/0/lifeDomains",
            "/plans/0/goals/0/objectives/0/targetDate",
            "/plans/0/goals/0/statement",
            "/plans/0/goals/1/inOwnWords",
            "/plans/0/interventions/0/frequency",
            "/plans/0/nextReviewDue",
            "/plans/0/reviews",
            "/plans/0/risks/0/discussedWithPerson",
            "/plans/0/supports",
            "/plans/0/supports/0/scope",
            "/plans/0/supports/1/communitySupport",
            "/plans/0/team",
            "/plans/0/team/0/personId",
            "/referrals/0/billingCode",
            "/referrals/0/communitySupport",
            "/referrals/0/contactDetailsGiven",
            "/referrals/0/outreachAttempts",
            "/referrals/0/personsChoice",
            "/referrals/0/requiredByPlan");

    /** The pointers, with {@code *} for an index, that knowingly get no FHIRPath, and why. */
    private static final Map<String, String> WITHOUT_PATH = Map.of(
            "",
            "the whole record: a Bundle, or NDJSON lines, of which no one resource is the root",
            "/contacts",
            "all contacts, which are Encounters and Appointments with no element in common");

    @Test
    void everyPointerTheValidatorReportsHasAPathOrIsKnowinglyWithout() {
        Set<String> pointers = new TreeSet<>(TESTS_POINTERS);
        for (Defect defect : Defect.values()) {
            RecordGenerator generator = RecordGenerator.defaults().withDefect(defect);
            for (long seed : Seeds.stream(20).toArray()) {
                DefectiveRecord broken = generator.defectiveRecord(new SplittableRandom(seed));
                pointers.add(broken.getPointer());
                for (Issue issue : report(broken.getRecord())) {
                    pointers.add(issue.getPointer());
                }
            }
        }
        Map<String, String> without = new TreeMap<>();
        for (String pointer : pointers) {
            if (ElementPaths.expressions(pointer).isEmpty()) {
                without.put(pointer, WITHOUT_PATH.getOrDefault(pattern(pointer), "no reason given"));
            }
        }

        assertThat(without).as("pointers without a path").doesNotContainValue("no reason given");
        assertThat(pointers).as("pointers reported").hasSizeGreaterThan(TESTS_POINTERS.size() + 20);
    }

    @Test
    void aPointerKnowinglyWithoutAPathHasNone() {
        for (String pattern : WITHOUT_PATH.keySet()) {
            assertThat(ElementPaths.expressions(pattern.replace("*", "0")))
                    .as(pattern)
                    .isEmpty();
        }
    }

    /** The record's issues as of the generator's date, under the policy of its latest plan's service model. */
    private static Iterable<Issue> report(RecoveryRecord record) {
        ValidationPolicy policy = ValidationPolicy.forServiceModel(
                record.getPlans().get(record.getPlans().size() - 1).getServiceModel());
        return RecordValidator.builder()
                .policy(policy)
                .build()
                .validate(record, RecordGenerator.asOf(record))
                .getIssues();
    }

    private static String pattern(String pointer) {
        return pointer.replaceAll("/\\d+(?=/|$)", "/*");
    }
}
