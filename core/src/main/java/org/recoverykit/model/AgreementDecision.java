package org.recoverykit.model;

/**
 * What a team member decided about a plan version (MH22 P10: changes are agreed with those involved).
 */
public enum AgreementDecision implements Coded {
    /** Agreed to the plan. */
    AGREED,
    /** Did not agree; the disagreement is recorded. */
    DISAGREED,
    /** Took part but declined to sign. */
    DECLINED_TO_SIGN;
}
