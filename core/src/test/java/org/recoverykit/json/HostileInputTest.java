package org.recoverykit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** Hostile documents fail fast, in bounded memory, with the library's exception and no echoed value. */
class HostileInputTest {
    private static final String CANARY = "CANARY-7731";
    private final RecordJson json = RecordJson.defaults();

    /** A stream of {@code count} copies of one byte, made as it is read. */
    private static InputStream repeat(char c, long count) {
        return new InputStream() {
            private long left = count;

            @Override
            public int read() {
                return left-- > 0 ? c : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                Arrays.fill(b, off, off + n, (byte) c);
                left -= n;
                return n;
            }
        };
    }

    private static InputStream concat(InputStream... parts) {
        return new SequenceInputStream(Collections.enumeration(Arrays.asList(parts)));
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private UnreadableDocumentException fails(InputStream in) {
        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class, () -> json.read(in));
        assertThat(e).as("the read must fail with the library's exception").isNotNull();
        assertThat(e.getMessage()).doesNotContain(CANARY);
        assertThat(e.getCause()).isNull();
        return e;
    }

    @Test
    void nesting100000Deep() {
        fails(concat(text("{\"id\":\"" + CANARY + "\",\"person\":"), repeat('[', 100_000)));
        UnreadableDocumentException e = catchThrowableOfType(
                UnreadableDocumentException.class,
                () -> json.readLenient(new java.io.InputStreamReader(
                        concat(text("{\"id\":\"" + CANARY + "\",\"skipped\":"), repeat('[', 100_000)),
                        StandardCharsets.UTF_8)));
        assertThat(e.getProblem()).isEqualTo("nesting deeper than the read limit");
        assertThat(e.getMessage()).doesNotContain(CANARY);
    }

    @Test
    void aStringOf50Megabytes() {
        UnreadableDocumentException e =
                fails(concat(text("{\"id\":\"" + CANARY), repeat('a', 50_000_000), text("\"}")));
        assertThat(e.getProblem()).isEqualTo("a string longer than the read limit");
        assertThat(e.getPointer()).isEqualTo("/id");
    }

    @Test
    void aNumberOf10000Digits() {
        UnreadableDocumentException e = fails(concat(
                text("{\"id\":\"r\",\"person\":{\"id\":\"p\"},\"domainAssessments\":[{\"priority\":"),
                repeat('7', 10_000),
                text("}]}")));
        assertThat(e.getProblem()).isEqualTo("a number longer than the read limit");
    }

    @Test
    void duplicateKeys() {
        UnreadableDocumentException e = fails(text("{\"id\":\"" + CANARY + "\",\"id\":\"" + CANARY + "\"}"));
        assertThat(e.getMessage()).isEqualTo("/id (line 1, column 25): duplicate property");
    }

    @Test
    void invalidUtf8() {
        byte[] bytes = ("{\"id\":\"" + CANARY + "X\"}").getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xC3;
        bytes[bytes.length - 2] = (byte) 0x28;
        UnreadableDocumentException e = fails(new ByteArrayInputStream(bytes));
        assertThat(e.getProblem()).isEqualTo("invalid UTF-8");
    }

    @Test
    void anUnknownPropertyNamedWithPatientDataIsPlacedAtItsObject() throws UnreadableDocumentException {
        String doc = "{\"id\":\"rec-1\",\"person\":{\"id\":\"p\",\"" + CANARY + " Jane\\nrecoverykit: forged\":1}}";

        UnreadableDocumentException e = fails(text(doc));
        LenientRead lenient = json.readLenient(doc);

        assertThat(e.getMessage()).isEqualTo("/person (line 1, column 74): unknown property");
        assertThat(lenient.getSkipped()).singleElement().hasToString("/person (line 1, column 74): unknown property");
        assertThat(json.readLenient("{\"id\":\"r\",\"person\":{\"id\":\"p\",\"Jane\":{\"nickname\":1}}}")
                        .getSkipped())
                .singleElement()
                .hasToString("/person (line 1, column 37): unknown property");
    }

    @Test
    void anUnknownPropertyIsNamedOnlyWhereTheModelHasThatNameElsewhere() throws UnreadableDocumentException {
        String named = "{\"id\":\"r\",\"person\":{\"id\":\"p\",\"maryJones\":1}}";
        String misplaced = "{\"id\":\"r\",\"person\":{\"id\":\"p\",\"statement\":{\"maryJones\":1}}}";

        assertThat(fails(text(named)).getMessage()).isEqualTo("/person (line 1, column 42): unknown property");
        assertThat(json.readLenient(misplaced).getSkipped())
                .singleElement()
                .hasToString("/person/statement (line 1, column 42): unknown property");
    }

    @Test
    void aNumberOrBooleanWhereTextBelongsIsAWrongType() {
        UnreadableDocumentException number =
                fails(text("{\"id\":\"rec-1\",\"person\":{\"id\":\"p\",\"preferredName\":12.50}}"));
        UnreadableDocumentException bool =
                fails(text("{\"id\":\"rec-1\",\"person\":{\"id\":\"p\",\"strengths\":[\"ok\",true]}}"));

        assertThat(number.getMessage())
                .isEqualTo("/person/preferredName (line 1, column 50): wrong JSON type: expected a string");
        assertThat(bool.getMessage())
                .isEqualTo("/person/strengths/1 (line 1, column 52): wrong JSON type: expected a string");
    }

    @Test
    void aNullWhereTheModelRequiresAValueSaysSo() {
        UnreadableDocumentException e =
                fails(text("{\"id\":\"r\",\"person\":{\"id\":\"p\"},\"contacts\":[{\"id\":\"c\","
                        + "\"start\":null,\"attendance\":\"attended\"}]}"));

        assertThat(e.getMessage())
                .isEqualTo("/contacts/0/start (line 1, column 61): no value where the model requires one");
    }

    @Test
    void anUnknownCodeWhereTheModelRequiresAValueFailsALenientReadAsAStrictOne() {
        String doc = "{\"id\":\"r\",\"person\":{\"id\":\"p\"},\"contacts\":[{\"id\":\"c\","
                + "\"start\":\"2026-10-02T10:00:00-07:00\",\"attendance\":\"" + CANARY + "\"}]}";

        UnreadableDocumentException strict = fails(text(doc));
        UnreadableDocumentException lenient =
                catchThrowableOfType(UnreadableDocumentException.class, () -> json.readLenient(doc));

        assertThat(strict.getMessage())
                .isEqualTo("/contacts/0/attendance (line 1, column 102): unknown code for Attendance");
        assertThat(lenient.getMessage()).isEqualTo(strict.getMessage());
    }

    @Test
    void aWholeNumberBeyondTheRangeOfTheModelSaysSo() {
        UnreadableDocumentException e = fails(
                text("{\"id\":\"r\",\"person\":{\"id\":\"p\"},\"domainAssessments\":[{\"priority\":2147483648}]}"));

        assertThat(e.getMessage())
                .isEqualTo(
                        "/domainAssessments/0/priority (line 1, column 74): a number beyond the range the model holds");
    }

    @Test
    void aSurrogateInUtf8IsInvalidUtf8() {
        byte[] start =
                "{\"id\":\"rec-1\",\"person\":{\"id\":\"p\",\"preferredName\":\"x".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(start, start.length + 6);
        bytes[start.length] = (byte) 0xED;
        bytes[start.length + 1] = (byte) 0xA0;
        bytes[start.length + 2] = (byte) 0x80;
        bytes[start.length + 3] = '"';
        bytes[start.length + 4] = '}';
        bytes[start.length + 5] = '}';
        UnreadableDocumentException e = fails(new ByteArrayInputStream(bytes));
        assertThat(e.getMessage()).isEqualTo("/person/preferredName (line 1, column 52): invalid UTF-8");
    }

    @Test
    void anEscapedLoneSurrogateIsNoText() {
        UnreadableDocumentException e =
                fails(text("{\"id\":\"rec-1\",\"person\":{\"id\":\"p\",\"preferredName\":\"" + CANARY + "\\ud800\"}}"));
        assertThat(e.getMessage()).isEqualTo("/person/preferredName (line 1, column 50): invalid UTF-16");
    }

    @Test
    void aLoneSurrogateAmongCharactersIsNoText() {
        UnreadableDocumentException e = catchThrowableOfType(
                UnreadableDocumentException.class,
                () -> json.read("{\"id\":\"rec-1\",\"person\":{\"id\":\"p\",\"strengths\":[\"ok\",\"" + CANARY
                        + "\uDC00\"]}}"));
        assertThat(e.getMessage()).isEqualTo("/person/strengths/1 (line 1, column 52): invalid UTF-16");
        assertThat(e.getCause()).isNull();
    }

    @Test
    void aSurrogatePairIsText() throws UnreadableDocumentException {
        assertThat(json.read(
                                "{\"id\":\"rec-1\",\"person\":{\"id\":\"p\",\"preferredName\":\"Jo \\ud83d\\ude00 \uD834\uDD1E\"}}")
                        .getPerson()
                        .getPreferredName())
                .contains("Jo 😀 𝄞");
    }

    @Test
    void aTruncatedDocument() {
        UnreadableDocumentException e = fails(text("{\"id\":\"rec-1\",\"person\":{\"id\":\"" + CANARY));
        assertThat(e.getProblem()).isEqualTo("the document ends before it is complete");
    }

    @Test
    void anArrayWhereAnObjectBelongs() {
        UnreadableDocumentException e = fails(text("[{\"id\":\"" + CANARY + "\"}]"));
        assertThat(e.getMessage())
                .isEqualTo("document root (line 1, column 1): wrong JSON type: expected an object (RecoveryRecord)");
        UnreadableDocumentException nested = fails(text("{\"id\":\"r\",\"person\":[\"" + CANARY + "\"]}"));
        assertThat(nested.getMessage())
                .isEqualTo("/person (line 1, column 20): wrong JSON type: expected an object (Person)");
    }

    @Test
    void malformedJsonQuotingTheCanary() {
        UnreadableDocumentException e = fails(text("{\"id\":" + CANARY + "}"));
        assertThat(e.getProblem()).isEqualTo("malformed JSON");
    }

    @Test
    void aDocumentOverTheLengthLimit() {
        RecordJson small = RecordJson.withLimits(
                ReadLimits.builder().maxDocumentLength(1_000).build());
        UnreadableDocumentException e = catchThrowableOfType(
                UnreadableDocumentException.class,
                () -> small.read(concat(text("{\"id\":\""), repeat('b', 5_000), text("\"}"))));
        assertThat(e.getProblem()).isIn("a document longer than the read limit", "a string longer than the read limit");
    }
}
