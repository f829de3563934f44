package org.recoverykit.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Constrains the text of a model type to be Unicode text: a text that holds half of a surrogate pair alone, which no
 * UTF-8 writer can write and no reader of the library reads back, is reported at its property, an item of a list at
 * its index. {@link UnicodeTextMapping} puts it on every type of the model that holds text.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = UnicodeText.Check.class)
@interface UnicodeText {
    /**
     * Gets the message template.
     *
     * @return the message template
     */
    String message() default "is not Unicode text: it holds half of a surrogate pair alone";

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

    /** Checks every text property of an object of the model, reporting each text that is not Unicode text. */
    final class Check implements ConstraintValidator<UnicodeText, Object> {
        /** Creates the check; Hibernate Validator does so. */
        public Check() {}

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            boolean valid = true;
            for (TextProperty property : TextProperty.of(value.getClass())) {
                valid &= property.check(value, context);
            }
            if (!valid) {
                context.disableDefaultConstraintViolation();
            }
            return valid;
        }
    }
}
