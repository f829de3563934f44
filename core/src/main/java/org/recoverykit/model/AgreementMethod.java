package org.recoverykit.model;

/**
 * How a person or team member agreed to a plan version (42 CFR 441.301(c)(2)(ix)).
 */
public enum AgreementMethod implements Coded {
    /** A written signature. */
    SIGNED,
    /** An electronic signature. */
    ELECTRONIC_SIGNATURE,
    /** Agreed aloud, recorded by the worker. */
    VERBAL;
}
