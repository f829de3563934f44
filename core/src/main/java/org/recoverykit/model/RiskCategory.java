package org.recoverykit.model;

/**
 * What a risk evaluated with the person is about (MH22 P7; Community Support key service function 15).
 */
public enum RiskCategory implements Coded {
    /** Relapse in mental illness or substance use. */
    RELAPSE,
    /** Harm to self. */
    SELF_HARM,
    /** Harm to others. */
    HARM_TO_OTHERS,
    /** Self-neglect. */
    SELF_NEGLECT,
    /** Abuse, neglect or exploitation by others. */
    EXPLOITATION,
    /** Losing a tenancy or a place to live. */
    HOUSING_LOSS,
    /** A physical-health risk. */
    PHYSICAL_HEALTH,
    /** Losing contact with support. */
    DISENGAGEMENT,
    /** Another risk. */
    OTHER;
}
