package org.recoverykit.json;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/** Times of service as ISO-8601 strings that keep their offset, whatever the mapper's time zone. */
final class OffsetDateTimeCodec {
    static final StdScalarSerializer<OffsetDateTime> SERIALIZER = new StdScalarSerializer<>(OffsetDateTime.class) {
        @Override
        public void serialize(OffsetDateTime value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
        }
    };

    static final StdScalarDeserializer<OffsetDateTime> DESERIALIZER =
            new StdScalarDeserializer<>(OffsetDateTime.class) {
                @Override
                public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) {
                    if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                        return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
                    }
                    String text = parser.getString();
                    try {
                        return OffsetDateTime.parse(text);
                    } catch (DateTimeParseException e) {
                        return (OffsetDateTime) context.handleWeirdStringValue(
                                OffsetDateTime.class, text, "not an ISO-8601 date-time with an offset");
                    }
                }
            };

    private OffsetDateTimeCodec() {}
}
