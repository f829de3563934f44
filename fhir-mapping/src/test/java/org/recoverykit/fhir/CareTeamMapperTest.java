package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.recoverykit.model.TeamMember;
import org.recoverykit.model.TeamRole;

class CareTeamMapperTest {
    /** A Patient, a CarePlan with a CareTeam, and the team's members: {@code %s}, and the Practitioner entry. */
    private static final String BUNDLE = """
            {
              "resourceType": "Bundle",
              "type": "collection",
              "entry": [
                { "fullUrl": "urn:uuid:5b0c0f3e-1d1a-4c53-9d51-000000000001",
                  "resource": { "resourceType": "Patient" } },
                { "fullUrl": "urn:uuid:5b0c0f3e-1d1a-4c53-9d51-000000000002",
                  "resource": {
                    "resourceType": "CarePlan",
                    "status": "active",
                    "intent": "plan",
                    "category": [ { "coding": [ {
                      "system": "https://recoverykit.org/fhir/CodeSystem/service-model", "code": "community-support"
                    } ] } ],
                    "subject": { "reference": "urn:uuid:5b0c0f3e-1d1a-4c53-9d51-000000000001" },
                    "careTeam": [ { "reference": "urn:uuid:5b0c0f3e-1d1a-4c53-9d51-000000000003" } ]
                  } },
                { "fullUrl": "urn:uuid:5b0c0f3e-1d1a-4c53-9d51-000000000003",
                  "resource": {
                    "resourceType": "CareTeam",
                    "contained": [ {
                      "resourceType": "Practitioner",
                      "id": "m1",
                      "extension": [ { "url": "https://example.org/fhir/desk", "valueString": "3B" } ],
                      "name": [ { "family": "Okafor" } ],
                      "qualification": [ { "code": { "text": "social worker" } } ]
                    }, {
                      "resourceType": "Practitioner",
                      "id": "nobody",
                      "name": [ { "family": "Unreferenced" } ]
                    } ],
                    "participant": [
                      { "member": { "reference": "#m1" } },
                      { "member": { "reference": "Practitioner/p2" } },
                      { "member": { "reference": "Practitioner/p2" } }
                    ]
                  } },
                { "fullUrl": "https://example.org/fhir/Practitioner/p2",
                  "resource": {
                    "resourceType": "Practitioner",
                    "id": "p2",
                    "name": [ { "given": [ "Ana" ], "family": "Silva" } ],
                    "gender": "female"
                  } }
              ]
            }
            """;

    @Test
    void aPractitionerMembersOtherElementsAreReportedOnceAndAnUnreferencedOneIsReportedAsUnused()
            throws UnreadableFhirException {
        FhirReadResult read = FhirMapping.defaults().read(BUNDLE);

        assertThat(read.getRecord().getPlans().get(0).getTeam())
                .extracting(m -> m.getName().flatMap(n -> n.getFamily()).orElse(""))
                .containsExactly("Okafor", "Silva", "Silva");
        assertThat(read.getRecord().getPlans().get(0).getTeam())
                .extracting(TeamMember::getId)
                .doesNotHaveDuplicates();
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        "Bundle.entry[2].resource.contained[0].extension[0]: an extension the mapping does not know",
                        "Bundle.entry[2].resource.contained[0].qualification: no place in the model",
                        "Bundle.entry[3].resource.gender: no place in the model",
                        "Bundle.entry[2].resource.contained[1]: a contained resource the model has no place for");
    }

    @Test
    void aNaturalSupportersNameAndContactPointsOnTheTeamAreKeptBesideTheirRelatedPerson() throws Exception {
        org.recoverykit.model.RecoveryRecord record = ExampleBundlesTest.example("adult-community-support");
        org.recoverykit.model.RecoveryPlan plan = record.getPlans().get(0);
        String supporterId = record.getPerson().getNaturalSupports().get(0).getId();
        TeamMember sister = TeamMember.builder()
                .id("tm-sister")
                .role(org.recoverykit.model.TeamRole.NATURAL_SUPPORT)
                .naturalSupportId(supporterId)
                .name(org.recoverykit.model.HumanName.builder().addGiven("Jo").build())
                .addContactPoint(org.recoverykit.model.ContactPoint.builder()
                        .system(org.recoverykit.model.ContactPointSystem.PHONE)
                        .value("555-0100")
                        .build())
                .build();
        org.recoverykit.model.RecoveryRecord withSister =
                record.withPlans(java.util.List.of(plan.withTeam(java.util.List.of(sister))));

        String bundle = FhirMapping.defaults().toBundle(withSister);
        FhirReadResult read = FhirMapping.defaults().read(bundle);

        assertThat(read.getSkipped()).isEmpty();
        assertThat(read.getRecord().getPlans().get(0).getTeam()).containsExactly(sister);
        assertThat(bundle).contains("https://recoverykit.org/fhir/StructureDefinition/member-name");
        assertThat(FhirConformance.validate(bundle).errors()).isEmpty();
    }

    @Test
    void aPractitionerMembersNameIsItsOwnAndANameExtensionBesideItIsReported() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "careTeam": [ { "reference": "urn:uuid:t" } ] } },
                  { "fullUrl": "urn:uuid:t", "resource": { "resourceType": "CareTeam", "status": "active",
                    "subject": { "reference": "urn:uuid:a" },
                    "participant": [ { "member": { "reference": "urn:uuid:p" },
                      "extension": [ { "url": "BASEmember-name", "valueHumanName": { "family": "CANARY-7731" } } ]
                    } ] } },
                  { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Practitioner",
                    "name": [ { "family": "Whitcombe" } ] } } ] }
                """.replace("BASE", FhirExtension.BASE));

        assertThat(read.getRecord().getPlans().get(0).getTeam())
                .singleElement()
                .extracting(m -> m.getName().flatMap(n -> n.getFamily()).orElse(""))
                .isEqualTo("Whitcombe");
        ReadChecks.assertThatSkipped(read)
                .contains(
                        "Bundle.entry[2].resource.participant[0].extension[0].valueHumanName: a member name beside the"
                                + " Practitioner's own; the model holds one");
    }

    @Test
    void theRoleConceptsAndCodingsBesideTheOneReadAreReportedAndAMemberWithoutIdIsNumberedByItsIndex()
            throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "category": [ { "coding": [ { "system": "https://recoverykit.org/fhir/CodeSystem/service-model",
                      "code": "community-support" } ] } ],
                    "careTeam": [ { "reference": "urn:uuid:t" } ] } },
                  { "fullUrl": "urn:uuid:t", "resource": { "resourceType": "CareTeam", "status": "active",
                    "subject": { "reference": "urn:uuid:a" },
                    "participant": [ "x",
                      { "role": [ { "text": "CANARY-7731" },
                        { "coding": [ { "system": "ROLE", "code": "peer-support-worker" },
                          { "system": "http://snomed.info/sct", "code": "133932002" },
                          { "system": "http://loinc.org", "code": "1", "display": "CANARY-7731" } ] },
                        { "coding": [ { "system": "ROLE", "code": "therapist" } ] } ] },
                      { "role": [ { "coding": [ { "system": "ROLE", "code": "no-such-role" } ] } ] },
                      { "role": [ { "coding": [ { "system": "http://snomed.info/sct", "code": "116154003" },
                          { "system": "http://snomed.info/sct", "code": "133932002" } ] } ],
                        "member": { "reference": "urn:uuid:a" } } ] } } ] }
                """.replace("ROLE", FhirCodeSystems.TEAM_ROLE));

        assertThat(read.getRecord().getPlans().get(0).getTeam())
                .extracting(TeamMember::getId, TeamMember::getRole)
                .containsExactly(
                        tuple("t-member-2", TeamRole.PEER_SUPPORT_WORKER),
                        tuple("t-member-3", TeamRole.OTHER),
                        tuple("t-member-4", TeamRole.PERSON));
        String at = "Bundle.entry[2].resource.participant[";
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        at + "0]: not an object",
                        at + "1].role[1].coding[1]: " + ReadContext.OTHER_SYSTEM,
                        at + "1].role[1].coding[2]: " + ReadContext.OTHER_SYSTEM,
                        at + "1].role[0]: a role the model has no equivalent for",
                        at + "1].role[2]: a further role; the model holds one",
                        at + "2].role[0]: unknown code of " + FhirCodeSystems.TEAM_ROLE,
                        at + "2].role: a role the model has no equivalent for; read as other",
                        at + "3].role[0].coding[1]: " + ReadContext.OTHER_SYSTEM);
    }
}
