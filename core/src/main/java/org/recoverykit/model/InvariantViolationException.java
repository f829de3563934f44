package org.recoverykit.model;

/**
 * Thrown when a model object is built in a state that no record may hold: a required attribute is
 * missing, or an end falls before its start.
 *
 * <p>The message names the type and the attribute, never the value: values may be patient data.
 * Everything else a plan document can get wrong is reported by the validator, not thrown.
 */
public final class InvariantViolationException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * Obtains an instance with the given message.
     *
     * @param message what is wrong and where, without the offending value
     */
    public InvariantViolationException(String message) {
        super(message);
    }
}
