package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverykit.validation.Issue;
import org.recoverykit.validation.Severity;
import org.recoverykit.validation.ValidationReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The FHIRPaths an OperationOutcome gives for the elements of plans, contacts, referrals, episodes and discharges. */
class ElementPathsTest {
    private static final String EXTENSION = "extension('" + FhirExtension.BASE;
    private static final String PERTAINS_TO_GOAL = "extension('" + FhirCodeSystems.PERTAINS_TO_GOAL + "')";

    @Test
    void aGoalsElementIsInItsGoal() {
        assertThat(ElementPaths.expressions("/plans/1/goals/4")).containsExactly("Goal");
        assertThat(ElementPaths.expressions("/plans/1/goals/4/statement")).containsExactly("Goal.description");
        assertThat(ElementPaths.expressions("/plans/1/goals/4/inOwnWords"))
                .containsExactly("Goal." + EXTENSION + "in-own-words')");
        assertThat(ElementPaths.expressions("/plans/1/goals/4/lifeDomains/2")).containsExactly("Goal.category[2]");
        assertThat(ElementPaths.expressions("/plans/1/goals/4/startDate")).containsExactly("Goal.start");
    }

    @Test
    void anObjectiveIsATargetOfItsGoal() {
        assertThat(ElementPaths.expressions("/plans/0/goals/1/objectives/2/measure"))
                .containsExactly("Goal.target[2].measure");
        assertThat(ElementPaths.expressions("/plans/0/goals/1/objectives/2/targetDate"))
                .containsExactly("Goal.target[2].due");
        assertThat(ElementPaths.expressions("/plans/0/goals/1/objectives/2/baseline"))
                .containsExactly("Goal.target[2]." + EXTENSION + "objective-baseline')");
    }

    @Test
    void anInterventionIsAServiceRequestWhoseAmountAndLengthHaveNoCertainElement() {
        assertThat(ElementPaths.expressions("/plans/0/interventions/5/goalIds/1"))
                .containsExactly("ServiceRequest." + PERTAINS_TO_GOAL + "[1]");
        assertThat(ElementPaths.expressions("/plans/0/interventions/5/frequency/times"))
                .containsExactly("ServiceRequest.occurrence.repeat.frequency");
        assertThat(ElementPaths.expressions("/plans/0/interventions/5/responsibleMemberId"))
                .containsExactly("ServiceRequest." + EXTENSION + "team-member')");
        assertThat(ElementPaths.expressions("/plans/0/interventions/5/amount")).containsExactly("ServiceRequest");
        assertThat(ElementPaths.expressions("/plans/0/supports/3/duration")).containsExactly("ServiceRequest");
    }

    @Test
    void aContactIsAnEncounterOrAnAppointment() {
        assertThat(ElementPaths.expressions("/contacts/7")).containsExactly("Encounter", "Appointment");
        assertThat(ElementPaths.expressions("/contacts/7/start"))
                .containsExactly("Encounter.period.start", "Appointment.start");
        assertThat(ElementPaths.expressions("/contacts/7/interventionIds/3"))
                .containsExactly("Encounter.basedOn[3]", "Appointment.basedOn[3]");
        assertThat(ElementPaths.expressions("/contacts/7/episodeId"))
                .containsExactly("Encounter.episodeOfCare", "Appointment." + EXTENSION + "episode-of-care')");
    }

    @Test
    void aReferralIsAServiceRequestWithATaskForItsStatus() {
        assertThat(ElementPaths.expressions("/referrals/2/personsChoice/expressedOn"))
                .containsExactly("ServiceRequest." + EXTENSION + "persons-choice').extension('expressedOn')");
        assertThat(ElementPaths.expressions("/referrals/2/status")).containsExactly("Task.businessStatus");
        assertThat(ElementPaths.expressions("/referrals/2/statusHistory/1/closureReason"))
                .containsExactly("Task." + EXTENSION + "status-update')[1].extension('closureReason')");
        assertThat(ElementPaths.expressions("/referrals/2/outreachAttempts/4/date"))
                .containsExactly("Communication.sent");
    }

    @Test
    void anEpisodesPhaseIsAStatusHistoryEntry() {
        assertThat(ElementPaths.expressions("/episodes/0/phases/1/period"))
                .containsExactly("EpisodeOfCare.statusHistory[1].period");
        assertThat(ElementPaths.expressions("/episodes/0/phases/1/chargeable"))
                .containsExactly("EpisodeOfCare.statusHistory[1]." + EXTENSION + "chargeable')");
        assertThat(ElementPaths.expressions("/episodes/0/period")).containsExactly("EpisodeOfCare.period");
    }

    @Test
    void aDischargePlansServicesAndAppointmentsAreItsActivitiesResources() {
        assertThat(ElementPaths.expressions("/dischargePlans/1/continuingServices"))
                .containsExactly("CarePlan.activity");
        assertThat(ElementPaths.expressions("/dischargePlans/1/continuingServices/2/provider"))
                .containsExactly("ServiceRequest.performer");
        assertThat(ElementPaths.expressions("/dischargePlans/1/followUpAppointments/0/withWhom"))
                .containsExactly("Appointment.participant[1].actor");
        assertThat(ElementPaths.expressions("/dischargePlans/1/plannedDate"))
                .containsExactly("CarePlan." + EXTENSION + "planned-date')");
    }

    @Test
    void anIndexIsGivenOnlyWhereTheModelsIndexIsTheFhirOne() {
        assertThat(ElementPaths.expressions("/plans/0/crisisPlan/peopleToAsk/2/contactPoints/1/value"))
                .containsExactly("CarePlan." + EXTENSION + "crisis-contact')[2].extension('telecom')[1].value.value");
        assertThat(ElementPaths.expressions("/plans/0/crisisPlan/professionals/1/name"))
                .containsExactly("CarePlan." + EXTENSION + "crisis-contact')");
        assertThat(ElementPaths.expressions("/plans/0/crisisPlan/warningSigns/3"))
                .containsExactly("CarePlan." + EXTENSION + "crisis-warning-sign')");
        assertThat(ElementPaths.expressions("/plans/0/reviews/2/participantIds/1"))
                .containsExactly("Encounter." + EXTENSION + "team-member')");
        assertThat(ElementPaths.expressions("/plans/2/team/3/name/given/0")).containsExactly("CareTeam.participant[3]");
        assertThat(ElementPaths.expressions("/plans/2/team/3/organization"))
                .containsExactly("CareTeam.participant[3].onBehalfOf");
    }

    @Test
    void anElementOutsideTheTableTakesThePathOfTheIndexedElementItLiesIn() {
        assertThat(ElementPaths.expressions("/plans/0/reviews")).containsExactly("CarePlan");
        assertThat(ElementPaths.expressions("/plans/0/goals/1/no-such-attribute/9"))
                .containsExactly("Goal");
        assertThat(ElementPaths.expressions("/plans")).isEmpty();
        assertThat(ElementPaths.expressions("/id")).isEmpty();
    }

    @Test
    void everyPathIsOfTheTableAndIndicesAlone() {
        for (String pointer : ElementPaths.pointers()) {
            String concrete = pointer.replace("*", "12345678901234567890");
            for (String expression : ElementPaths.expressions(concrete)) {
                assertThat(expression)
                        .as(pointer)
                        .matches("[A-Z][A-Za-z]*(\\.[a-zA-Z]+(\\('[^']+'\\))?(\\[\\d+\\])?)*")
                        .doesNotContain("*")
                        .doesNotContain("{");
            }
        }
    }

    @Test
    void anIssueOfAContactNamesItsElementInBothResourceTypes() {
        ValidationReport report = ValidationReport.of(List.of(
                Issue.of(Severity.ERROR, "CS-NOTE", "/contacts/3/response", "Missing.", "Community Support 7")));

        JsonNode issue = JsonMapper.builder()
                .build()
                .readTree(FhirMapping.defaults().toOperationOutcome(report))
                .at("/issue/0");

        assertThat(issue.get("expression"))
                .isEqualTo(JsonMapper.builder()
                        .build()
                        .createArrayNode()
                        .add("Encounter." + EXTENSION + "response')")
                        .add("Appointment." + EXTENSION + "response')"));
    }
}
