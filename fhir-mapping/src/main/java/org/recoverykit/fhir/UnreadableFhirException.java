package org.recoverykit.fhir;

import org.recoverykit.json.UnreadableInputException;

/**
 * Thrown when FHIR JSON cannot be read into a record: it is not well-formed JSON, it breaks a read limit, it is
 * not a FHIR resource, names a resource type that FHIR R4 does not define, or holds no Patient to read a record
 * for.
 *
 * <p>It says where, as a FHIR path and, where known, a line and column, and what is wrong. Like every
 * {@link UnreadableInputException}, it never carries the offending value and has no cause from inside the parser.
 */
public final class UnreadableFhirException extends UnreadableInputException {
    private static final long serialVersionUID = 1L;

    /** The FHIR path of the problem. */
    private final String fhirPath;

    /**
     * Obtains an instance for a problem at a place in the input.
     *
     * @param fhirPath the FHIR path of the problem, such as {@code Bundle.entry[2].resource}, or {@code ""} for the
     *     whole input, not null
     * @param line the line, counting from 1, or -1 if unknown
     * @param column the column, counting from 1, or -1 if unknown
     * @param problem what is wrong, without the offending value, not null
     */
    public UnreadableFhirException(String fhirPath, int line, int column, String problem) {
        super(fhirPath.isEmpty() ? "the input" : fhirPath, line, column, problem);
        this.fhirPath = fhirPath;
    }

    /**
     * Gets the FHIR path of the problem.
     *
     * @return the path, {@code ""} for the whole input, not null
     */
    public String getFhirPath() {
        return fhirPath;
    }
}
