package org.recoverykit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoverykit.validation.RuleCatalogueTest.AS_OF;
import static org.recoverykit.validation.RuleCatalogueTest.VALIDATOR;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recoverykit.model.CrisisPlan;
import org.recoverykit.model.Goal;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.SampleRecords;

/** Text that holds half of a surrogate pair alone is reported wherever the model holds text, never shown. */
class UnicodeTextMappingTest {
    private static final String CANARY = "CANARY-7731";
    private static final String MESSAGE = "is not Unicode text: it holds half of a surrogate pair alone";

    private static String issue(String pointer) {
        return "ERROR FIELD-UNICODE-TEXT " + pointer + ": " + MESSAGE;
    }

    private static List<String> issues(RecoveryRecord record) {
        ValidationReport report = VALIDATOR.validate(record, AS_OF);
        assertThat(report.toText()).doesNotContain(CANARY);
        assertThat(report.toJson()).doesNotContain(CANARY);
        return report.getIssues().stream().map(Issue::toString).toList();
    }

    private static RecoveryRecord plan(UnaryOperator<RecoveryPlan> change) {
        RecoveryRecord r = SampleRecords.complete();
        return r.withPlans(List.of(change.apply(r.getPlans().get(0))));
    }

    private static RecoveryRecord goal(UnaryOperator<Goal> change) {
        return plan(p -> p.withGoals(List.of(change.apply(p.getGoals().get(0)))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {CANARY + "\uD800", "\uDC00" + CANARY, CANARY + "\uDC00\uD800" + CANARY, "\uD800\uD800"})
    void aPersonsTextIsReportedOnceAtItsPointer(String text) {
        RecoveryRecord r = SampleRecords.complete();

        assertThat(issues(r.withPerson(r.getPerson().withPreferredName(text))))
                .containsExactly(issue("/person/preferredName"));
    }

    @Test
    void theRecordsIdIsReported() {
        assertThat(issues(SampleRecords.complete().withId("rec-1\uDC00"))).containsExactly(issue("/id"));
    }

    @Test
    void anItemOfAListIsReportedAtItsIndex() {
        RecoveryRecord r = SampleRecords.complete();

        assertThat(issues(r.withPerson(r.getPerson().withStrengths(List.of("good listener", CANARY + "\uD800")))))
                .containsExactly(issue("/person/strengths/1"));
    }

    @Test
    void textDeepInTheRecordIsReportedAtItsPointer() {
        RecoveryRecord r = SampleRecords.complete();
        RecoveryRecord name = r.withPerson(
                r.getPerson().withName(r.getPerson().getName().orElseThrow().withGiven(List.of(CANARY + "\uDC00"))));
        RecoveryRecord measure =
                goal(g -> g.withObjectives(List.of(g.getObjectives().get(0).withMeasure(CANARY + "\uD800"))));
        RecoveryRecord professional = plan(p -> {
            CrisisPlan crisis = p.getCrisisPlan().orElseThrow();
            return p.withCrisisPlan(crisis.withProfessionals(
                    List.of(crisis.getProfessionals().get(0).withNote(CANARY + "\uD800"))));
        });

        assertThat(issues(name)).containsExactly(issue("/person/name/given/0"));
        assertThat(issues(measure)).containsExactly(issue("/plans/0/goals/0/objectives/0/measure"));
        assertThat(issues(professional)).containsExactly(issue("/plans/0/crisisPlan/professionals/0/note"));
    }

    @Test
    void eachTextIsReportedOnItsOwn() {
        RecoveryRecord r = goal(g -> g.withStatement(CANARY + "\uD800")
                .withObjectives(List.of(g.getObjectives().get(0).withBaseline("\uDC00"))));

        assertThat(issues(r))
                .containsExactly(issue("/plans/0/goals/0/objectives/0/baseline"), issue("/plans/0/goals/0/statement"));
    }

    @Test
    void aSurrogatePairIsText() {
        RecoveryRecord r = SampleRecords.complete();

        assertThat(issues(r.withPerson(r.getPerson().withPreferredName("Dee \uD83D\uDE00 \uD834\uDD1E"))))
                .isEmpty();
    }
}
