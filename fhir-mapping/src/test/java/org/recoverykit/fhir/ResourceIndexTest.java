package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recoverykit.model.Goal;
import org.recoverykit.model.RecoveryPlan;

/**
 * The four forms of a FHIR reference that the reader resolves: by fullUrl, by relative {@code Type/id}, by absolute
 * URL (also with {@code _history}), and by {@code #id} to a resource contained in the referring one.
 */
class ResourceIndexTest {
    private static final String BUNDLE = """
            {
              "resourceType": "Bundle",
              "type": "collection",
              "entry": [
                { "fullUrl": "urn:uuid:0a6f2b8e-6c3d-4b7e-9f10-000000000001",
                  "resource": { "resourceType": "Patient", "id": "pat" } },
                { "fullUrl": "urn:uuid:0a6f2b8e-6c3d-4b7e-9f10-000000000002",
                  "resource": {
                    "resourceType": "CarePlan",
                    "id": "plan",
                    "contained": [ {
                      "resourceType": "Goal",
                      "id": "g4",
                      "lifecycleStatus": "active",
                      "description": { "text": "by #contained id" },
                      "subject": { "reference": "Patient/pat" }
                    } ],
                    "status": "active",
                    "intent": "plan",
                    "category": [ { "coding": [ {
                      "system": "https://recoverykit.org/fhir/CodeSystem/service-model", "code": "community-support"
                    } ] } ],
                    "subject": { "reference": "urn:uuid:0a6f2b8e-6c3d-4b7e-9f10-000000000001" },
                    "goal": [
                      { "reference": "urn:uuid:0a6f2b8e-6c3d-4b7e-9f10-000000000003" },
                      { "reference": "Goal/g2" },
                      { "reference": "https://example.org/fhir/Goal/g1" },
                      { "reference": "#g4" },
                      { "reference": "https://example.org/fhir/Goal/g2/_history/3" }
                    ]
                  } },
                { "fullUrl": "urn:uuid:0a6f2b8e-6c3d-4b7e-9f10-000000000003",
                  "resource": {
                    "resourceType": "Goal",
                    "lifecycleStatus": "active",
                    "description": { "text": "by fullUrl" },
                    "subject": { "reference": "Patient/pat" }
                  } },
                { "fullUrl": "urn:uuid:0a6f2b8e-6c3d-4b7e-9f10-000000000004",
                  "resource": {
                    "resourceType": "Goal",
                    "id": "g2",
                    "lifecycleStatus": "active",
                    "description": { "text": "by relative Type/id" },
                    "subject": { "reference": "Patient/pat" }
                  } },
                { "fullUrl": "https://example.org/fhir/Goal/g1",
                  "resource": {
                    "resourceType": "Goal",
                    "id": "g1",
                    "lifecycleStatus": "active",
                    "description": { "text": "by absolute URL" },
                    "subject": { "reference": "Patient/pat" }
                  } }
              ]
            }
            """;

    @Test
    void referencesByFullUrlRelativeAbsoluteAndContainedIdAllResolve() throws UnreadableFhirException {
        FhirReadResult read = FhirMapping.defaults().read(BUNDLE);

        RecoveryPlan plan = read.getRecord().getPlans().get(0);
        assertThat(plan.getGoals())
                .extracting(g -> g.getStatement().orElse(""))
                .containsExactly("by fullUrl", "by relative Type/id", "by absolute URL", "by #contained id");
        assertThat(plan.getGoals())
                .extracting(Goal::getId)
                .containsExactly("0a6f2b8e-6c3d-4b7e-9f10-000000000003", "g2", "g1", "g4");
        // The contained Goal was read through its reference, so the CarePlan's contained is not reported; the
        // versioned absolute URL names a Goal already read.
        ReadChecks.assertThatSkipped(read)
                .containsExactly("Bundle.entry[1].resource.goal[4]: " + ReadContext.READ_ELSEWHERE);
    }

    @Test
    void aRelativeReferenceResolvesAgainstTheBaseOfItsEntrysFullUrlFirst() throws UnreadableFhirException {
        FhirReadResult read = FhirMapping.defaults().read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "https://a.example/fhir/Patient/p", "resource": { "resourceType": "Patient",
                    "id": "p" } },
                  { "fullUrl": "https://b.example/fhir/Goal/g", "resource": { "resourceType": "Goal", "id": "g",
                    "lifecycleStatus": "active", "description": { "text": "b's" },
                    "subject": { "reference": "https://a.example/fhir/Patient/p" } } },
                  { "fullUrl": "https://a.example/fhir/CarePlan/c", "resource": { "resourceType": "CarePlan",
                    "id": "c", "status": "active", "intent": "plan", "subject": { "reference": "Patient/p" },
                    "goal": [ { "reference": "Goal/g" } ] } },
                  { "fullUrl": "https://a.example/fhir/Goal/g", "resource": { "resourceType": "Goal", "id": "g",
                    "lifecycleStatus": "active", "description": { "text": "a's" },
                    "subject": { "reference": "Patient/p" } } } ] }
                """);

        assertThat(read.getRecord().getPlans().get(0).getGoals())
                .extracting(g -> g.getStatement().orElse(""))
                .containsExactly("a's");
        ReadChecks.assertThatSkipped(read)
                .contains("Bundle.entry[1].resource: a resource the model has no place for (Goal)")
                .noneMatch(skipped -> skipped.startsWith("Bundle.entry[3]"));
    }
}
