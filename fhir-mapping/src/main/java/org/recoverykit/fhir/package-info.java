/**
 * Maps RecoveryKit records to FHIR R4 JSON and reads FHIR R4 JSON back into records.
 *
 * <p>This package depends on core ({@code org.recoverykit.model} and {@code org.recoverykit.validation}) and
 * jackson-core only; nothing here needs HAPI FHIR at run time.
 */
package org.recoverykit.fhir;
