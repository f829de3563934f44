/**
 * Maps RecoveryKit records to FHIR R4 JSON and reads FHIR R4 JSON back into records.
 *
 * <p>{@link org.recoverykit.fhir.FhirMapping} is the one entry point: Bundles, FHIR Bulk Data NDJSON and
 * OperationOutcomes. Behind it, one package-private mapper per resource and per datatype works both ways.
 *
 * <p>Unless stated otherwise, a null argument throws {@code NullPointerException}. Input that cannot be read
 * throws the checked {@link org.recoverykit.fhir.UnreadableFhirException}; anything less is read past and listed
 * in {@link org.recoverykit.fhir.FhirReadResult#getSkipped()}. No message, exception or skipped element holds a
 * value of the input. Writing needs core and jackson-core; reading parses JSON itself and needs nothing more;
 * nothing here needs HAPI FHIR at run time.
 */
package org.recoverykit.fhir;
