/**
 * Maps RecoveryKit records to FHIR R4 JSON and reads FHIR R4 JSON back into records.
 *
 * <p>This package depends on {@code org.recoverykit.model} only; nothing here needs HAPI FHIR at run time.
 */
package org.recoverykit.fhir;
