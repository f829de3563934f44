package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recoverykit.model.Person;
import org.recoverykit.model.RelationshipType;

class PatientMapperTest {
    /** A Patient with the parts of its datatypes that the model has no place for, as Synthea and HL7 write them. */
    private static final String PATIENT = """
            {
              "resourceType": "Patient",
              "id": "p1",
              "identifier": [ {
                "use": "usual",
                "type": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR" } ] },
                "system": "urn:oid:1.2.36.146.595.217.0.1",
                "value": "12345"
              } ],
              "name": [ { "use": "official", "family": "Beatty", "given": [ "Milan" ], "prefix": [ "Mr." ] } ],
              "telecom": [ { "system": "phone", "value": "555-0100", "use": "home", "rank": 1 } ],
              "address": [ {
                "extension": [ {
                  "url": "http://hl7.org/fhir/StructureDefinition/geolocation",
                  "extension": [ { "url": "latitude", "valueDecimal": 42.6 }, { "url": "longitude", "valueDecimal": -70.6 } ]
                } ],
                "use": "home",
                "line": [ "279 Walsh Haven" ],
                "city": "Gloucester",
                "state": "Massachusetts",
                "postalCode": "01930",
                "country": "US"
              } ],
              "communication": [ {
                "extension": [ { "url": "https://example.org/fluency", "valueString": "fluent" } ],
                "language": { "coding": [ { "system": "urn:ietf:bcp:47", "code": "en-US" } ] },
                "preferred": true
              } ]
            }
            """;

    @Test
    void whatTheModelHasNoPlaceForInNamesAddressesContactPointsAndIdentifiersIsReported()
            throws UnreadableFhirException {
        FhirReadResult read = FhirMapping.defaults().read(PATIENT);

        ReadChecks.assertThatSkipped(read)
                .containsExactlyInAnyOrder(
                        "Patient.identifier[0].use: no place in the model",
                        "Patient.identifier[0].type: no place in the model",
                        "Patient.name[0].prefix: no place in the model",
                        "Patient.telecom[0].rank: no place in the model",
                        "Patient.address[0].extension: no place in the model",
                        "Patient.address[0].use: no place in the model",
                        "Patient.address[0].state: no place in the model",
                        "Patient.communication[0].extension: no place in the model");
        Person person = read.getRecord().getPerson();
        assertThat(person.getIdentifiers())
                .singleElement()
                .satisfies(i -> assertThat(i.getValue()).isEqualTo("12345"));
        assertThat(person.getName())
                .hasValueSatisfying(n -> assertThat(n.getFamily()).contains("Beatty"));
        assertThat(person.getTelecom())
                .singleElement()
                .satisfies(t -> assertThat(t.getValue()).isEqualTo("555-0100"));
        assertThat(person.getAddresses())
                .singleElement()
                .satisfies(a -> assertThat(a.getCity()).contains("Gloucester"));
        assertThat(person.getLanguages())
                .singleElement()
                .satisfies(l -> assertThat(l.getCode()).isEqualTo("en-US"));
    }

    @Test
    void anItemAfterOneThatIsNoObjectIsReportedAtItsOwnIndexInTheInput() throws UnreadableFhirException {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Patient",
                  "extension": [ "x", { "url": "https://example.org/fhir/desk", "valueString": "CANARY-7731" } ],
                  "identifier": [ "x", { "value": "CANARY-7731" } ],
                  "name": [ 1, { "family": "CANARY-7731", "suffix": [ "CANARY-7731" ] } ],
                  "telecom": [ null, { "system": "phone", "value": "CANARY-7731", "rank": 1 } ],
                  "address": [ false, { "city": "CANARY-7731", "state": "CANARY-7731" } ],
                  "communication": [ "x", { "language": { "text": "CANARY-7731" } } ] }
                """);

        assertThat(read.getRecord().getPerson().getName())
                .hasValueSatisfying(name -> assertThat(name.getFamily()).contains(ReadChecks.CANARY));
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        "Patient.extension[0]: not an object",
                        "Patient.extension[1]: an extension the mapping does not know",
                        "Patient.identifier[0]: not an object",
                        "Patient.identifier[1]: an identifier without a system and a value",
                        "Patient.name[0]: not an object",
                        "Patient.name[1].suffix: no place in the model",
                        "Patient.telecom[0]: not an object",
                        "Patient.telecom[1].rank: no place in the model",
                        "Patient.address[0]: not an object",
                        "Patient.address[1].state: no place in the model",
                        "Patient.communication[0]: not an object",
                        "Patient.communication[1]: a language without a BCP-47 code");
    }

    @Test
    void aNameThatALaterOfficialNameReplacesIsReported() throws UnreadableFhirException {
        FhirReadResult read = FhirMapping.defaults().read("""
                {
                  "resourceType": "Patient",
                  "name": [
                    { "use": "usual", "given": [ "Jim" ], "family": "Chalmers" },
                    { "use": "official", "given": [ "Peter", "James" ], "family": "Chalmers" }
                  ]
                }
                """);

        assertThat(read.getRecord().getPerson().getName())
                .hasValueSatisfying(name -> assertThat(name.getGiven()).containsExactly("Peter", "James"));
        ReadChecks.assertThatSkipped(read)
                .containsExactly("Patient.name[0]: a further name; the model holds one legal and one preferred name");
    }

    @Test
    void aNaturalSupportsFurtherAndUnreadableNamesAreReported() throws UnreadableFhirException {
        FhirReadResult read = FhirMapping.defaults().read("""
                {
                  "resourceType": "Bundle",
                  "type": "collection",
                  "entry": [
                    { "fullUrl": "urn:uuid:0c3a2b9e-0000-4000-8000-000000000001",
                      "resource": { "resourceType": "Patient", "name": [ { "family": "Beatty" } ] } },
                    { "fullUrl": "urn:uuid:0c3a2b9e-0000-4000-8000-000000000002",
                      "resource": {
                        "resourceType": "RelatedPerson",
                        "patient": { "reference": "urn:uuid:0c3a2b9e-0000-4000-8000-000000000001" },
                        "name": [
                          { "text": "Aunt Winnie" },
                          { "given": [ "Winnifred" ], "family": "Boehm" },
                          { "given": [ "Winnie" ] }
                        ]
                      } }
                  ]
                }
                """);

        assertThat(read.getRecord().getPerson().getNaturalSupports())
                .singleElement()
                .satisfies(support -> assertThat(support.getName())
                        .hasValueSatisfying(name -> assertThat(name.getFamily()).contains("Boehm")));
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        "Bundle.entry[1].resource.name[0]: a name without given names or family",
                        "Bundle.entry[1].resource.name[2]: a further name; the model holds one");
    }

    @Test
    void aNameThatIsOldANicknameAnonymousTemporaryOrMaidenIsNoLegalNameAndIsReported() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Patient", "name": [
                  { "use": "old", "family": "CANARY-7731", "given": [ "Alex" ] },
                  { "use": "nickname", "given": [ "CANARY-7731" ] },
                  { "use": "usual", "family": "Current", "given": [ "Alex" ] },
                  { "use": "maiden", "family": "CANARY-7731" } ] }
                """);
        FhirReadResult only = ReadChecks.read("""
                { "resourceType": "Patient", "name": [
                  { "use": "anonymous", "given": [ "CANARY-7731" ] },
                  { "use": "temp", "family": "CANARY-7731" } ] }
                """);

        assertThat(read.getRecord().getPerson().getName())
                .hasValueSatisfying(name -> assertThat(name.getFamily()).contains("Current"));
        String further = ": a further name; the model holds one legal and one preferred name";
        ReadChecks.assertThatSkipped(read)
                .containsExactly("Patient.name[0]" + further, "Patient.name[1]" + further, "Patient.name[3]" + further);
        assertThat(only.getRecord().getPerson().getName()).isEmpty();
        ReadChecks.assertThatSkipped(only).containsExactly("Patient.name[0]" + further, "Patient.name[1]" + further);
    }

    @Test
    void aContactPointNoLongerInUseIsReportedNotRead() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Patient", "telecom": [
                  { "system": "phone", "value": "CANARY-7731", "use": "old" },
                  { "system": "phone", "value": "555-0100", "use": "home" } ] }
                """);

        assertThat(read.getRecord().getPerson().getTelecom()).hasSize(1);
        ReadChecks.assertThatSkipped(read)
                .containsExactly("Patient.telecom[0]: a contact point no longer in use; the model holds current ones");
    }

    @Test
    void theRelationshipConceptsAndCodingsBesideTheOneReadAreReported() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:r", "resource": { "resourceType": "RelatedPerson",
                    "patient": { "reference": "urn:uuid:a" },
                    "relationship": [ { "text": "CANARY-7731" },
                      { "coding": [ { "system": "TYPE", "code": "mother" },
                        { "system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": "MTH" },
                        { "system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": "FTH" },
                        { "system": "http://loinc.org", "code": "1", "display": "CANARY-7731" } ] },
                      { "coding": [ { "system": "TYPE", "code": "friend" } ] } ] } },
                  { "fullUrl": "urn:uuid:s", "resource": { "resourceType": "RelatedPerson",
                    "patient": { "reference": "urn:uuid:a" },
                    "relationship": [ { "coding": [ { "system": "TYPE", "code": "no-such-relationship" } ] },
                      { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": "NBOR" },
                        { "system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": "FRND" } ] } ] } },
                  { "fullUrl": "urn:uuid:u", "resource": { "resourceType": "RelatedPerson",
                    "patient": { "reference": "urn:uuid:a" },
                    "relationship": [ { "coding": [ { "system": "TYPE", "code": "no-such-relationship" } ] } ] } } ] }
                """.replace("TYPE", FhirCodeSystems.RELATIONSHIP_TYPE));

        assertThat(read.getRecord().getPerson().getNaturalSupports())
                .extracting(support -> support.getRelationship().orElse(null))
                .containsExactly(RelationshipType.MOTHER, RelationshipType.NEIGHBOUR, null);
        String r = "Bundle.entry[1].resource.relationship[";
        String s = "Bundle.entry[2].resource.relationship[";
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        r + "1].coding[2]: " + ReadContext.OTHER_SYSTEM,
                        r + "1].coding[3]: " + ReadContext.OTHER_SYSTEM,
                        r + "0]: a relationship the model has no equivalent for",
                        r + "2]: a further relationship; the model holds one",
                        s + "0]: unknown code of " + FhirCodeSystems.RELATIONSHIP_TYPE,
                        s + "1].coding[1]: " + ReadContext.OTHER_SYSTEM,
                        "Bundle.entry[3].resource.relationship[0]: unknown code of "
                                + FhirCodeSystems.RELATIONSHIP_TYPE,
                        "Bundle.entry[3].resource.relationship: a relationship the model has no equivalent for");
    }
}
