package org.recoverykit.fhir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where FHIR Bulk Data NDJSON goes: one stream per resource type, opened when the first resource of that type is
 * written and closed by the writer when it is done.
 */
@FunctionalInterface
public interface NdjsonOutput {
    /**
     * Opens the stream for a resource type.
     *
     * @param resourceType the FHIR resource type, such as {@code CarePlan}, not null
     * @return the stream, not null; the writer closes it
     * @throws IOException if it cannot be opened
     */
    OutputStream open(String resourceType) throws IOException;

    /**
     * Obtains an output that writes each resource type to {@code <Type>.ndjson} in a directory, as the FHIR Bulk
     * Data export names its files; existing files are replaced.
     *
     * @param directory the directory, which must exist, not null
     * @return the output, not null
     */
    static NdjsonOutput directory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return type -> Files.newOutputStream(directory.resolve(type + ".ndjson"));
    }
}
