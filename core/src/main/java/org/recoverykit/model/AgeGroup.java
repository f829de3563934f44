package org.recoverykit.model;

import java.time.LocalDate;

/**
 * Whether a person is a child, a youth or an adult on a given date; the child-and-family rules follow from it (Community Support for children and youth).
 */
public enum AgeGroup implements Coded {
    /** Under 13. */
    CHILD,
    /** 13 to 17. */
    YOUTH,
    /** 18 or over. */
    ADULT;

    /** The age at which a youth becomes an adult. */
    public static final int ADULT_AGE = 18;

    /** The age at which a child becomes a youth. */
    public static final int YOUTH_AGE = 13;

    /**
     * Obtains the age group of a person born on the given date, on another date.
     *
     * @param birthDate the date of birth, not null
     * @param asOf the date on which to take the age, not null, not before {@code birthDate}
     * @return the age group, not null
     * @throws InvariantViolationException if {@code asOf} is before {@code birthDate}
     */
    public static AgeGroup of(LocalDate birthDate, LocalDate asOf) {
        if (asOf.isBefore(birthDate)) {
            throw new InvariantViolationException("AgeGroup asOf must not be before the birth date");
        }
        int age = java.time.Period.between(birthDate, asOf).getYears();
        return age >= ADULT_AGE ? ADULT : age >= YOUTH_AGE ? YOUTH : CHILD;
    }
}
