package org.recoverykit.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads a JSON string, and only a string, as text: a number or boolean where text belongs is a wrong type rather
 * than text made of it, and a string that is not Unicode text, holding half of a surrogate pair alone (escaped as
 * <code>&#92;ud800</code>, or among the characters of a {@code Reader}), is refused, since no UTF-8 writer can
 * write it back.
 */
final class TextDeserializer extends StdScalarDeserializer<String> {
    static final TextDeserializer INSTANCE = new TextDeserializer();

    private TextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String text = parser.getString();
        if (text != null && UnicodeText.indexOfLoneSurrogate(text) >= 0) {
            throw new NotText(parser);
        }
        return text;
    }

    /** The failure of a string that is not Unicode text, placed at the string's start. */
    static final class NotText extends StreamReadException {
        private static final long serialVersionUID = 1L;

        NotText(JsonParser parser) {
            super(parser, UnreadableInputException.INVALID_UTF16, parser.currentTokenLocation());
        }
    }
}
