package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverykit.model.Address;
import org.recoverykit.model.RecoveryRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The FHIRPaths an OperationOutcome gives for the person's elements name those elements in the record's Bundle. */
class ElementPathsBundleTest {
    @Test
    void theIdentifierAndLanguagePathsNameTheSameElementsInTheBundle() throws Exception {
        RecoveryRecord record = ExampleBundlesTest.example("medi-cal-housing-navigation");
        JsonNode patient = JsonMapper.builder()
                .build()
                .readTree(FhirMapping.defaults().toBundle(record))
                .at("/entry/0/resource");

        assertThat(record.getPerson().getIdentifiers()).isNotEmpty();
        assertThat(ElementPaths.expression("/person/identifiers/0")).isEqualTo("Patient.identifier[0]");
        assertThat(patient.at("/identifier/0/value").stringValue())
                .isEqualTo(record.getPerson().getIdentifiers().get(0).getValue());
        int last = record.getPerson().getLanguages().size() - 1;
        assertThat(ElementPaths.expression("/person/languages/" + last + "/code"))
                .isEqualTo("Patient.communication[" + last + "].language");
        assertThat(patient.at("/communication/" + last + "/language/coding/0/code")
                        .stringValue())
                .isEqualTo(record.getPerson().getLanguages().get(last).getCode());
    }

    @Test
    void anAddressIsNamedWithoutAnIndexSinceAnAddressWithoutTextIsNotWritten() throws Exception {
        RecoveryRecord example = ExampleBundlesTest.example("medi-cal-housing-navigation");
        RecoveryRecord record = example.withPerson(example.getPerson()
                .withAddresses(List.of(
                        Address.builder().build(), Address.builder().city("X").build())));
        JsonNode patient = JsonMapper.builder()
                .build()
                .readTree(FhirMapping.defaults().toBundle(record))
                .at("/entry/0/resource");

        assertThat(patient.get("address")).hasSize(1);
        assertThat(ElementPaths.expressions("/person/addresses/1/city")).containsExactly("Patient.address");
    }
}
