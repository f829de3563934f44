package org.recoverykit.fhir;

import java.util.Objects;

/**
 * Something a FHIR read passed over: an element or resource the model has no place for, a value it could not
 * read, or a reference to nothing, with its FHIR path and why.
 *
 * <p>It never holds the skipped value. This class is immutable and thread-safe.
 */
public final class SkippedElement {
    private final String fhirPath;
    private final String reason;

    SkippedElement(String fhirPath, String reason) {
        this.fhirPath = Objects.requireNonNull(fhirPath, "fhirPath");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Gets the FHIR path of what was skipped.
     *
     * @return the path from the root of the input, such as {@code Bundle.entry[3].resource.gender}, not null
     */
    public String getFhirPath() {
        return fhirPath;
    }

    /**
     * Gets why it was skipped.
     *
     * @return the reason, such as {@code no place in the model}, not null
     */
    public String getReason() {
        return reason;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SkippedElement s && fhirPath.equals(s.fhirPath) && reason.equals(s.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fhirPath, reason);
    }

    /**
     * Outputs this as {@code path: reason}.
     *
     * @return the path and reason, not null
     */
    @Override
    public String toString() {
        return fhirPath + ": " + reason;
    }
}
