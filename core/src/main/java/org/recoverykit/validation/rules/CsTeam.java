package org.recoverykit.validation.rules;

import java.util.List;
import java.util.stream.IntStream;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.TeamMember;
import org.recoverykit.model.TeamRole;
import org.recoverykit.validation.RuleContext;
import org.recoverykit.validation.Severity;

/**
 * CS-TEAM: the plan names its team, and the person is on it: a member with the role of the person whose
 * person id is the record's person.
 */
final class CsTeam extends BuiltInRule {
    CsTeam() {
        super(
                "CS-TEAM",
                Severity.ERROR,
                "Community Support Training 101, key service function 4: the plan is developed by a team that"
                        + " includes the individual");
    }

    @Override
    public void check(RecoveryRecord record, RuleContext context) {
        String person = record.getPerson().getId();
        forEachCheckedPlan(record, (plan, p) -> {
            List<TeamMember> team = plan.getTeam();
            if (team.stream()
                    .anyMatch(m -> m.getRole() == TeamRole.PERSON
                            && m.getPersonId().filter(person::equals).isPresent())) {
                return;
            }
            int unnamed = IntStream.range(0, team.size())
                    .filter(t -> team.get(t).getRole() == TeamRole.PERSON)
                    .findFirst()
                    .orElse(-1);
            context.report(
                    unnamed < 0 ? pointer("plans", p, "team") : pointer("plans", p, "team", unnamed, "personId"));
        });
    }
}
