package org.recoverykit.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A property of a model type that holds text, as a {@code String}, an {@code Optional<String>} or a
 * {@code List<String>}, read by its public getter.
 */
final class TextProperty {
    private static final ClassValue<List<TextProperty>> OF_TYPE = new ClassValue<>() {
        @Override
        protected List<TextProperty> computeValue(Class<?> type) {
            return find(type);
        }
    };

    /** How a property holds its text. */
    private enum Form {
        TEXT,
        OPTIONAL,
        LIST
    }

    private final String name;
    private final Form form;
    private final MethodHandle getter;

    private TextProperty(String name, Form form, MethodHandle getter) {
        this.name = name;
        this.form = form;
        this.getter = getter;
    }

    /**
     * Gets the text properties of a type of the model, or of the implementation of one.
     *
     * @param type the type
     * @return the properties, empty if it holds no text, not null
     * @throws IllegalStateException if a property holds text in another form, such as a map
     */
    static List<TextProperty> of(Class<?> type) {
        return OF_TYPE.get(type);
    }

    private static List<TextProperty> find(Class<?> type) {
        Class<?> api = type;
        while (!Modifier.isPublic(api.getModifiers())) {
            api = api.getSuperclass(); // the public model type of a package-private Immutables implementation
        }
        List<TextProperty> properties = new ArrayList<>();
        for (Method method : api.getMethods()) {
            if (!isGetter(method) || !holdsText(method.getGenericReturnType())) {
                continue;
            }
            String property = propertyName(method);
            Form form = form(method.getGenericReturnType());
            if (form == null) {
                throw new IllegalStateException(
                        api.getSimpleName() + "." + property + " holds text in a form that is not checked");
            }
            properties.add(new TextProperty(property, form, getter(api, method)));
        }
        return List.copyOf(properties);
    }

    /** Gets a getter as a handle that takes and returns an Object. */
    private static MethodHandle getter(Class<?> type, Method method) {
        try {
            return MethodHandles.publicLookup()
                    .unreflect(method)
                    .asType(MethodType.methodType(Object.class, Object.class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(type.getSimpleName() + "." + method.getName() + " cannot be read", e);
        }
    }

    /** Tells whether a method is a property's getter: {@code getX()}, or {@code isX()} of a boolean. */
    static boolean isGetter(Method method) {
        String name = method.getName();
        return !Modifier.isStatic(method.getModifiers())
                && !method.isSynthetic()
                && method.getParameterCount() == 0
                && method.getDeclaringClass() != Object.class
                && (name.startsWith("get") && name.length() > 3
                        || name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class);
    }

    /** Gets a text getter's property name, as the native document names it: {@code getPreferredName} is {@code preferredName}. */
    private static String propertyName(Method getter) {
        String name = getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static boolean holdsText(Type type) {
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                if (holdsText(argument)) {
                    return true;
                }
            }
            return false;
        }
        if (type instanceof GenericArrayType a) {
            return holdsText(a.getGenericComponentType());
        }
        return type instanceof Class<?> c && (c == String.class || c.isArray() && holdsText(c.getComponentType()));
    }

    private static Form form(Type type) {
        if (type == String.class) {
            return Form.TEXT;
        }
        if (type instanceof ParameterizedType p && p.getActualTypeArguments()[0] == String.class) {
            return p.getRawType() == Optional.class ? Form.OPTIONAL : p.getRawType() == List.class ? Form.LIST : null;
        }
        return null;
    }

    /**
     * Checks the text of this property of an object, reporting each text that is not Unicode text with the
     * constraint's message: at the property, or at the index of a list's item.
     *
     * @param bean the object, of the type this property was found on
     * @param context the context to report to
     * @return whether all its text is Unicode text
     */
    boolean check(Object bean, ConstraintValidatorContext context) {
        Object value = read(bean);
        switch (form) {
            case TEXT:
                return isText(value) || report(context, -1);
            case OPTIONAL:
                Optional<?> text = (Optional<?>) value;
                return text.isEmpty() || isText(text.get()) || report(context, -1);
            default:
                List<?> items = (List<?>) value;
                boolean valid = true;
                for (int i = 0; i < items.size(); i++) {
                    valid &= isText(items.get(i)) || report(context, i);
                }
                return valid;
        }
    }

    private Object read(Object bean) {
        try {
            return (Object) getter.invokeExact(bean);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(name + " cannot be read", e);
        }
    }

    private static boolean isText(Object text) {
        return org.recoverykit.json.UnicodeText.indexOfLoneSurrogate((String) text) < 0;
    }

    /** Reports a text at this property, or at an index of its list; the path is what the constraint's own has. */
    private boolean report(ConstraintValidatorContext context, int index) {
        var property = context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode(name);
        if (index < 0) {
            property.addConstraintViolation();
        } else {
            property.addContainerElementNode("<list element>", List.class, 0)
                    .inIterable()
                    .atIndex(index)
                    .addConstraintViolation();
        }
        return false;
    }
}
