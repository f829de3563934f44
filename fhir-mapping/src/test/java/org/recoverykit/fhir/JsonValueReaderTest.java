package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recoverykit.json.ReadLimits;

/**
 * {@link JsonValueReader} reads strict JSON, and fails on anything else with the exact problem, line and column;
 * the canary {@value #CANARY}, planted where it could leak, never appears in a failure.
 */
class JsonValueReaderTest {
    private static final String CANARY = "CANARY-7731";
    private static final ReadLimits DEFAULTS = ReadLimits.defaults();

    private interface Read {
        JsonValue read() throws Exception;
    }

    private static JsonValue read(String json) throws UnreadableFhirException {
        JsonValue fromBytes = JsonValueReader.read(json.getBytes(StandardCharsets.UTF_8), DEFAULTS);
        JsonValue fromString = JsonValueReader.read(json, DEFAULTS);
        assertThat(fromString.toString()).isEqualTo(fromBytes.toString());
        return fromBytes;
    }

    private static JsonValue read(byte[] json) throws UnreadableFhirException {
        return JsonValueReader.read(json, DEFAULTS);
    }

    private static UnreadableFhirException unreadable(Read read) {
        UnreadableFhirException e = catchThrowableOfType(UnreadableFhirException.class, (ThrowingCallable) read::read);
        assertThat(e).as("an UnreadableFhirException").isNotNull();
        assertThat(e.getCause()).isNull();
        assertThat(e.getFhirPath()).isEmpty();
        for (String text : new String[] {e.getMessage(), e.getProblem(), e.toString()}) {
            assertThat(text).doesNotContain(CANARY).doesNotContain("7731");
        }
        return e;
    }

    /** Checks the failure of a document, read as UTF-8 bytes, as a string and from a stream of each. */
    private static void assertFails(String json, String problem, int line, int column) {
        assertFails(json.getBytes(StandardCharsets.UTF_8), problem, line, column);
        for (Read read : new Read[] {
            () -> JsonValueReader.read(json, DEFAULTS), () -> JsonValueReader.read(new StringReader(json), DEFAULTS)
        }) {
            UnreadableFhirException e = unreadable(read);
            assertThat(e.getProblem()).as("problem of %s as text", json).isEqualTo(problem);
            assertThat(e.getLine()).as("line of %s as text", json).isEqualTo(line);
            assertThat(e.getColumn()).as("column of %s as text", json).isEqualTo(column);
        }
    }

    private static void assertFails(byte[] json, String problem, int line, int column) {
        for (Read read : new Read[] {
            () -> JsonValueReader.read(json, DEFAULTS),
            () -> JsonValueReader.read(new ByteArrayInputStream(json), DEFAULTS)
        }) {
            UnreadableFhirException e = unreadable(read);
            assertThat(e.getProblem()).as("problem").isEqualTo(problem);
            assertThat(e.getLine()).as("line").isEqualTo(line);
            assertThat(e.getColumn()).as("column").isEqualTo(column);
        }
    }

    private static UnreadableFhirException failure(String json, ReadLimits limits) {
        return unreadable(() -> JsonValueReader.read(json.getBytes(StandardCharsets.UTF_8), limits));
    }

    /** The bytes of the parts in turn: a String as UTF-8, an Integer as one byte. */
    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    // Syntax errors: at the start of the offending token.

    @Test
    void aBareWordFailsAtItsStart() {
        assertFails(
                "{\n  \"resourceType\": \"Patient\",\n  \"name\": [ { \"family\": CANARY-7731 } ]\n}\n",
                "malformed JSON",
                3,
                25);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "{} x                  | 1 | 4",
                "{}{}                  | 1 | 3",
                "[1] 2                 | 1 | 5",
                "{\"a\":1 /* c */}       | 1 | 8",
                "// c\\n[]             | 1 | 1",
                "# c\\n[]              | 1 | 1",
                "{'a':1}               | 1 | 2",
                "['a']                 | 1 | 2",
                "[NaN]                 | 1 | 2",
                "[Infinity]            | 1 | 2",
                "[-Infinity]           | 1 | 2",
                "[01]                  | 1 | 2",
                "[-01]                 | 1 | 2",
                "[00]                  | 1 | 2",
                "[1.]                  | 1 | 2",
                "[.5]                  | 1 | 2",
                "[1.e5]                | 1 | 2",
                "[1e]                  | 1 | 2",
                "[1e+]                 | 1 | 2",
                "[+1]                  | 1 | 2",
                "[-]                   | 1 | 2",
                "[- 1]                 | 1 | 2",
                "[0x10]                | 1 | 3",
                "[1x]                  | 1 | 3",
                "[1 2]                 | 1 | 4",
                "[1,]                  | 1 | 4",
                "[,1]                  | 1 | 2",
                "[1,,2]                | 1 | 4",
                "{\"a\":1,}              | 1 | 8",
                "{,}                   | 1 | 2",
                "{\"a\" 1}               | 1 | 6",
                "{\"a\"::1}              | 1 | 6",
                "{\"a\":1 \"b\":2}         | 1 | 8",
                "{a:1}                 | 1 | 2",
                "{1:1}                 | 1 | 2",
                "{\"a\":1]               | 1 | 7",
                "[1}                   | 1 | 3",
                "]                     | 1 | 1",
                "}                     | 1 | 1",
                ":                     | 1 | 1",
                "[tru]                 | 1 | 2",
                "[trueX]               | 1 | 6",
                "[nul]                 | 1 | 2",
                "[fals]                | 1 | 2",
                "[True]                | 1 | 2",
                "[\"a\\x\"]            | 1 | 4",
                "[\"a\\u12G4\"]        | 1 | 4",
                "[\"a\\U0041\"]        | 1 | 4",
                "[\"a\\'\"]            | 1 | 4",
                "\\n\\n  [ \"é€😀\", x ] | 3 | 12",
                "[1,\\r\\n x]          | 2 | 2",
                "[1,\\r x]             | 2 | 2",
                "[1,\\r\\r\\n\\n x]     | 4 | 2",
                "[1,\u000b1]           | 1 | 4",
                "[1,\u00a0 1]          | 1 | 4",
            })
    void aSyntaxErrorIsMalformedJson(String json, int line, int column) {
        assertFails(json.replace("\\n", "\n").replace("\\r", "\r"), "malformed JSON", line, column);
    }

    @Test
    void anUnescapedControlCharacterInAStringFailsAtIt() {
        assertFails("[\"a\tb\"]", "malformed JSON", 1, 4);
        assertFails("{\"a\nb\":1}", "malformed JSON", 1, 4);
        assertFails("[\"ab\u0000\"]", "malformed JSON", 1, 5);
        assertFails("[\"é\u001f\"]", "malformed JSON", 1, 4);
    }

    @Test
    void aValidCharacterOutsideAStringIsMalformedJson() {
        assertFails("[é]", "malformed JSON", 1, 2);
        assertFails("{\"a\":1}\u2028", "malformed JSON", 1, 8);
    }

    // The end of the document.

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{                 | 1 | 2",
                "[                 | 1 | 2",
                "{\"a\"            | 1 | 5",
                "{\"a\":           | 1 | 6",
                "{\"a\": \\n       | 2 | 1",
                "{\"a\":1          | 1 | 7",
                "{\"a\":1,         | 1 | 8",
                "[1,2              | 1 | 5",
                "[1,               | 1 | 4",
                "\"abc             | 1 | 5",
                "\"ab\\            | 1 | 5",
                "\"ab\\u00         | 1 | 8",
                "{\"abcdefghijklmnopq | 1 | 20",
                "{\"ab                | 1 | 5",
                "[tr               | 1 | 4",
                "[fals             | 1 | 6",
                "[n                | 1 | 3",
                "-                 | 1 | 2",
                "[1.               | 1 | 4",
                "[1e               | 1 | 4",
                "[1e-              | 1 | 5",
                "{\"a\":[{\"b\":[   | 1 | 13",
            })
    void aTruncatedDocumentEndsBeforeItIsComplete(String json, int line, int column) {
        assertFails(json.replace("\\n", "\n"), "the document ends before it is complete", line, column);
    }

    @Test
    void aDocumentCutWithinACharacterEndsBeforeItIsComplete() {
        assertFails(bytes("[\"ab", 0xE2, 0x82), "the document ends before it is complete", 1, 6);
        assertFails(bytes("{\"ab", 0xF0), "the document ends before it is complete", 1, 6);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {"`` | 1 | 1", "` ` | 1 | 2", "`  \\n \\t ` | 2 | 4", "`\\r\\n` | 2 | 1"})
    void aDocumentWithoutAValueIsEmpty(String json, int line, int column) {
        assertFails(
                json.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t"),
                "the document is empty",
                line,
                column);
    }

    @Test
    void aByteOrderMarkAloneIsEmpty() {
        assertFails(bytes(0xEF, 0xBB, 0xBF), "the document is empty", 1, 1);
    }

    // UTF-8.

    @Test
    void invalidUtf8InAStringFailsAtItsFirstByte() {
        assertFails(
                bytes(
                        "{ \"resourceType\": \"Patient\", \"name\": [ { \"family\": \"CANARY-7731",
                        0xC3,
                        0x28,
                        "\" } ] }"),
                "invalid UTF-8",
                1,
                64);
        assertFails(bytes("[\"", 0x80, "\"]"), "invalid UTF-8", 1, 3); // a continuation byte alone
        assertFails(bytes("[\"", 0xC0, 0xAF, "\"]"), "invalid UTF-8", 1, 3); // an overlong '/'
        assertFails(bytes("[\"", 0xC1, 0xBF, "\"]"), "invalid UTF-8", 1, 3);
        assertFails(bytes("[\"", 0xE0, 0x80, 0xAF, "\"]"), "invalid UTF-8", 1, 3);
        assertFails(bytes("[\"", 0xF0, 0x80, 0x80, 0xAF, "\"]"), "invalid UTF-8", 1, 3);
        assertFails(bytes("[\"", 0xED, 0xA0, 0x80, "\"]"), "invalid UTF-8", 1, 3); // the surrogate U+D800
        assertFails(bytes("[\"", 0xED, 0xBF, 0xBF, "\"]"), "invalid UTF-8", 1, 3);
        assertFails(bytes("[\"", 0xF4, 0x90, 0x80, 0x80, "\"]"), "invalid UTF-8", 1, 3); // U+110000
        assertFails(bytes("[\"", 0xF5, 0x80, 0x80, 0x80, "\"]"), "invalid UTF-8", 1, 3);
        assertFails(bytes("[\"", 0xFF, "\"]"), "invalid UTF-8", 1, 3);
        assertFails(bytes("[\"é", 0xE2, 0x82, 0x41, "\"]"), "invalid UTF-8", 1, 4);
        assertFails(bytes("[\"a\\n", 0xE2, 0x28, 0xAC, "\"]"), "invalid UTF-8", 1, 6);
    }

    @Test
    void invalidUtf8InANameOrOutsideAStringFails() {
        assertFails(bytes("{\"a", 0xC3, 0x28, "\":1}"), "invalid UTF-8", 1, 4);
        assertFails(bytes("{\"abcdefghijklmnopqrs", 0xFE, "\":1}"), "invalid UTF-8", 1, 22);
        assertFails(bytes("[", 0xFF, "]"), "invalid UTF-8", 1, 2);
        assertFails(bytes("[1]\n", 0xC3, 0x28), "invalid UTF-8", 2, 1);
        assertFails(bytes(0xEF, 0xBB, "[]"), "invalid UTF-8", 1, 1); // two thirds of a byte order mark
    }

    @Test
    void aLoneSurrogateInCharactersIsInvalidUtf16() {
        for (String json : new String[] {"[\"a\uD800b\"]", "[\"a\uDC00\"]", "[\"a\uD800\"]"}) {
            UnreadableFhirException fromString = unreadable(() -> JsonValueReader.read(json, DEFAULTS));
            UnreadableFhirException fromReader =
                    unreadable(() -> JsonValueReader.read(new StringReader(json), DEFAULTS));
            for (UnreadableFhirException e : List.of(fromString, fromReader)) {
                assertThat(e.getProblem()).isEqualTo("invalid UTF-16");
                assertThat(e.getLine()).isEqualTo(1);
                assertThat(e.getColumn()).isEqualTo(4);
            }
        }
        UnreadableFhirException e = unreadable(() -> JsonValueReader.read("[\n\"😀\", \"\uDE00\"]", DEFAULTS));
        assertThat(e.getProblem()).isEqualTo("invalid UTF-16");
        assertThat(e.getLine()).isEqualTo(2);
        assertThat(e.getColumn()).isEqualTo(7);
    }

    // Duplicates.

    @Test
    void aDuplicatePropertyFailsAtItsSecondName() {
        assertFails(
                "{ \"resourceType\": \"Patient\",\n \"birthDate\": \"1990-01-01\",\n \"birthDate\": \"CANARY-7731\" }",
                "duplicate property",
                3,
                2);
        assertFails("{\"a\":1,\"b\":2,\"a\":3}", "duplicate property", 1, 14);
        assertFails("{\"a\":1, \"\\u0061\":2}", "duplicate property", 1, 9);
        assertFails("{\"é\":1,\"\\u00e9\":2}", "duplicate property", 1, 8);
        assertFails("{\"\\ud83d\\ude00\":1,\"😀\":2}", "duplicate property", 1, 19);
        assertFails("{\"a\":{\"a\":1},\"a\":2}", "duplicate property", 1, 14);
        assertFails("{\"resourceType\":1,\"resourceType\":2}", "duplicate property", 1, 19);
        assertFails("{\"averyveryverylongname\":1,\"averyveryverylongname\":2}", "duplicate property", 1, 28);
    }

    @Test
    void aDuplicateInALargeObjectFails() {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 40; i++) {
            json.append("\"p").append(i).append("\":").append(i).append(',');
        }
        String many = json.toString();
        assertFails(many + "\"p17\":0}", "duplicate property", 1, many.length() + 1);
        assertFails(many + "\"p39\":0}", "duplicate property", 1, many.length() + 1);
        assertFails(many + "\"p0\":0}", "duplicate property", 1, many.length() + 1);
    }

    @Test
    void theSameNameInDifferentObjectsIsNoDuplicate() throws UnreadableFhirException {
        JsonValue root = read("{\"a\":{\"a\":1,\"b\":{\"a\":2}},\"b\":[{\"a\":3},{\"a\":4}],\"c\":{\"a\":5}}");

        assertThat(root.propertyNames()).containsExactly("a", "b", "c");
        assertThat(root.get("b").get(1).get("a").intValue()).isEqualTo(4);
    }

    // Limits.

    @Test
    void deepNestingFailsAtTheFirstBracketTooDeep() {
        String brackets = "[".repeat(100_000);
        UnreadableFhirException e = unreadable(() -> read(brackets));
        assertThat(e.getProblem()).isEqualTo("nesting deeper than the read limit");
        assertThat(e.getLine()).isEqualTo(1);
        assertThat(e.getColumn()).isEqualTo(65);

        String objects = "{\"a\":".repeat(100_000);
        e = unreadable(() -> read(objects));
        assertThat(e.getProblem()).isEqualTo("nesting deeper than the read limit");
        assertThat(e.getColumn()).isEqualTo(64 * 5 + 1);
    }

    @Test
    void nestingUpToTheLimitReads() throws UnreadableFhirException {
        JsonValue root = read("[".repeat(64) + "]".repeat(64));
        for (int depth = 1; depth < 64; depth++) {
            root = root.get(0);
        }
        assertThat(root.isArray()).isTrue();
        assertThat(root.isEmpty()).isTrue();

        ReadLimits three = ReadLimits.builder().maxNestingDepth(3).build();
        assertThat(JsonValueReader.read("[{\"a\":[]}]", three).isArray()).isTrue();
        UnreadableFhirException e = failure("[{\"a\":[{}]}]", three);
        assertThat(e.getProblem()).isEqualTo("nesting deeper than the read limit");
        assertThat(e.getColumn()).isEqualTo(8);
    }

    @Test
    void deepNestingWithinAHighLimitReadsWithoutRecursion() throws UnreadableFhirException {
        ReadLimits deep = ReadLimits.builder().maxNestingDepth(200_000).build();

        JsonValue arrays = JsonValueReader.read("[".repeat(100_000) + "]".repeat(100_000), deep);
        JsonValue objects = JsonValueReader.read("{\"a\":[".repeat(50_000) + "1" + "]}".repeat(50_000), deep);

        int depth = 1;
        while (!arrays.isEmpty()) {
            arrays = arrays.get(0);
            depth++;
        }
        assertThat(depth).isEqualTo(100_000);
        for (int i = 0; i < 50_000; i++) {
            objects = objects.get("a").get(0);
        }
        assertThat(objects.intValue()).isEqualTo(1);
    }

    @Test
    void aFiftyMegabyteStringFailsAtItsOpeningQuote() {
        String json = "{ \"resourceType\": \"Patient\", \"text\": { \"div\": \""
                + CANARY.repeat(50 * 1024 * 1024 / CANARY.length())
                + "\" } }";

        for (Read read : new Read[] {
            () -> JsonValueReader.read(json, DEFAULTS),
            () -> JsonValueReader.read(json.getBytes(StandardCharsets.UTF_8), DEFAULTS)
        }) {
            UnreadableFhirException e = unreadable(read);
            assertThat(e.getProblem()).isEqualTo("a string longer than the read limit");
            assertThat(e.getLine()).isEqualTo(1);
            assertThat(e.getColumn()).isEqualTo(47);
        }
    }

    @Test
    void theStringLimitCountsCharacters() throws UnreadableFhirException {
        ReadLimits five = ReadLimits.builder().maxStringLength(5).build();
        assertThat(JsonValueReader.read("[\"abcde\", \"ééééé\", \"a\\nb\\tc\", \"😀😀a\"]", five)
                        .size())
                .isEqualTo(4);
        for (String json : new String[] {"[\"abcdef\"]", "[\"éééééé\"]", "[\"a\\nb\\tcd\"]", "[\"😀😀😀\"]"}) {
            UnreadableFhirException e = failure(json, five);
            assertThat(e.getProblem()).as(json).isEqualTo("a string longer than the read limit");
            assertThat(e.getColumn()).as(json).isEqualTo(2);
        }
        assertThat(failure("{\"abcdefghi\":\"abcdefghijklmnop\"}", five).getColumn())
                .isEqualTo(14);
    }

    @Test
    void aTenThousandDigitNumberFailsAtItsStart() {
        String json = "{ \"resourceType\": \"Patient\", \"multipleBirthInteger\": " + "7731".repeat(2_500) + " }";
        UnreadableFhirException e = unreadable(() -> read(json));

        assertThat(e.getProblem()).isEqualTo("a number longer than the read limit");
        assertThat(e.getLine()).isEqualTo(1);
        assertThat(e.getColumn()).isEqualTo(54);
    }

    @Test
    void theNumberLimitCountsTheWholeText() throws UnreadableFhirException {
        ReadLimits three = ReadLimits.builder().maxNumberLength(3).build();
        assertThat(JsonValueReader.read("[123, -12, 1.5, 1e5]", three).size()).isEqualTo(4);
        for (String json : new String[] {"[1234]", "[-123]", "[1.25]", "[1e10]"}) {
            UnreadableFhirException e = failure(json, three);
            assertThat(e.getProblem()).as(json).isEqualTo("a number longer than the read limit");
            assertThat(e.getColumn()).as(json).isEqualTo(2);
        }
    }

    @Test
    void aLongPropertyNameFailsAtItsOpeningQuote() throws UnreadableFhirException {
        ReadLimits twenty = ReadLimits.builder().maxNameLength(20).build();
        assertThat(JsonValueReader.read("{\"abcdefghijklmnopqrs\":1,\"é\\n\":2}", twenty)
                        .size())
                .isEqualTo(2);
        for (String json : new String[] {
            "{\"abcdefghijklmnopqrstu\":1}",
            "{\"a\":1, \"éééééééééééééééééééé\\n\":1}",
            "{\"" + "x".repeat(10_000) + "\":1}"
        }) {
            UnreadableFhirException e = failure(json, twenty);
            assertThat(e.getProblem()).as(json).isEqualTo("a property name longer than the read limit");
            assertThat(e.getColumn()).as(json).isEqualTo(json.startsWith("{\"a\"") ? 9 : 2);
        }
        ReadLimits three = ReadLimits.builder().maxNameLength(3).build();
        assertThat(failure("{\"abcd\":1}", three).getProblem()).isEqualTo("a property name longer than the read limit");
        assertThat(JsonValueReader.read("{\"abc\":1}", three).has("abc")).isTrue();
    }

    @Test
    void aLongDocumentFailsAtTheFirstByteOrCharacterBeyondTheLimit() throws UnreadableFhirException {
        ReadLimits ten = ReadLimits.builder().maxDocumentLength(10).build();
        String json = "[1,\n23456,7]";
        for (Read read : new Read[] {
            () -> JsonValueReader.read(json.getBytes(StandardCharsets.UTF_8), ten),
            () -> JsonValueReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ten),
            () -> JsonValueReader.read(json, ten),
            () -> JsonValueReader.read(new StringReader(json), ten)
        }) {
            UnreadableFhirException e = unreadable(read);
            assertThat(e.getProblem()).isEqualTo("a document longer than the read limit");
            assertThat(e.getLine()).isEqualTo(2);
            assertThat(e.getColumn()).isEqualTo(7);
        }
        assertThat(JsonValueReader.read("[1,2345,7]", ten).size()).isEqualTo(3);
        // Characters, not bytes, for text: ten characters in sixteen bytes.
        assertThat(JsonValueReader.read("[\"éééééé\"]", ten).size()).isEqualTo(1);
        assertThat(unreadable(() -> JsonValueReader.read("[\"éééééé\"]".getBytes(StandardCharsets.UTF_8), ten))
                        .getProblem())
                .isEqualTo("a document longer than the read limit");
    }

    @Test
    void aStreamIsReadNoFurtherThanOneByteBeyondTheLimit() {
        ReadLimits limits = ReadLimits.builder().maxDocumentLength(1_000).build();
        long[] read = new long[1];
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return ' ';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
                read[0] += length;
                return length;
            }
        };

        UnreadableFhirException e = unreadable(() -> JsonValueReader.read(endless, limits));

        assertThat(e.getProblem()).isEqualTo("a document longer than the read limit");
        assertThat(read[0]).isEqualTo(1_001);

        long[] chars = new long[1];
        Reader endlessChars = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, ' ');
                chars[0] += length;
                return length;
            }

            @Override
            public void close() {}
        };
        assertThat(unreadable(() -> JsonValueReader.read(endlessChars, limits)).getProblem())
                .isEqualTo("a document longer than the read limit");
        assertThat(chars[0]).isEqualTo(1_001);
    }

    @Test
    void theLargestLimitsRead() throws UnreadableFhirException {
        ReadLimits largest = ReadLimits.builder()
                .maxNestingDepth(Integer.MAX_VALUE)
                .maxStringLength(Integer.MAX_VALUE)
                .maxNumberLength(Integer.MAX_VALUE)
                .maxNameLength(Integer.MAX_VALUE)
                .maxDocumentLength(Long.MAX_VALUE)
                .build();
        String json = "{\"a\\n\":[\"b\\tc\", 12.5, {\"abcdefghijklmnopqrstuvwxyz\":true}]}";

        for (Read read : new Read[] {
            () -> JsonValueReader.read(json, largest),
            () -> JsonValueReader.read(json.getBytes(StandardCharsets.UTF_8), largest),
            () -> JsonValueReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), largest),
            () -> JsonValueReader.read(new StringReader(json), largest)
        }) {
            JsonValue root;
            try {
                root = read.read();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            assertThat(root.get("a\n").get(0).stringValue()).isEqualTo("b\tc");
            assertThat(root.get("a\n").get(2).get("abcdefghijklmnopqrstuvwxyz").booleanValue())
                    .isTrue();
        }
    }

    @Test
    void aFailingStreamCannotBeRead() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException(CANARY);
            }
        };
        Reader failingChars = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException(CANARY);
            }

            @Override
            public void close() {}
        };
        for (Read read : new Read[] {
            () -> JsonValueReader.read(failing, DEFAULTS), () -> JsonValueReader.read(failingChars, DEFAULTS)
        }) {
            UnreadableFhirException e = unreadable(read);
            assertThat(e.getProblem()).isEqualTo("the document cannot be read from its stream");
            assertThat(e.getLine()).isEqualTo(-1);
            assertThat(e.getColumn()).isEqualTo(-1);
        }
    }

    // What reads.

    @Test
    void everyEscapeDecodes() throws UnreadableFhirException {
        JsonValue value = read("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\u00e9\\u20AC\\ud83d\\ude00\\u0000x\"");

        assertThat(value.stringValue()).isEqualTo("\"\\/\b\f\n\r\tAé€😀\u0000x");
    }

    @Test
    void anEscapedSurrogatePairReadsAsItsCharacter() throws UnreadableFhirException {
        assertThat(read("[\"\\ud83d\\ude00\\uD834\\uDD1E\"]").get(0).stringValue())
                .isEqualTo("😀𝄞");
        assertThat(read("{\"\\ud83d\\ude00\":1}").propertyNames()).containsExactly("😀");
    }

    @Test
    void anEscapedLoneSurrogateIsInvalidUtf16AtItsEscape() {
        assertFails("[\"\\ud800\"]", "invalid UTF-16", 1, 3);
        assertFails("[\"ab\\uDC00\"]", "invalid UTF-16", 1, 5);
        assertFails("[\"\\ud83dx\"]", "invalid UTF-16", 1, 3);
        assertFails("[\"\\ud83d\\n\"]", "invalid UTF-16", 1, 3);
        assertFails("[\"\\ud83d\\ud83d\"]", "invalid UTF-16", 1, 3);
        assertFails("[\"\\ude00\\ud83d\"]", "invalid UTF-16", 1, 3);
        assertFails("{\"x\\udfff\":2}", "invalid UTF-16", 1, 4);
        assertFails("[\"\\ud83d\\u00zz\"]", "malformed JSON", 1, 9);
    }

    @Test
    void aDocumentEndingWithinAnEscapedPairIsTruncated() {
        assertFails("[\"\\ud83d", "the document ends before it is complete", 1, 9);
        assertFails("[\"\\ud83d\\", "the document ends before it is complete", 1, 10);
        assertFails("[\"\\ud83d\\ude", "the document ends before it is complete", 1, 13);
    }

    @Test
    void textOutsideAsciiDecodes() throws UnreadableFhirException {
        String text = "é ß ĳ € 中文 😀 𝄞 \u07FF\u0800\uFFFF\uD800\uDC00\uDBFF\uDFFF";
        JsonValue root = read("{\"ñame\":\"" + text + "\",\"plain\":\"long ascii text, then é\",\"中\":[\"😀\"]}");

        assertThat(root.get("ñame").stringValue()).isEqualTo(text);
        assertThat(root.get("plain").stringValue()).isEqualTo("long ascii text, then é");
        assertThat(root.get("中").get(0).stringValue()).isEqualTo("😀");
    }

    @Test
    void aByteOrderMarkIsSkipped() throws UnreadableFhirException {
        JsonValue root = read(bytes(0xEF, 0xBB, 0xBF, "{\"a\":1}"));
        assertThat(root.get("a").intValue()).isEqualTo(1);
        assertThat(read("\uFEFF[true]").get(0).booleanValue()).isTrue();

        assertFails(bytes(0xEF, 0xBB, 0xBF, "{\"a\":x}"), "malformed JSON", 1, 6);
    }

    @ParameterizedTest
    @CsvSource({
        "0, INT",
        "-0, INT",
        "7, INT",
        "-2147483648, INT",
        "2147483647, INT",
        "2147483648, LONG",
        "-2147483649, LONG",
        "4294967296, LONG",
        "9999999999, LONG",
        "9223372036854775807, LONG",
        "-9223372036854775808, LONG",
        "9223372036854775808, BIG",
        "-9223372036854775809, BIG",
        "9999999999999999999, BIG",
        "123456789012345678901234567890, BIG",
        "1.5, DECIMAL",
        "-0.0, DECIMAL",
        "1e5, DECIMAL",
        "1E+5, DECIMAL",
        "1.50e-3, DECIMAL",
        "0.1000, DECIMAL",
        "-12.5E2, DECIMAL"
    })
    void numbersKeepTheirKindAndExactValue(String text, String kind) throws UnreadableFhirException {
        JsonValue number = read("[" + text + "]").get(0);

        assertThat(number.isNumber()).isTrue();
        assertThat(number.decimalValue()).isEqualTo(new BigDecimal(text));
        assertThat(number.isInt()).isEqualTo(kind.equals("INT"));
        assertThat(number.isIntegralNumber()).isEqualTo(!kind.equals("DECIMAL"));
        if (kind.equals("INT")) {
            assertThat(number.intValue()).isEqualTo(Integer.parseInt(text));
        }
        if (kind.equals("INT") || kind.equals("LONG")) {
            assertThat(number.longValue()).isEqualTo(Long.parseLong(text));
        }
        assertThat(read(text).decimalValue()).isEqualTo(new BigDecimal(text));
    }

    @Test
    void literalsEmptyContainersAndAnyRootRead() throws UnreadableFhirException {
        JsonValue root = read("{\"t\":true,\"f\":false,\"n\":null,\"o\":{},\"a\":[],\"s\":\"\",\"e\":{ },\"b\":[ ]}");

        assertThat(root.get("t").booleanValue()).isTrue();
        assertThat(root.get("f").booleanValue()).isFalse();
        assertThat(root.get("n").isNull()).isTrue();
        assertThat(root.get("o").isObject()).isTrue();
        assertThat(root.get("o").isEmpty()).isTrue();
        assertThat(root.get("a").isArray()).isTrue();
        assertThat(root.get("a").isEmpty()).isTrue();
        assertThat(root.get("s").stringValue()).isEmpty();
        assertThat(root.get("e").isObject()).isTrue();
        assertThat(root.get("b").isArray()).isTrue();
        assertThat(read(" \"CANARY-7731\" ").stringValue()).isEqualTo(CANARY);
        assertThat(read("\n42\n").intValue()).isEqualTo(42);
        assertThat(read("true").booleanValue()).isTrue();
        assertThat(read("false").booleanValue()).isFalse();
        assertThat(read("null").isNull()).isTrue();
        assertThat(read("[]").isArray()).isTrue();
        assertThat(read("{}").isObject()).isTrue();
    }

    @Test
    void whitespaceMayBeAnywhereBetweenTokens() throws UnreadableFhirException {
        JsonValue root = read(" \t\r\n{ \"a\" :\n[ 1 ,\t2 , { \"b\" : null } , [ ] ] ,\r\n \"c\" : \"d\" } \n");

        assertThat(root.propertyNames()).containsExactly("a", "c");
        assertThat(root.get("a").size()).isEqualTo(4);
        assertThat(root.get("a").get(2).has("b")).isTrue();
        assertThat(root.get("c").stringValue()).isEqualTo("d");
    }

    @Test
    void nestedStructuresKeepTheirOrder() throws UnreadableFhirException {
        JsonValue root = read("{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"Patient\","
                + "\"name\":[{\"family\":\"Doe\",\"given\":[\"A\",\"B\"]}]}},{\"resource\":{\"resourceType\":\"Goal\"}}],"
                + "\"z\":1,\"y\":2,\"x\":3}");

        assertThat(root.propertyNames()).containsExactly("resourceType", "entry", "z", "y", "x");
        JsonValue patient = root.get("entry").get(0).get("resource");
        assertThat(patient.get("name").get(0).get("given").values())
                .extracting(JsonValue::stringValue)
                .containsExactly("A", "B");
        assertThat(root.get("entry")
                        .get(1)
                        .path("resource")
                        .path("resourceType")
                        .stringValue())
                .isEqualTo("Goal");
    }

    @Test
    void namesAreShared() throws UnreadableFhirException {
        JsonValue root = read("[{\"resourceType\":1,\"someUnusualName\":2,\"é\":3,\"averyveryverylongname\":4},"
                + "{\"resourceType\":1,\"someUnusualName\":2,\"\\u00e9\":3,\"averyveryverylongname\":4}]");
        List<String> first = root.get(0).propertyNames();
        List<String> second = root.get(1).propertyNames();

        assertThat(first.get(0)).isSameAs("resourceType");
        for (int i = 0; i < 4; i++) {
            assertThat(second.get(i)).isSameAs(first.get(i));
        }
    }

    @Test
    void anEscapedNameIsTheSameInstanceAsItsPlainForm() throws UnreadableFhirException {
        JsonValue root = read("[{\"\\u0069d\":1,\"unseeded\":2},{\"id\":3,\"un\\u0073eeded\":4}]");

        assertThat(root.get(0).propertyNames().get(0)).isSameAs("id");
        assertThat(root.get(1).propertyNames().get(0)).isSameAs("id");
        assertThat(root.get(1).propertyNames().get(1))
                .isSameAs(root.get(0).propertyNames().get(1));
    }

    @Test
    void objectsOfNamesAlikeButNotTheSameKeepTheirOwnNames() throws UnreadableFhirException {
        JsonValue root = read("[{\"a\":1,\"b\":2,\"c\":3},{\"a\":1,\"x\":2,\"c\":3},{\"a\":1,\"b\":2,\"c\":3},"
                + "{\"a\":1,\"c\":3},{\"a\":1,\"b\":2,\"b2\":2,\"c\":3},{\"c\":3,\"b\":2,\"a\":1}]");

        assertThat(root.get(0).propertyNames()).containsExactly("a", "b", "c");
        assertThat(root.get(1).propertyNames()).containsExactly("a", "x", "c");
        assertThat(root.get(2).propertyNames()).containsExactly("a", "b", "c");
        assertThat(root.get(3).propertyNames()).containsExactly("a", "c");
        assertThat(root.get(4).propertyNames()).containsExactly("a", "b", "b2", "c");
        assertThat(root.get(5).propertyNames()).containsExactly("c", "b", "a");
        assertThat(root.get(1).get("x").intValue()).isEqualTo(2);
        assertThat(root.get(1).get("b")).isNull();
    }

    @Test
    void namesOfEveryLengthRead() throws UnreadableFhirException {
        StringBuilder json = new StringBuilder("{");
        for (int length = 0; length <= 40; length++) {
            json.append(length == 0 ? "" : ",")
                    .append('"')
                    .append("n".repeat(length))
                    .append("\":")
                    .append(length);
        }
        JsonValue root = read(json.append('}').toString());

        for (int length = 0; length <= 40; length++) {
            assertThat(root.get("n".repeat(length)).intValue()).isEqualTo(length);
        }
        // Near the end of the input, where fewer than sixteen bytes follow a name.
        assertThat(read("{\"a\":1}").get("a").intValue()).isEqualTo(1);
        assertThat(read("{\"abcdefghij\":1}").get("abcdefghij").intValue()).isEqualTo(1);
    }

    @Test
    void linesAndColumnsCountCharactersAfterEachLineBreak() {
        assertFails("[\"é😀\",\r\n\"中\",\n\"a\", ?]", "malformed JSON", 3, 6);
        assertFails("[\r\r?]", "malformed JSON", 3, 1);
    }

    // Names made to collide.

    /**
     * Eight-byte printable names, one object each in an array: random ones, or ones whose hash (the name's word
     * times the reader's multiplier) share their top 28 bits, found by multiplying by the multiplier's inverse.
     */
    private static byte[] objectsOfOneName(int count, boolean colliding) {
        long multiplier = 0x9E3779B97F4A7C15L;
        long inverse = multiplier;
        for (int i = 0; i < 6; i++) {
            inverse *= 2 - multiplier * inverse; // Newton's iteration for the inverse modulo 2^64
        }
        SplittableRandom random = new SplittableRandom(7731);
        StringBuilder json = new StringBuilder("[");
        for (int made = 0; made < count; ) {
            long word = colliding ? ((0x5A5A5A5L << 36) | (random.nextLong() >>> 28)) * inverse : random.nextLong();
            byte[] name = new byte[8];
            boolean printable = true;
            for (int i = 0; i < 8; i++) {
                name[i] = (byte) (word >>> (8 * i));
                printable &= name[i] >= 0x23 && name[i] <= 0x7E && name[i] != '\\';
            }
            if (printable) {
                json.append(made++ == 0 ? "{\"" : ",{\"")
                        .append(new String(name, StandardCharsets.ISO_8859_1))
                        .append("\":0}");
            }
        }
        return json.append(']').toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void namesMadeToCollideFailInsteadOfSlowingTheReadDown() {
        UnreadableFhirException e = unreadable(() -> read(objectsOfOneName(2_000, true)));

        assertThat(e.getProblem()).isEqualTo(JsonValueReader.COLLIDING_NAMES);
        assertThat(e.getLine()).isEqualTo(1);
    }

    @Test
    void manyDistinctNamesThatChanceMakesAlikeRead() throws Exception {
        assertThat(read(objectsOfOneName(20_000, false)).size()).isEqualTo(20_000);
        StringBuilder sequential = new StringBuilder("{");
        for (int i = 0; i < 20_000; i++) {
            sequential
                    .append(i == 0 ? "" : ",")
                    .append("\"element")
                    .append(i)
                    .append("\":")
                    .append(i);
        }
        assertThat(read(sequential.append('}').toString()).size()).isEqualTo(20_000);
    }
}
