package org.recoverykit.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.fhirpath.IFhirPath;
import ca.uhn.fhir.fhirpath.IFhirPath.IParsedExpression;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The FHIRPath oracle of the tests: HAPI FHIR's R4 FHIRPath engine, on the JVM's one cached R4 context.
 *
 * <p>Building the context and the engine costs seconds of CPU; the holder builds them once, lazily, on first use,
 * and every test class of the JVM shares them. Parsed expressions are kept, as a record's Bundle is searched with
 * the same few hundred expressions again and again.
 */
final class FhirPaths {
    private FhirPaths() {}

    /** Parses a FHIR R4 Bundle. */
    static Bundle bundle(String json) {
        return Holder.CONTEXT.newJsonParser().parseResource(Bundle.class, json);
    }

    /**
     * Evaluates a FHIRPath expression.
     *
     * @param input the element the expression is evaluated on, such as a resource
     * @param expression the expression
     * @return what the expression selects, in order; empty if nothing
     */
    static List<Base> evaluate(Base input, String expression) {
        IParsedExpression parsed = Holder.PARSED.computeIfAbsent(expression, FhirPaths::parse);
        return Holder.ENGINE.evaluate(input, parsed, Base.class);
    }

    private static IParsedExpression parse(String expression) {
        try {
            return Holder.ENGINE.parse(expression);
        } catch (Exception e) {
            throw new IllegalArgumentException("Not FHIRPath: " + expression, e);
        }
    }

    private static final class Holder {
        static final FhirContext CONTEXT = FhirContext.forR4Cached();
        static final IFhirPath ENGINE = CONTEXT.newFhirPath();
        static final Map<String, IParsedExpression> PARSED = new ConcurrentHashMap<>();
    }
}
