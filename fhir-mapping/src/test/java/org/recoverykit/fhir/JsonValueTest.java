package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import org.junit.jupiter.api.Test;
import org.recoverykit.json.ReadLimits;

/**
 * {@link JsonValue} answers as Jackson 3's {@code JsonNode} does for the accessors the mappers use, and its
 * {@code toString()} shows no value of the document.
 */
class JsonValueTest {
    private static final String CANARY = "CANARY-7731";

    private static JsonValue read(String json) throws UnreadableFhirException {
        return JsonValueReader.read(json, ReadLimits.defaults());
    }

    @Test
    void getAndPathFindPropertiesAndItems() throws UnreadableFhirException {
        JsonValue root = read("{\"a\":1,\"n\":null,\"list\":[\"x\",\"y\"]}");

        assertThat(root.get("a").intValue()).isEqualTo(1);
        assertThat(root.get("n")).isSameAs(JsonValue.NULL);
        assertThat(root.get("missing")).isNull();
        assertThat(root.get(0)).isNull();
        assertThat(root.path("a")).isSameAs(root.get("a"));
        assertThat(root.path("missing")).isSameAs(JsonValue.MISSING);
        assertThat(root.path(0)).isSameAs(JsonValue.MISSING);
        assertThat(root.path("missing").path("deeper").path(3).isMissingNode()).isTrue();

        JsonValue list = root.get("list");
        assertThat(list.get(1).stringValue()).isEqualTo("y");
        assertThat(list.get(2)).isNull();
        assertThat(list.get(-1)).isNull();
        assertThat(list.get("x")).isNull();
        assertThat(list.path(5)).isSameAs(JsonValue.MISSING);
        assertThat(list.path("x")).isSameAs(JsonValue.MISSING);
        assertThat(list.get(0).get("x")).isNull();
        assertThat(list.get(0).get(0)).isNull();
    }

    @Test
    void hasIsTrueForAPropertyOfValueNull() throws UnreadableFhirException {
        JsonValue root = read("{\"n\":null,\"a\":[1]}");

        assertThat(root.has("n")).isTrue();
        assertThat(root.has("a")).isTrue();
        assertThat(root.has("b")).isFalse();
        assertThat(root.get("a").has("0")).isFalse();
        assertThat(JsonValue.MISSING.has("a")).isFalse();
    }

    @Test
    void sizeCountsPropertiesAndItemsAndIsZeroForScalars() throws UnreadableFhirException {
        JsonValue root = read("{\"o\":{\"x\":1,\"y\":2},\"a\":[1,2,3],\"s\":\"abc\",\"i\":5,\"t\":true,\"n\":null,"
                + "\"eo\":{},\"ea\":[]}");

        assertThat(root.size()).isEqualTo(8);
        assertThat(root.get("o").size()).isEqualTo(2);
        assertThat(root.get("a").size()).isEqualTo(3);
        for (String scalar : new String[] {"s", "i", "t", "n"}) {
            assertThat(root.get(scalar).size()).as(scalar).isZero();
            assertThat(root.get(scalar).isEmpty()).as(scalar).isTrue();
        }
        assertThat(JsonValue.MISSING.size()).isZero();
        assertThat(JsonValue.MISSING.isEmpty()).isTrue();
        assertThat(root.get("eo").isEmpty()).isTrue();
        assertThat(root.get("ea").isEmpty()).isTrue();
        assertThat(root.get("o").isEmpty()).isFalse();
    }

    @Test
    void eachKindAnswersItsOwnChecksOnly() throws UnreadableFhirException {
        JsonValue root = read("{\"o\":{},\"a\":[],\"s\":\"\",\"i\":1,\"l\":3000000000,\"b\":99999999999999999999,"
                + "\"d\":1.0,\"t\":true,\"f\":false,\"n\":null}");

        assertKind(root.get("o"), "object");
        assertKind(root.get("a"), "array");
        assertKind(root.get("s"), "string");
        assertKind(root.get("i"), "int");
        assertKind(root.get("l"), "integral");
        assertKind(root.get("b"), "integral");
        assertKind(root.get("d"), "number");
        assertKind(root.get("t"), "boolean");
        assertKind(root.get("f"), "boolean");
        assertKind(root.get("n"), "null");
        assertKind(JsonValue.MISSING, "missing");
    }

    private static void assertKind(JsonValue value, String kind) {
        assertThat(value.isObject()).as("isObject").isEqualTo(kind.equals("object"));
        assertThat(value.isArray()).as("isArray").isEqualTo(kind.equals("array"));
        assertThat(value.isString()).as("isString").isEqualTo(kind.equals("string"));
        assertThat(value.isNumber())
                .as("isNumber")
                .isEqualTo(List.of("int", "integral", "number").contains(kind));
        assertThat(value.isIntegralNumber())
                .as("isIntegralNumber")
                .isEqualTo(List.of("int", "integral").contains(kind));
        assertThat(value.isInt()).as("isInt").isEqualTo(kind.equals("int"));
        assertThat(value.isBoolean()).as("isBoolean").isEqualTo(kind.equals("boolean"));
        assertThat(value.isNull()).as("isNull").isEqualTo(kind.equals("null"));
        assertThat(value.isMissingNode()).as("isMissingNode").isEqualTo(kind.equals("missing"));
    }

    @Test
    void scalarsGiveTheirValues() throws UnreadableFhirException {
        JsonValue root = read("{\"s\":\"é\",\"i\":-7,\"l\":-3000000000,\"d\":2.50,\"e\":1e3,\"t\":true,\"f\":false}");

        assertThat(root.get("s").stringValue()).isEqualTo("é");
        assertThat(root.get("i").intValue()).isEqualTo(-7);
        assertThat(root.get("i").longValue()).isEqualTo(-7L);
        assertThat(root.get("i").decimalValue()).isEqualTo(BigDecimal.valueOf(-7));
        assertThat(root.get("l").longValue()).isEqualTo(-3_000_000_000L);
        assertThat(root.get("l").decimalValue()).isEqualTo(BigDecimal.valueOf(-3_000_000_000L));
        assertThat(root.get("d").decimalValue()).isEqualTo(new BigDecimal("2.50"));
        assertThat(root.get("e").decimalValue()).isEqualByComparingTo("1000");
        assertThat(root.get("t").booleanValue()).isTrue();
        assertThat(root.get("f").booleanValue()).isFalse();
    }

    @Test
    void anAccessorOfAnotherKindThrowsWithoutTheValue() throws UnreadableFhirException {
        JsonValue root = read("{\"s\":\"" + CANARY + "\",\"l\":30000000007731,\"b\":77319999999999999999,\"d\":7731.5,"
                + "\"t\":true,\"n\":null,\"o\":{\"" + CANARY + "\":1}}");

        assertFails(() -> root.get("l").intValue(), "int");
        assertFails(() -> root.get("b").intValue(), "int");
        assertFails(() -> root.get("d").intValue(), "int");
        assertFails(() -> root.get("s").intValue(), "int");
        assertFails(() -> root.get("b").longValue(), "long");
        assertFails(() -> root.get("d").longValue(), "long");
        assertFails(() -> root.get("t").longValue(), "long");
        assertFails(() -> root.get("s").decimalValue(), "number");
        assertFails(() -> root.get("n").decimalValue(), "number");
        assertFails(() -> root.get("l").stringValue(), "string");
        assertFails(() -> root.get("n").stringValue(), "string");
        assertFails(() -> root.get("o").stringValue(), "string");
        assertFails(() -> JsonValue.MISSING.stringValue(), "string");
        assertFails(() -> root.get("s").booleanValue(), "boolean");
        assertFails(() -> root.get("n").booleanValue(), "boolean");
        assertThat(root.get("b").decimalValue()).isEqualTo(new BigDecimal("77319999999999999999"));
    }

    @Test
    void aNumberBeyondTheRangeOfBigDecimalThrows() throws UnreadableFhirException {
        JsonValue huge = read("[1e9999999999]").get(0);

        assertThat(huge.isNumber()).isTrue();
        assertFails(huge::decimalValue, "BigDecimal");
    }

    private static void assertFails(Runnable call, String expected) {
        assertThatThrownBy(call::run)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(expected)
                .hasMessageNotContaining(CANARY)
                .hasMessageNotContaining("7731");
    }

    @Test
    void valuesAndNamesAreUnmodifiableViewsInDocumentOrder() throws UnreadableFhirException {
        JsonValue root = read("{\"z\":1,\"a\":[\"x\",\"y\"],\"m\":null}");

        List<String> names = root.propertyNames();
        List<JsonValue> values = root.values();
        assertThat(names).containsExactly("z", "a", "m");
        assertThat(values).containsExactly(root.get("z"), root.get("a"), root.get("m"));
        assertThat(values).isInstanceOf(RandomAccess.class);
        assertThat(root.get("a").values()).extracting(JsonValue::stringValue).containsExactly("x", "y");
        assertThat(root.get("a").propertyNames()).isEmpty();
        assertThat(root.get("z").values()).isEmpty();
        assertThat(root.get("z").propertyNames()).isEmpty();
        assertThat(JsonValue.MISSING.values()).isEmpty();

        assertThatThrownBy(() -> names.set(0, "q")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> names.add("q")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> values.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(values::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> root.get("a").values().set(0, JsonValue.NULL))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> root.get("z").values().add(JsonValue.NULL))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(root.propertyNames()).containsExactly("z", "a", "m");
    }

    @Test
    void iterationGoesOverTheValues() throws UnreadableFhirException {
        JsonValue root = read("{\"a\":[1,2,3],\"b\":true}");

        List<JsonValue> seen = new ArrayList<>();
        for (JsonValue value : root) {
            seen.add(value);
        }
        assertThat(seen).containsExactlyElementsOf(root.values());
        List<Integer> items = new ArrayList<>();
        root.get("a").forEach(v -> items.add(v.intValue()));
        assertThat(items).containsExactly(1, 2, 3);
        Iterator<JsonValue> none = root.get("b").iterator();
        assertThat(none.hasNext()).isFalse();
        assertThatThrownBy(none::next).isInstanceOf(NoSuchElementException.class);
        Iterator<JsonValue> two = root.iterator();
        assertThatThrownBy(two::remove).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalityIsIdentity() throws UnreadableFhirException {
        JsonValue root = read("[{\"a\":1},{\"a\":1},\"s\",\"s\"]");

        assertThat(root.get(0)).isNotEqualTo(root.get(1));
        assertThat(root.get(2)).isNotEqualTo(root.get(3));
        assertThat(root.get(0)).isEqualTo(root.get(0));
    }

    @Test
    void toStringShowsTheKindAndSizeButNoValue() throws UnreadableFhirException {
        JsonValue root = read("{\"" + CANARY + "\":\"" + CANARY + "\",\"n\":7731,\"d\":77.31,\"a\":[\"" + CANARY
                + "\"],\"b\":[],\"t\":true,\"z\":null,\"o\":{\"" + CANARY + "\":{}}}");

        assertThat(root).hasToString("JsonValue[object, 8 properties]");
        assertThat(root.get(CANARY)).hasToString("JsonValue[string]");
        assertThat(root.get("n")).hasToString("JsonValue[number]");
        assertThat(root.get("d")).hasToString("JsonValue[number]");
        assertThat(root.get("a")).hasToString("JsonValue[array, 1 item]");
        assertThat(root.get("b")).hasToString("JsonValue[array, 0 items]");
        assertThat(root.get("t")).hasToString("JsonValue[boolean]");
        assertThat(root.get("z")).hasToString("JsonValue[null]");
        assertThat(root.get("o")).hasToString("JsonValue[object, 1 property]");
        assertThat(JsonValue.MISSING).hasToString("JsonValue[missing]");
        for (JsonValue value : root) {
            assertThat(value.toString())
                    .doesNotContain(CANARY)
                    .doesNotContain("7731")
                    .doesNotContain("77.31");
        }
    }
}
