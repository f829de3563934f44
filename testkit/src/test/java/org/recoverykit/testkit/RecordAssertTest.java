package org.recoverykit.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recoverykit.testkit.RecoveryKitAssertions.assertThatRecord;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverykit.json.RecordJson;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.Severity;

class RecordAssertTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    private static RecoveryRecord sample() throws Exception {
        try (InputStream in = java.nio.file.Files.newInputStream(
                java.nio.file.Path.of("..", "examples", "documents", "adult-community-support.json"))) {
            return RecordJson.defaults().read(in);
        }
    }

    private static RecoveryRecord withoutDomains() throws Exception {
        RecoveryRecord r = sample();
        RecoveryPlan plan = r.getPlans().get(0);
        List<org.recoverykit.model.Goal> goals = new java.util.ArrayList<>(plan.getGoals());
        goals.set(0, goals.get(0).withLifeDomains(List.of()));
        return r.withPlans(List.of(plan.withGoals(goals)));
    }

    @Test
    void passesOnAValidRecord() throws Exception {
        assertThatRecord(sample()).asOf(AS_OF).isValid().hasNoIssues();
    }

    @Test
    void findsAnIssueByRuleAndPointer() throws Exception {
        assertThatRecord(withoutDomains())
                .asOf(AS_OF)
                .hasNoIssuesOtherThan("CS-GOAL-DOMAIN")
                .hasIssue("CS-GOAL-DOMAIN")
                .at("/plans/0/goals/0/lifeDomains")
                .withSeverity(Severity.ERROR);
    }

    @Test
    void failsListingEveryIssue() throws Exception {
        RecoveryRecord broken = withoutDomains();
        assertThatThrownBy(() -> assertThatRecord(broken).asOf(AS_OF).isValid())
                .isInstanceOf(AssertionError.class)
                .hasMessage(String.format("Expected the record to be valid as of 2026-11-22, but it has errors:%n"
                        + "  ERROR CS-GOAL-DOMAIN /plans/0/goals/0/lifeDomains: A goal must name at least one life"
                        + " domain."));
        assertThatThrownBy(() -> assertThatRecord(broken)
                        .asOf(AS_OF)
                        .hasIssue("CS-GOAL-DOMAIN")
                        .at("/contacts/3"))
                .hasMessageContaining("Expected an issue of rule CS-GOAL-DOMAIN at /contacts/3, but found:")
                .hasMessageContaining("ERROR CS-GOAL-DOMAIN /plans/0/goals/0/lifeDomains");
        assertThatThrownBy(() -> assertThatRecord(broken).asOf(AS_OF).hasIssue("CS-NOTE"))
                .hasMessageContaining("Expected an issue of rule CS-NOTE as of 2026-11-22, but found:");
        assertThatThrownBy(() -> assertThatRecord(broken).asOf(AS_OF).hasNoIssuesOtherThan("CS-NOTE"))
                .hasMessageContaining("Expected no issues other than [CS-NOTE]");
    }
}
