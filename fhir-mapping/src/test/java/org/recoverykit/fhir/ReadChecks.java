package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.ListAssert;

/** Reads FHIR in tests and checks that the report holds nothing of the input's values. */
final class ReadChecks {
    /** The value that tests plant in free text; no report may repeat it, nor its number. */
    static final String CANARY = "CANARY-7731";

    private ReadChecks() {}

    /** Reads FHIR JSON with the default mapping, checking that no skipped element repeats the canary. */
    static FhirReadResult read(String fhir) throws UnreadableFhirException {
        return withoutCanary(FhirMapping.defaults().read(fhir));
    }

    /** Starts an assertion on what a read skipped, as {@code path: reason} texts in the order reported. */
    static ListAssert<String> assertThatSkipped(FhirReadResult read) {
        return assertThat(
                read.getSkipped().stream().map(SkippedElement::toString).toList());
    }

    /** Checks that no skipped element of a read repeats the canary, and gives the read back. */
    static FhirReadResult withoutCanary(FhirReadResult read) {
        assertThat(read.getSkipped())
                .allSatisfy(s -> assertThat(s.toString()).doesNotContain(CANARY).doesNotContain("7731"));
        return read;
    }
}
