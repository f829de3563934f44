package org.recoverykit.model;

/**
 * What a discharge plan is a discharge from.
 */
public enum DischargeKind implements Coded {
    /** Leaving the community support service (key service function 8). */
    FROM_SERVICE,
    /** Leaving a medical or psychiatric hospital stay (key service function 11). */
    FROM_HOSPITAL;
}
