package org.recoverykit.fhir;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.recoverykit.model.Coded;

/** Looks up the model's codes by their code text, each code list indexed once. */
final class Codes {
    private static final ClassValue<Map<String, Object>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> codes = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                codes.put(((Coded) constant).getCode(), constant);
            }
            return codes;
        }
    };

    private Codes() {}

    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        return Optional.ofNullable(type.cast(BY_CODE.get(type).get(code)));
    }
}
