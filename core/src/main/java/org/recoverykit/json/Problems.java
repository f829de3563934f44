package org.recoverykit.json;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.recoverykit.model.InvariantViolationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

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
        if (e instanceof JacksonIOException) {
            return new UnreadableDocumentException("", -1, -1, describe(e)); // the stream failed, not a place in it
        }
        TokenStreamLocation location = e instanceof StreamReadException && e.getLocation() != null
                ? e.getLocation()
                : parser.currentTokenLocation();
        return new UnreadableDocumentException(
                pointer(e, parser), location.getLineNr(), location.getColumnNr(), describe(e));
    }

    static SkippedContent skipped(JsonParser parser, String reason) {
        TokenStreamLocation location = parser.currentTokenLocation();
        return SkippedContent.of(
                parser.streamReadContext().pathAsPointer().toString(),
                location.getLineNr(),
                location.getColumnNr(),
                reason);
    }

    private static String pointer(JacksonException e, JsonParser parser) {
        List<JacksonException.Reference> path = e.getPath();
        if (path.isEmpty()) {
            return parser.streamReadContext().pathAsPointer().toString();
        }
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            pointer.append('/');
            if (reference.getPropertyName() != null) {
                pointer.append(reference.getPropertyName().replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    static String describe(JacksonException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvariantViolationException || cause instanceof UnknownCodeException) {
                return cause instanceof UnknownCodeException u ? u.getOriginalMessage() : cause.getMessage();
            }
        }
        if (e instanceof JacksonIOException) {
            return UnreadableInputException.UNREADABLE_STREAM;
        }
        if (e instanceof StreamConstraintsException) {
            return limit(e.getOriginalMessage());
        }
        if (e instanceof TextDeserializer.NotText) {
            return UnreadableInputException.INVALID_UTF16;
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
