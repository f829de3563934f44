package org.recoverykit.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.recoverykit.model.Coded;

/** The codes, display names and code-to-constant index of each enum code list, built once per list. */
public final class CodeIndex {
    private static final ResourceBundle DISPLAYS = ResourceBundle.getBundle(
            "org.recoverykit.model.Displays",
            Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private static final ClassValue<String[]> CODES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .toArray(String[]::new);
        }
    };

    private static final ClassValue<String[]> DISPLAY_NAMES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants())
                    .map(c -> DISPLAYS.getString(type.getSimpleName() + "." + ((Enum<?>) c).name()))
                    .toArray(String[]::new);
        }
    };

    private static final ClassValue<Map<String, ?>> INDEX = new ClassValue<>() {
        @Override
        protected Map<String, ?> computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants())
                    .collect(Collectors.toUnmodifiableMap(c -> ((Coded) c).getCode(), Function.identity()));
        }
    };

    private CodeIndex() {}

    /**
     * Gets the code a constant takes from its name: lower case, hyphens for underscores.
     *
     * @param constant a constant of an enum code list
     * @return the code, not null
     */
    public static String codeOf(Coded constant) {
        Enum<?> e = (Enum<?>) constant;
        return CODES.get(e.getDeclaringClass())[e.ordinal()];
    }

    /**
     * Gets the display name of a constant from the bundle {@code org.recoverykit.model.Displays}.
     *
     * @param constant a constant of an enum code list
     * @return the display name, not null
     */
    public static String displayOf(Coded constant) {
        Enum<?> e = (Enum<?>) constant;
        return DISPLAY_NAMES.get(e.getDeclaringClass())[e.ordinal()];
    }

    /**
     * Obtains the index of an enum code list.
     *
     * @param <E> the code list
     * @param type the enum class
     * @return the constants by code, not null
     */
    @SuppressWarnings("unchecked")
    public static <E extends Enum<E> & Coded> Map<String, E> of(Class<E> type) {
        return (Map<String, E>) INDEX.get(type);
    }
}
