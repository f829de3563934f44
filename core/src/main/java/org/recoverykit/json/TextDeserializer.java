package org.recoverykit.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads a JSON string as Jackson does, refusing one that is not Unicode text: half of a surrogate pair alone,
 * escaped as <code>&#92;ud800</code> or among the characters of a {@code Reader}, which no UTF-8 writer can write
 * back.
 */
final class TextDeserializer extends StdScalarDeserializer<String> {
    static final TextDeserializer INSTANCE = new TextDeserializer();

    private TextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        String text = StringDeserializer.instance.deserialize(parser, context);
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
