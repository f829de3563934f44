package org.recoverykit.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where FHIR Bulk Data NDJSON comes from: one stream per resource type, such as those that
 * {@link FhirMapping#writeNdjson} writes.
 */
@FunctionalInterface
public interface NdjsonInput {
    /**
     * Opens the stream of a resource type.
     *
     * @param resourceType the FHIR resource type, such as {@code CarePlan}, not null
     * @return the stream, empty if there are no resources of that type; the reader closes it
     * @throws IOException if it exists but cannot be opened
     */
    Optional<InputStream> open(String resourceType) throws IOException;

    /**
     * Obtains an input that reads each resource type from {@code <Type>.ndjson} in a directory.
     *
     * @param directory the directory, not null
     * @return the input, not null
     */
    static NdjsonInput directory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return type -> {
            Path file = directory.resolve(type + ".ndjson");
            return Files.exists(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
        };
    }
}
