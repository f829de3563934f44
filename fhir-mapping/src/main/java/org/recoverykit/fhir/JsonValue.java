package org.recoverykit.fhir;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/**
 * An immutable node of a parsed JSON document: an object, an array, a string, a number, {@code true},
 * {@code false}, {@code null}, or the missing value that {@link #path(String)} gives for what is absent.
 *
 * <p>It answers the subset of Jackson 3's {@code JsonNode} that the mappers use, with the same meaning: {@link
 * #get(String)} gives {@code null} where {@link #path(String)} gives {@link #MISSING}, a scalar has a size of
 * zero and is empty, and {@link #has(String)} is true for a property whose value is JSON null. The accessors of
 * a value of another kind throw {@link IllegalStateException}, as Jackson's throw its own exception; unlike
 * Jackson, {@link #stringValue()} of JSON null throws rather than returning {@code null}, and {@link
 * #intValue()} and {@link #longValue()} of a number with a fraction or an exponent throw rather than converting.
 *
 * <p>An object keeps its properties in document order, as parallel arrays of names and values searched
 * linearly, which suits the small objects of FHIR. A number keeps its text, so that {@link #decimalValue()} is
 * exact. Equality is identity. {@link #toString()} names the kind and size only, never a name, string or
 * number of the document, as these may be patient data.
 *
 * <p>This class is immutable and thread-safe. Instances come from {@link JsonValueReader}.
 */
final class JsonValue implements Iterable<JsonValue> {
    /** The kind of an object. */
    static final byte OBJECT = 0;
    /** The kind of an array. */
    static final byte ARRAY = 1;
    /** The kind of a string. */
    static final byte STRING = 2;
    /** The kind of an integral number that fits in an {@code int}. */
    static final byte INT = 3;
    /** The kind of an integral number that fits in a {@code long} but not an {@code int}. */
    static final byte LONG = 4;
    /** The kind of an integral number that does not fit in a {@code long}. */
    static final byte BIG_INTEGER = 5;
    /** The kind of a number with a fraction or an exponent. */
    static final byte DECIMAL = 6;

    private static final byte KIND_TRUE = 7;
    private static final byte KIND_FALSE = 8;
    private static final byte KIND_NULL = 9;
    private static final byte KIND_MISSING = 10;

    /** The names of an empty object, and of any value that is no object. */
    static final String[] NO_NAMES = {};
    /** The values of an empty object or array, and of any scalar. */
    static final JsonValue[] NO_VALUES = {};

    /** JSON {@code true}. */
    static final JsonValue TRUE = new JsonValue(KIND_TRUE, null, NO_NAMES, NO_VALUES);
    /** JSON {@code false}. */
    static final JsonValue FALSE = new JsonValue(KIND_FALSE, null, NO_NAMES, NO_VALUES);
    /** JSON {@code null}. */
    static final JsonValue NULL = new JsonValue(KIND_NULL, null, NO_NAMES, NO_VALUES);
    /** The missing value: what {@link #path(String)} and {@link #path(int)} give for what is absent. */
    static final JsonValue MISSING = new JsonValue(KIND_MISSING, null, NO_NAMES, NO_VALUES);

    private final byte kind;
    /** The decoded value of a string, or the text of a number; otherwise null. */
    private final String text;
    /** The property names of an object; empty for any other kind. */
    private final String[] names;
    /** The property values of an object or the items of an array; empty for any other kind. */
    private final JsonValue[] values;

    private JsonValue(byte kind, String text, String[] names, JsonValue[] values) {
        this.kind = kind;
        this.text = text;
        this.names = names;
        this.values = values;
    }

    /**
     * Obtains an object; the arrays are kept, not copied, and must never change after. The names may be shared
     * with other objects of the same names.
     *
     * @param names the property names in document order, distinct, not null
     * @param values the property values, as many as the names, not null
     * @return the object, not null
     */
    static JsonValue object(String[] names, JsonValue[] values) {
        return new JsonValue(OBJECT, null, names, values);
    }

    /**
     * Obtains an array; the array of items is kept, not copied.
     *
     * @param items the items in document order, not null
     * @return the array, not null
     */
    static JsonValue array(JsonValue[] items) {
        return new JsonValue(ARRAY, null, NO_NAMES, items);
    }

    /**
     * Obtains a string.
     *
     * @param value the decoded string, not null
     * @return the string, not null
     */
    static JsonValue string(String value) {
        return new JsonValue(STRING, value, NO_NAMES, NO_VALUES);
    }

    /**
     * Obtains a number from its text.
     *
     * @param text the number as written, valid JSON number grammar, not null
     * @param kind {@link #INT}, {@link #LONG}, {@link #BIG_INTEGER} or {@link #DECIMAL}, as the text requires
     * @return the number, not null
     */
    static JsonValue number(String text, byte kind) {
        return new JsonValue(kind, text, NO_NAMES, NO_VALUES);
    }

    /**
     * Gets the value of a property of this object.
     *
     * @param name the property name, not null
     * @return the value, which is {@link #NULL} for JSON null, or null if this is not an object or has no such
     *     property
     */
    JsonValue get(String name) {
        String[] n = names;
        int hash = name.hashCode(); // names are shared instances, so each one's hash is computed once
        for (int i = 0; i < n.length; i++) {
            String candidate = n[i];
            if (candidate == name || (candidate.hashCode() == hash && name.equals(candidate))) {
                return values[i];
            }
        }
        return null;
    }

    /**
     * Gets an item of this array.
     *
     * @param index the index, counting from 0
     * @return the item, or null if this is not an array or the index is out of range
     */
    JsonValue get(int index) {
        return kind == ARRAY && index >= 0 && index < values.length ? values[index] : null;
    }

    /**
     * Gets the value of a property of this object, or the missing value.
     *
     * @param name the property name, not null
     * @return the value, or {@link #MISSING} if this is not an object or has no such property, not null
     */
    JsonValue path(String name) {
        JsonValue value = get(name);
        return value == null ? MISSING : value;
    }

    /**
     * Gets an item of this array, or the missing value.
     *
     * @param index the index, counting from 0
     * @return the item, or {@link #MISSING} if this is not an array or the index is out of range, not null
     */
    JsonValue path(int index) {
        JsonValue value = get(index);
        return value == null ? MISSING : value;
    }

    /**
     * Gets the number of properties of an object or items of an array.
     *
     * @return the number of properties or items, 0 for any other kind
     */
    int size() {
        return values.length;
    }

    /**
     * Checks if this has no properties or items, as is true of any value that is not an object or an array.
     *
     * @return true if {@link #size()} is 0
     */
    boolean isEmpty() {
        return values.length == 0;
    }

    /**
     * Checks if this object has a property, even one whose value is JSON null.
     *
     * @param name the property name, not null
     * @return true if this is an object with that property
     */
    boolean has(String name) {
        return get(name) != null;
    }

    /**
     * Checks if this is an object.
     *
     * @return true if this is an object
     */
    boolean isObject() {
        return kind == OBJECT;
    }

    /**
     * Checks if this is an array.
     *
     * @return true if this is an array
     */
    boolean isArray() {
        return kind == ARRAY;
    }

    /**
     * Checks if this is a string.
     *
     * @return true if this is a string
     */
    boolean isString() {
        return kind == STRING;
    }

    /**
     * Checks if this is JSON null.
     *
     * @return true if this is JSON null
     */
    boolean isNull() {
        return kind == KIND_NULL;
    }

    /**
     * Checks if this is a number.
     *
     * @return true if this is a number, integral or not
     */
    boolean isNumber() {
        return kind >= INT && kind <= DECIMAL;
    }

    /**
     * Checks if this is a number without a fraction or an exponent.
     *
     * @return true if this is an integral number, whatever its size
     */
    boolean isIntegralNumber() {
        return kind >= INT && kind <= BIG_INTEGER;
    }

    /**
     * Checks if this is an integral number that fits in an {@code int}.
     *
     * @return true if {@link #intValue()} can be called
     */
    boolean isInt() {
        return kind == INT;
    }

    /**
     * Checks if this is {@code true} or {@code false}.
     *
     * @return true if this is a boolean
     */
    boolean isBoolean() {
        return kind == KIND_TRUE || kind == KIND_FALSE;
    }

    /**
     * Checks if this is the missing value.
     *
     * @return true if this is {@link #MISSING}
     */
    boolean isMissingNode() {
        return kind == KIND_MISSING;
    }

    /**
     * Gets the value of this string.
     *
     * @return the decoded string, not null
     * @throws IllegalStateException if this is not a string
     */
    String stringValue() {
        if (kind != STRING) {
            throw notA("a string");
        }
        return text;
    }

    /**
     * Gets the value of this boolean.
     *
     * @return true or false
     * @throws IllegalStateException if this is not a boolean
     */
    boolean booleanValue() {
        if (kind == KIND_TRUE) {
            return true;
        }
        if (kind == KIND_FALSE) {
            return false;
        }
        throw notA("a boolean");
    }

    /**
     * Gets the value of this number as an {@code int}.
     *
     * @return the value
     * @throws IllegalStateException unless {@link #isInt()}
     */
    int intValue() {
        if (kind != INT) {
            throw notA("an integral number within the range of an int");
        }
        return Integer.parseInt(text);
    }

    /**
     * Gets the value of this number as a {@code long}.
     *
     * @return the value
     * @throws IllegalStateException unless this is an integral number that fits in a {@code long}
     */
    long longValue() {
        if (kind != INT && kind != LONG) {
            throw notA("an integral number within the range of a long");
        }
        return Long.parseLong(text);
    }

    /**
     * Checks if this is a number that {@link #decimalValue()} can give, whose exponent is in the range of
     * {@code BigDecimal}.
     *
     * @return true if this is a number of a BigDecimal's range
     */
    boolean hasDecimalValue() {
        if (!isNumber()) {
            return false;
        }
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Gets the exact value of this number.
     *
     * @return the value as written, with its scale, not null
     * @throws IllegalStateException if this is not a number, or its exponent is beyond the range of
     *     {@code BigDecimal}
     */
    BigDecimal decimalValue() {
        if (!isNumber()) {
            throw notA("a number");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("a number whose exponent is beyond the range of BigDecimal");
        }
    }

    /**
     * Gets the items of this array or the property values of this object.
     *
     * @return the values in document order, unmodifiable, empty for any other kind, not null
     */
    List<JsonValue> values() {
        return values.length == 0 ? List.of() : new View<>(values);
    }

    /**
     * Gets the property names of this object.
     *
     * @return the names in document order, unmodifiable, empty for any other kind, not null
     */
    List<String> propertyNames() {
        return names.length == 0 ? List.of() : new View<>(names);
    }

    /**
     * Iterates over the items of this array or the property values of this object.
     *
     * @return an iterator over {@link #values()}, not null
     */
    @Override
    public Iterator<JsonValue> iterator() {
        return new Items(values);
    }

    /**
     * Outputs the kind of this value and, for an object or an array, its size, but never its content.
     *
     * @return a description such as {@code JsonValue[object, 5 properties]}, not null
     */
    @Override
    public String toString() {
        switch (kind) {
            case OBJECT:
                return "JsonValue[object, " + values.length + (values.length == 1 ? " property]" : " properties]");
            case ARRAY:
                return "JsonValue[array, " + values.length + (values.length == 1 ? " item]" : " items]");
            default:
                return "JsonValue[" + kindName() + ']';
        }
    }

    private String kindName() {
        switch (kind) { // objects and arrays are named by toString with their size
            case STRING:
                return "string";
            case INT:
            case LONG:
            case BIG_INTEGER:
            case DECIMAL:
                return "number";
            case KIND_TRUE:
            case KIND_FALSE:
                return "boolean";
            case KIND_NULL:
                return "null";
            default:
                return "missing";
        }
    }

    private IllegalStateException notA(String expected) {
        return new IllegalStateException("not " + expected + ": " + toString());
    }

    /** An unmodifiable list over an array that it does not copy. */
    private static final class View<T> extends AbstractList<T> implements RandomAccess {
        private final T[] items;

        View(T[] items) {
            this.items = items;
        }

        @Override
        public T get(int index) {
            return items[index];
        }

        @Override
        public int size() {
            return items.length;
        }
    }

    /** An iterator over an array. */
    private static final class Items implements Iterator<JsonValue> {
        private final JsonValue[] items;
        private int next;

        Items(JsonValue[] items) {
            this.items = items;
        }

        @Override
        public boolean hasNext() {
            return next < items.length;
        }

        @Override
        public JsonValue next() {
            if (next >= items.length) {
                throw new NoSuchElementException();
            }
            return items[next++];
        }
    }
}
