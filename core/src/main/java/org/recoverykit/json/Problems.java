package org.recoverykit.json;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recoverykit.model.InvariantViolationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what went wrong inside Jackson into a place and a description of the library's own. Jackson's
 * messages are never passed on: they may quote the input.
 */
final class Problems {
    private static final Map<Class<?>, String> EXPECTED = Map.of(
            LocalDate.class, "a date (YYYY-MM-DD)",
            OffsetDateTime.class, "a date-time with an offset",
            Duration.class, "an ISO-8601 duration such as PT1H",
            java.time.Period.class, "an ISO-8601 period such as P12W",
            String.class, "a string",
            Integer.class, "a whole number",
            int.class, "a whole number",
            long.class, "a whole number",
            Boolean.class, "true or false",
            boolean.class, "true or false");

    private Problems() {}

    static UnreadableDocumentException unreadable(JacksonException e, JsonParser parser) {
        if (e.getCause() instanceof StrictBytes.InvalidUtf8 bad) {
            return bad.at(pointer(parser));
        }
        if (e instanceof JacksonIOException) {
            return new UnreadableDocumentException("", -1, -1, describe(e)); // the stream failed, not a place in it
        }
        TokenStreamLocation location = e instanceof StreamReadException && e.getLocation() != null
                ? e.getLocation()
                : parser.currentTokenLocation();
        return new UnreadableDocumentException(
                pointer(e, parser), location.getLineNr(), location.getColumnNr(), describe(e));
    }

    /**
     * Describes a failure to open a parser, before any token. Opening reads the first bytes of a stream to tell its
     * encoding, so invalid UTF-8 among them is placed as it is further on, at the document root.
     */
    static UnreadableDocumentException unopened(JacksonException e) {
        if (e.getCause() instanceof StrictBytes.InvalidUtf8 bad) {
            return bad.at("");
        }
        return new UnreadableDocumentException("", -1, -1, describe(e));
    }

    static SkippedContent skipped(JsonParser parser, String reason) {
        TokenStreamLocation location = parser.currentTokenLocation();
        return SkippedContent.of(pointer(parser), location.getLineNr(), location.getColumnNr(), reason);
    }

    private static String pointer(JacksonException e, JsonParser parser) {
        List<JacksonException.Reference> path = e.getPath();
        if (path.isEmpty()) {
            return pointer(parser);
        }
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (!append(pointer, reference.getPropertyName(), reference.getIndex())) {
                break;
            }
        }
        return pointer.toString();
    }

    /** Gets the JSON Pointer of where a parser is, as far as {@link #append} allows. */
    private static String pointer(JsonParser parser) {
        TokenStreamContext leaf = parser.streamReadContext();
        if (leaf != null && !leaf.hasPathSegment()) {
            leaf = leaf.getParent(); // a container just opened points to nothing within it yet
        }
        Deque<TokenStreamContext> contexts = new ArrayDeque<>();
        for (TokenStreamContext c = leaf; c != null && !c.inRoot(); c = c.getParent()) {
            contexts.push(c);
        }
        StringBuilder pointer = new StringBuilder();
        for (TokenStreamContext c : contexts) {
            if (!append(pointer, c.inObject() ? c.currentName() : null, c.getCurrentIndex())) {
                break;
            }
        }
        return pointer.toString();
    }

    /**
     * Appends a property name or an array index to a JSON Pointer. A name that no type of the model has as a
     * property is not appended, nor is anything after it: an unknown property may be named with patient data, such
     * as {@code "maryJones"}, so it is placed by its object's pointer and by line and column only.
     *
     * @param name the property name, or null for an index
     * @param index the array index, where the name is null
     * @return whether it was appended
     */
    private static boolean append(StringBuilder pointer, String name, int index) {
        if (name == null && index >= 0) {
            pointer.append('/').append(index);
            return true;
        }
        if (name == null || !ModelNames.ALL.contains(name)) {
            return false;
        }
        pointer.append('/').append(name);
        return true;
    }

    /**
     * The property names of every type of the model, as the native document names them: the keys of each {@code
     * properties} object of the document's JSON Schema, which the build generates from the model and ships beside
     * this class. Read on first use, since a document read without a problem never needs them. Without the schema,
     * as from a build that did not generate it, there are none: a pointer then says less, never more, and the
     * problem it places is still the one reported.
     */
    private static final class ModelNames {
        private static final String SCHEMA = "recovery-record.schema.json";

        static final Set<String> ALL = read();

        private static Set<String> read() {
            try (InputStream in = Problems.class.getResourceAsStream(SCHEMA)) {
                if (in == null) {
                    return Set.of();
                }
                Set<String> names = new HashSet<>();
                collect(JsonMapper.shared().readTree(in), names);
                return Set.copyOf(names);
            } catch (IOException | RuntimeException e) {
                return Set.of();
            }
        }

        private static void collect(JsonNode node, Set<String> names) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                names.addAll(properties.propertyNames());
            }
            for (JsonNode child : node) {
                collect(child, names);
            }
        }
    }

    static String describe(JacksonException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownCodeException u) {
                return u.getOriginalMessage();
            }
            if (cause instanceof InvariantViolationException) {
                return isNullCheck(cause.getMessage()) ? REQUIRED_NULL : cause.getMessage();
            }
        }
        if (e instanceof JacksonIOException) {
            // Jackson's own UTF-32 decoding fails as a stream would, with a CharConversionException.
            return e.getCause() instanceof CharConversionException
                    ? UnreadableInputException.INVALID_UTF32
                    : UnreadableInputException.UNREADABLE_STREAM;
        }
        if (e instanceof StreamConstraintsException) {
            return limit(e.getOriginalMessage());
        }
        if (e instanceof TextDeserializer.NotText) {
            return UnreadableInputException.INVALID_UTF16;
        }
        if (e instanceof InputCoercionException) {
            return "a number beyond the range the model holds";
        }
        if (e instanceof UnexpectedEndOfInputException) {
            return UnreadableInputException.TRUNCATED;
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown property";
        }
        if (e instanceof InvalidFormatException f) {
            return "invalid value: expected " + expected(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m) {
            return "wrong JSON type: expected " + expected(m.getTargetType());
        }
        if (e instanceof StreamReadException) {
            return syntax(e.getOriginalMessage());
        }
        return "the document does not fit the model";
    }

    /** The problem of a null, or of nothing, where the model requires a value. */
    static final String REQUIRED_NULL = "no value where the model requires one";

    /**
     * Tells whether the message of a model's {@link InvariantViolationException} is that of its null check, which
     * the generated code gives as the bare attribute name ({@code start}), or for an item of a list as the name and
     * {@code element}, since a sentence of the model's own has spaces and more.
     */
    private static boolean isNullCheck(String message) {
        return message != null && message.matches("[a-z][A-Za-z0-9]*( element)?");
    }

    private static String limit(String message) {
        String m = message == null ? "" : message;
        if (m.contains("nesting depth")) {
            return UnreadableInputException.TOO_DEEP;
        }
        if (m.contains("String value length")) {
            return UnreadableInputException.STRING_TOO_LONG;
        }
        if (m.contains("Number value length")) {
            return UnreadableInputException.NUMBER_TOO_LONG;
        }
        if (m.contains("Name length")) {
            return UnreadableInputException.NAME_TOO_LONG;
        }
        if (m.contains("Document length")) {
            return UnreadableInputException.DOCUMENT_TOO_LONG;
        }
        return "the document breaks a read limit";
    }

    private static String syntax(String message) {
        String m = message == null ? "" : message;
        if (m.startsWith("Duplicate Object property")) {
            return UnreadableInputException.DUPLICATE;
        }
        if (m.contains("Invalid UTF-8")) {
            return UnreadableInputException.INVALID_UTF8;
        }
        if (m.contains("end-of-input")) {
            return UnreadableInputException.TRUNCATED;
        }
        return UnreadableInputException.MALFORMED;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        String known = EXPECTED.get(type);
        if (known != null) {
            return known;
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.isEnum()) {
            return "a code of " + type.getSimpleName();
        }
        Class<?> owner = type.getSimpleName().equals("Builder") && type.getEnclosingClass() != null
                ? type.getEnclosingClass()
                : type;
        return "an object (" + owner.getSimpleName() + ")";
    }
}
