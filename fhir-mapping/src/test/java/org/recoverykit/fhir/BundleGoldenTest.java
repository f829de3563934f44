package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.recoverykit.model.RecoveryRecord;
import tools.jackson.databind.json.JsonMapper;

/** The Bundle of one example, both ways, against a golden file; and the transaction form. */
class BundleGoldenTest {
    private static final String GOLDEN = "adult-community-support.bundle.json";

    private static String golden() throws Exception {
        try (InputStream in = BundleGoldenTest.class.getResourceAsStream(GOLDEN)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void writesTheGoldenBundle() throws Exception {
        RecoveryRecord record = ExampleBundlesTest.example("adult-community-support");

        String bundle = FhirMapping.defaults().with(FhirFeature.PRETTY_PRINT).toBundle(record);

        assertThat(bundle).isEqualTo(golden());
    }

    @Test
    void readsTheGoldenBundle() throws Exception {
        FhirReadResult read = FhirMapping.defaults().read(golden());

        assertThat(read.isComplete()).isTrue();
        assertThat(read.getRecord()).isEqualTo(ExampleBundlesTest.example("adult-community-support"));
    }

    @Test
    void compactAndPrettyBundlesHoldTheSameJson() throws Exception {
        RecoveryRecord record = ExampleBundlesTest.example("adult-community-support");

        String compact = FhirMapping.defaults().toBundle(record);

        JsonMapper json = JsonMapper.builder().build();
        assertThat(compact).doesNotContain("\n");
        assertThat(json.readTree(compact)).isEqualTo(json.readTree(golden()));
    }

    @Test
    void aTransactionBundleCreatesEveryResourceAndIsConformant() throws Exception {
        RecoveryRecord record = ExampleBundlesTest.example("adult-community-support");

        String bundle =
                FhirMapping.defaults().with(FhirFeature.TRANSACTION_BUNDLE).toBundle(record);

        assertThat(bundle).contains("\"type\":\"transaction\"");
        assertThat(bundle.split("\"request\":\\{\"method\":\"POST\",\"url\":\"", -1))
                .hasSize(bundle.split("\"fullUrl\":", -1).length);
        assertThat(FhirConformance.validate(bundle).errors()).isEmpty();
        assertThat(FhirMapping.defaults().read(bundle).getRecord()).isEqualTo(record);
    }
}
