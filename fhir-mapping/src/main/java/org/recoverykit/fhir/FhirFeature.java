package org.recoverykit.fhir;

/**
 * Options of the FHIR mapping, each off unless a {@link FhirMapping} is obtained with it.
 */
public enum FhirFeature {
    /**
     * Writes a Bundle of type {@code transaction}, each entry with a request to create its resource, instead
     * of the default {@code collection}.
     */
    TRANSACTION_BUNDLE,
    /** Writes indented JSON rather than compact JSON; NDJSON is always compact, one resource a line. */
    PRETTY_PRINT
}
