package org.recoverykit.validation;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.recoverykit.model.RecoveryRecord;

/**
 * The constraint mapping that puts {@link UnicodeText} on every type of the model that holds text, as found by
 * reflection from {@link RecoveryRecord}, so that text the model gains later is checked without being annotated.
 */
final class UnicodeTextMapping {
    private static final String MODEL = RecoveryRecord.class.getPackageName();

    private UnicodeTextMapping() {}

    /**
     * Creates the mapping.
     *
     * @param configuration the configuration to create it for
     * @return the mapping, not null
     * @throws IllegalStateException if a type of the model holds text in a form that is not checked
     */
    static ConstraintMapping create(HibernateValidatorConfiguration configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        for (Class<?> type : modelTypes()) {
            if (!TextProperty.of(type).isEmpty()) {
                mapping.type(type).constraint(new GenericConstraintDef<>(UnicodeText.class));
            }
        }
        return mapping;
    }

    /** Gets the types of the model that a record holds, enums left out. */
    private static Set<Class<?>> modelTypes() {
        Set<Class<?>> types = new LinkedHashSet<>();
        Deque<Class<?>> next = new ArrayDeque<>(List.of(RecoveryRecord.class));
        while (!next.isEmpty()) {
            Class<?> type = next.pop();
            if (type.isEnum() || !type.getPackageName().equals(MODEL) || !types.add(type)) {
                continue;
            }
            for (Method method : type.getMethods()) {
                if (TextProperty.isGetter(method)) {
                    addClasses(method.getGenericReturnType(), next);
                }
            }
        }
        return types;
    }

    private static void addClasses(Type type, Deque<Class<?>> classes) {
        if (type instanceof Class<?> c) {
            classes.add(c);
        } else if (type instanceof ParameterizedType p) {
            addClasses(p.getRawType(), classes);
            for (Type argument : p.getActualTypeArguments()) {
                addClasses(argument, classes);
            }
        }
    }
}
