package org.recoverykit.json;

import java.util.List;
import org.recoverykit.model.Coded;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads a code of one code list. An unknown code is an error, unless the read is lenient and the property does not
 * require a value: then it is listed as skipped and read as absent.
 */
final class CodedDeserializer extends StdScalarDeserializer<Object> {
    /** The context attribute under which a lenient read collects what it skips. */
    static final Object SKIPPED = SkippedContent.class;

    /** Whether the property read requires a value, so that an unknown code fails even a lenient read. */
    private final boolean required;

    CodedDeserializer(Class<?> type) {
        this(type, false);
    }

    private CodedDeserializer(Class<?> type, boolean required) {
        super(type);
        this.required = required;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        boolean requires = property != null && property.isRequired();
        return requires == required ? this : new CodedDeserializer(handledType(), requires);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return context.handleUnexpectedToken(handledType(), parser);
        }
        Class type = handledType();
        return Coded.find(type, parser.getString()).orElseGet(() -> unknown(parser, context));
    }

    private Object unknown(JsonParser parser, DeserializationContext context) {
        List<SkippedContent> skipped = skippedList(context);
        if (skipped == null || required) {
            throw new UnknownCodeException(parser, handledType());
        }
        skipped.add(Problems.skipped(parser, "unknown code for " + handledType().getSimpleName()));
        return null;
    }

    @SuppressWarnings("unchecked")
    static List<SkippedContent> skippedList(DeserializationContext context) {
        return (List<SkippedContent>) context.getAttribute(SKIPPED);
    }
}
