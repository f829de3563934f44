package org.recoverykit.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.recoverykit.model.Coded;

/** The code-to-constant index of each enum code list, built once per list. */
public final class CodeIndex {
    private static final ClassValue<Map<String, ?>> INDEX = new ClassValue<>() {
        @Override
        protected Map<String, ?> computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants())
                    .collect(Collectors.toUnmodifiableMap(c -> ((Coded) c).getCode(), Function.identity()));
        }
    };

    private CodeIndex() {}

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
