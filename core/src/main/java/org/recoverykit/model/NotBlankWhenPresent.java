package org.recoverykit.model;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Constrains text that may be absent: when it is there, it must not be blank.
 *
 * <p>{@code @NotBlank} cannot serve an {@code Optional<String>}: an empty optional is validated as null, which
 * {@code @NotBlank} rejects.
 */
@Target({ElementType.TYPE_USE, ElementType.METHOD, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotBlankWhenPresent.Check.class)
public @interface NotBlankWhenPresent {
    /**
     * Gets the message template.
     *
     * @return the message template
     */
    String message() default "must not be blank";

    /**
     * Gets the validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Gets the payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /** Accepts null and text with at least one character that is not white space. */
    final class Check implements ConstraintValidator<NotBlankWhenPresent, CharSequence> {
        /** Creates the check; Hibernate Validator does so. */
        public Check() {}

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || !value.toString().isBlank();
        }
    }
}
