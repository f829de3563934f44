package org.recoverykit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Why a person is being discharged.
 */
public enum DischargeReason implements Coded {
    /** The plan's goals were reached. */
    GOALS_ACHIEVED("goals-achieved", "Goals achieved"),
    /** The person chose to end the service. */
    PERSON_CHOSE("person-chose", "Person's choice"),
    /** Moving to another service. */
    TRANSFERRED("transferred", "Transferred"),
    /** A time-limited service reached its limit. */
    TIME_LIMIT_REACHED("time-limit-reached", "Time limit reached"),
    /** Contact could not be re-established. */
    DISENGAGED("disengaged", "Disengaged"),
    /** The person moved out of the area. */
    MOVED_AWAY("moved-away", "Moved away"),
    /** Ready to leave hospital. */
    MEDICALLY_READY("medically-ready", "Medically ready"),
    /** Another reason. */
    OTHER("other", "Other");

    private final String code;
    private final String display;

    DischargeReason(String code, String display) {
        this.code = code;
        this.display = display;
    }

    @Override
    public String getCode() {
        return code;
    }

    @Override
    public String getDisplay() {
        return display;
    }

    /**
     * Obtains the discharge reason with the given code.
     *
     * @param code the code, such as {@code goals-achieved}
     * @return the discharge reason, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    @JsonCreator
    public static DischargeReason fromCode(String code) {
        return Coded.of(DischargeReason.class, code);
    }
}
