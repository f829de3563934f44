package org.recoverykit.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;

/** The build-time checks that the model's types share; each message names attributes, never values. */
final class Invariants {
    /** A lower-kebab code, as the model's codes are: lower-case letters and digits in words joined by single hyphens. */
    static final Pattern LOWER_KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Invariants() {}

    static void notBefore(Optional<LocalDate> end, LocalDate start, String endName, String startName) {
        if (end.isPresent() && end.get().isBefore(start)) {
            throw new InvariantViolationException(endName + " must not be before " + startName);
        }
    }

    static void notBefore(Optional<OffsetDateTime> end, OffsetDateTime start, String endName, String startName) {
        if (end.isPresent() && end.get().isBefore(start)) {
            throw new InvariantViolationException(endName + " must not be before " + startName);
        }
    }

    static void notBlank(String value, String name) {
        if (value.isBlank()) {
            throw new InvariantViolationException(name + " must not be blank");
        }
    }

    static void positive(int value, String name) {
        if (value < 1) {
            throw new InvariantViolationException(name + " must be at least 1");
        }
    }
}
