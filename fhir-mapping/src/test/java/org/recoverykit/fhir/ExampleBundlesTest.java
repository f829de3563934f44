package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoverykit.json.RecordJson;
import org.recoverykit.model.RecoveryRecord;

/** Every example document written as a Bundle is conformant FHIR R4 and reads back as the same record. */
class ExampleBundlesTest {
    /** The names of the example documents, which the build copies from the examples module. */
    static final List<String> NAMES = List.of(
            "adult-community-support",
            "discharge-with-aftercare",
            "medi-cal-housing-navigation",
            "peer-referral-by-choice",
            "str-episode",
            "youth-family-school");

    static Stream<String> examples() {
        return NAMES.stream();
    }

    /** The text of an example document. */
    static String document(String name) throws IOException {
        try (InputStream in = ExampleBundlesTest.class.getResourceAsStream("examples/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static RecoveryRecord example(String name) throws Exception {
        return RecordJson.defaults().read(document(name));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void bundleIsConformant(String name) throws Exception {
        String bundle = FhirMapping.defaults().toBundle(example(name));
        FhirConformance.Result result = FhirConformance.validate(bundle);
        assertThat(result.errors()).as(name).isEmpty();
    }

    /**
     * Every extension of the bundle is one the validator holds a definition of, checked against it: it reports an
     * extension it has no definition of as {@code Extension_EXT_Unknown}, an information message.
     */
    @ParameterizedTest
    @MethodSource("examples")
    void bundleUsesOnlyExtensionsTheValidatorHasDefinitionsOf(String name) throws Exception {
        String bundle = FhirMapping.defaults().toBundle(example(name));
        assertThat(bundle).as(name).contains(FhirExtension.BASE);
        assertThat(unknownProjectExtensions(FhirConformance.validate(bundle)))
                .as(name)
                .isEmpty();
    }

    /** The validator's messages, of any severity, that one of the project's extensions is unknown to it. */
    static List<FhirConformance.Issue> unknownProjectExtensions(FhirConformance.Result result) {
        return Stream.of(result.errors(), result.warnings(), result.information())
                .flatMap(List::stream)
                .filter(issue -> issue.message().contains(FhirExtension.BASE)
                        && (String.valueOf(issue.messageId()).startsWith("Extension_EXT_Unknown")
                                || issue.message().contains("Unknown extension")))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void bundleReadsBackAsTheSameRecord(String name) throws Exception {
        RecoveryRecord record = example(name);
        FhirReadResult read = FhirMapping.defaults().read(FhirMapping.defaults().toBundle(record));
        assertThat(read.getSkipped()).as(name).isEmpty();
        assertThat(RecordJson.defaults().toJson(read.getRecord()))
                .isEqualTo(RecordJson.defaults().toJson(record));
    }
}
