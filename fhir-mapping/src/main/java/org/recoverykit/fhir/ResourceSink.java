package org.recoverykit.fhir;

import tools.jackson.core.JsonGenerator;

/**
 * Where the mappers' resources go: the entries of one Bundle, or one NDJSON stream per resource type.
 *
 * <p>{@link #begin} starts a resource, writing its {@code resourceType} and {@code id}, and returns the
 * generator for the rest of it; {@link #end} completes it.
 */
interface ResourceSink {
    JsonGenerator begin(String type, String id);

    /** Completes the resource begun last. */
    void end();

    /** Whether references are by {@code urn:uuid:} fullUrl, as in a Bundle, rather than by {@code Type/id}. */
    boolean bundled();
}
