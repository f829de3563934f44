package org.recoverykit.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.recoverykit.model.NotBlankWhenPresent;
import org.recoverykit.model.RecoveryRecord;

/**
 * The Jakarta constraints on the model's accessors, and {@link UnicodeText} on every type of the model that holds
 * text, checked by Hibernate Validator and reported as issues whose rule id names the constraint, such as
 * {@code FIELD-NOT-BLANK}.
 */
final class ConstraintCheck {
    /**
     * One factory per JVM, built with the first validator: building it bootstraps Hibernate Validator, which
     * costs far more than validating a record.
     */
    private static final ValidatorFactory FACTORY = factory();

    private final Validator validator = FACTORY.getValidator();

    private static ValidatorFactory factory() {
        HibernateValidatorConfiguration configuration =
                Validation.byProvider(HibernateValidator.class).configure();
        return configuration
                .messageInterpolator(new ParameterMessageInterpolator())
                .addMapping(UnicodeTextMapping.create(configuration))
                .buildValidatorFactory();
    }

    void check(RecoveryRecord record, ResourceBundle messages, List<Issue> issues) {
        for (ConstraintViolation<RecoveryRecord> violation : validator.validate(record)) {
            String ruleId =
                    ruleId(violation.getConstraintDescriptor().getAnnotation().annotationType());
            String message = messages.containsKey(ruleId) ? messages.getString(ruleId) : ruleId;
            issues.add(Issue.of(
                    Severity.ERROR,
                    ruleId,
                    pointer(violation.getPropertyPath()),
                    message,
                    RecordValidator.CONSTRAINT_SOURCE));
        }
    }

    static String ruleId(Class<?> constraint) {
        if (constraint == NotBlankWhenPresent.class) {
            return "FIELD-NOT-BLANK";
        }
        String words = constraint.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2");
        return "FIELD-" + words.toUpperCase(Locale.ROOT);
    }

    static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                pointer.append('/').append(node.getIndex() != null ? node.getIndex() : node.getKey());
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                pointer.append('/').append(name);
            }
        }
        return pointer.toString();
    }
}
