package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recoverykit.json.RecordJson;
import org.recoverykit.model.RecoveryRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Text that is empty or white space alone, which the model takes and FHIR forbids or reads as none. */
class BlankStringsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ObjectNode at(JsonNode document, String pointer) {
        return (ObjectNode) document.at(pointer);
    }

    @Test
    void aBlankTextIsLeftOutOfTheBundleAndWhatHoldsNothingElseWithIt() throws Exception {
        JsonNode blank = JSON.readTree(ExampleBundlesTest.document("adult-community-support"));
        JsonNode kept = blank.deepCopy();
        at(blank, "/person/name")
                .put("family", "")
                .putArray("given")
                .add("")
                .add("Teodora")
                .add(" ");
        at(kept, "/person/name").remove("family");
        at(blank, "/person").put("preferredName", " ").put("pronouns", "");
        at(kept, "/person").remove("preferredName");
        at(kept, "/person").remove("pronouns");
        ((ArrayNode) blank.at("/person/strengths")).set(0, "");
        ((ArrayNode) kept.at("/person/strengths")).remove(0);
        at(blank, "/person")
                .putArray("addresses")
                .addObject()
                .put("city", "")
                .putArray("lines")
                .add(" ");
        at(blank, "/plans/0/goals/0").put("statement", " ");
        at(kept, "/plans/0/goals/0").remove("statement");
        at(blank, "/plans/0/goals/0/objectives/0").put("measure", "");
        at(kept, "/plans/0/goals/0/objectives/0").remove("measure");
        at(blank, "/plans/0/team/1").put("organization", "").putObject("name").put("family", " ");
        at(kept, "/plans/0/team/1").remove("organization");
        at(kept, "/plans/0/team/1").remove("name");
        at(blank, "/plans/0/interventions/0").put("providerType", " ").put("description", "");
        at(kept, "/plans/0/interventions/0").remove("providerType");
        at(kept, "/plans/0/interventions/0").remove("description");
        at(blank, "/plans/0/supports/0").put("type", "").put("scope", " ");
        at(kept, "/plans/0/supports/0").remove("type");
        at(kept, "/plans/0/supports/0").remove("scope");
        at(blank, "/contacts/0").put("need", "").put("response", " ");
        at(kept, "/contacts/0").remove("need");
        at(kept, "/contacts/0").remove("response");
        RecoveryRecord record = RecordJson.defaults().read(JSON.writeValueAsString(blank));
        RecoveryRecord expected = RecordJson.defaults().read(JSON.writeValueAsString(kept));

        String bundle = FhirMapping.defaults().toBundle(record);
        FhirReadResult read = FhirMapping.defaults().read(bundle);

        assertThat(bundle).doesNotContainPattern("[:\\[,]\"\\s*\"");
        assertThat(FhirConformance.validate(bundle).errors()).isEmpty();
        assertThat(read.getSkipped()).isEmpty();
        assertThat(RecordJson.defaults().toJson(read.getRecord()))
                .isEqualTo(RecordJson.defaults().toJson(expected));
    }

    @Test
    void aBlankStringIsReportedWhereItIsReadAsAbsent() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient",
                    "extension": [
                      { "url": "https://recoverykit.org/fhir/StructureDefinition/pronouns", "valueString": " " },
                      { "url": "https://recoverykit.org/fhir/StructureDefinition/strength", "valueString": "" },
                      { "url": "https://recoverykit.org/fhir/StructureDefinition/strength",
                        "valueString": "CANARY-7731" } ],
                    "name": [ { "use": "official", "family": "", "given": [ "", "CANARY-7731", " " ] },
                      { "use": "usual", "text": "  " } ],
                    "telecom": [ { "system": "phone", "value": "" } ],
                    "address": [ { "line": [ " ", "CANARY-7731" ], "city": "" } ] } } ] }
                """);

        assertThat(read.getRecord().getPerson().getName()).hasValueSatisfying(name -> {
            assertThat(name.getGiven()).containsExactly(ReadChecks.CANARY);
            assertThat(name.getFamily()).isEmpty();
        });
        assertThat(read.getRecord().getPerson().getStrengths()).containsExactly(ReadChecks.CANARY);
        assertThat(read.getRecord().getPerson().getAddresses())
                .singleElement()
                .satisfies(address -> assertThat(address.getLines()).containsExactly(ReadChecks.CANARY));
        String patient = "Bundle.entry[0].resource.";
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        patient + "extension[0].valueString: " + ReadContext.BLANK,
                        patient + "extension[1].valueString: " + ReadContext.BLANK,
                        patient + "name[0].given[0]: " + ReadContext.BLANK,
                        patient + "name[0].given[2]: " + ReadContext.BLANK,
                        patient + "name[0].family: " + ReadContext.BLANK,
                        patient + "name[1].text: " + ReadContext.BLANK,
                        patient + "telecom[0].value: " + ReadContext.BLANK,
                        patient + "telecom[0]: a contact point without a value",
                        patient + "address[0].line[0]: " + ReadContext.BLANK,
                        patient + "address[0].city: " + ReadContext.BLANK);
        assertThat(ReadContext.BLANK).isEqualTo("a blank string; read as absent");
    }
}
