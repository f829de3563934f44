package org.recoverykit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Documents given as bytes: every encoding JSON allows reads, and bytes that are not Unicode text fail in place. */
class StrictBytesTest {
    private static final String CANARY = "CANARY-7731";
    private static final String START = "{\"id\":\"r\",\"person\":{\"id\":\"p\",\n\"preferredName\":\"" + CANARY + " ";
    private final RecordJson json = RecordJson.defaults();

    @TempDir
    Path folder;

    /** A stream that hands over one byte a read, as a slow pipe may. */
    private static final class OneByteAtATime extends ByteArrayInputStream {
        OneByteAtATime(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 1));
        }
    }

    private static byte[] document(Charset charset, byte[] middle) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(START.getBytes(charset));
        out.writeBytes(middle);
        out.writeBytes("\"}}".getBytes(charset));
        return out.toByteArray();
    }

    private UnreadableDocumentException fails(byte[] document) {
        UnreadableDocumentException e = catchThrowableOfType(
                UnreadableDocumentException.class, () -> json.read(new ByteArrayInputStream(document)));
        assertThat(e).as("the read must fail with the library's exception").isNotNull();
        assertThat(e.getMessage()).doesNotContain(CANARY);
        assertThat(e.getCause()).isNull();
        return e;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
    void everyEncodingJsonAllowsReadsWithAndWithoutAByteOrderMark(String name) throws Exception {
        Charset charset = Charset.forName(name);
        String text = "é 中文 😀 \uFEFF";
        byte[] plain = document(charset, text.getBytes(charset));
        ByteArrayOutputStream withMark = new ByteArrayOutputStream();
        withMark.writeBytes("\uFEFF".getBytes(charset));
        withMark.writeBytes(plain);
        byte[] marked = withMark.toByteArray();

        for (byte[] document : new byte[][] {plain, marked}) {
            assertThat(json.read(new ByteArrayInputStream(document)).getPerson().getPreferredName())
                    .contains(CANARY + " " + text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "c080, overlong NUL",
        "c1a1, overlong a",
        "e08080, overlong three bytes",
        "eda080, a surrogate",
        "f0808080, overlong four bytes",
        "f4908080, beyond U+10FFFF",
        "f5808080, no lead byte",
        "80, a stray continuation byte",
        "c328, a lead byte without its continuation",
        "e282, a sequence cut short"
    })
    void bytesThatAreNotUtf8FailAtTheirCharacter(String hex, String what) {
        UnreadableDocumentException e =
                fails(document(StandardCharsets.UTF_8, HexFormat.of().parseHex(hex)));

        assertThat(e.getMessage()).as(what).isEqualTo("/person/preferredName (line 2, column 30): invalid UTF-8");
    }

    /**
     * Jackson reads the first four bytes to tell the encoding while the parser is opened, before any token: bytes that
     * are not UTF-8 there fail as they do further on, at the document root.
     */
    @ParameterizedTest(name = "{0} at byte {1}")
    @CsvSource({
        "ff, 0, 1", "ff, 1, 2", "ff, 2, 3", "ff, 3, 4", "ff, 4, 5",
        "80, 0, 1", "80, 1, 2", "80, 2, 3", "80, 3, 4", "80, 4, 5",
        "c080, 0, 1", "c080, 1, 2", "c080, 2, 3", "c080, 3, 4", "c080, 4, 5",
        "c328, 0, 1", "c328, 1, 2", "c328, 2, 3", "c328, 3, 4", "c328, 4, 5",
        "e282, 2, 3"
    })
    void bytesThatAreNotUtf8AmongTheFirstFourFailAtTheirCharacter(String hex, int offset, int column)
            throws IOException {
        byte[] valid = "{\"id\":\"r\",\"person\":{\"id\":\"p\"}}".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(valid, 0, offset);
        out.writeBytes(HexFormat.of().parseHex(hex));
        out.write(valid, offset, valid.length - offset);
        byte[] document = out.toByteArray();
        Path file = Files.write(folder.resolve("record.json"), document);
        String expected = "document root (line 1, column " + column + "): invalid UTF-8";

        assertThat(fails(document).getMessage()).isEqualTo(expected);
        assertThat(catchThrowableOfType(
                                UnreadableDocumentException.class, () -> json.read(new OneByteAtATime(document)))
                        .getMessage())
                .isEqualTo(expected);
        assertThat(catchThrowableOfType(
                                UnreadableDocumentException.class,
                                () -> json.readLenient(new ByteArrayInputStream(document)))
                        .getMessage())
                .isEqualTo(expected);
        assertThat(catchThrowableOfType(UnreadableDocumentException.class, () -> json.read(file))
                        .getMessage())
                .isEqualTo(expected);
    }

    @Test
    void bytesThatAreNotUtf8AfterAByteOrderMarkFailAtTheirColumn() {
        byte[] document = HexFormat.of().parseHex("efbbbfff7b7d");

        assertThat(fails(document).getMessage()).isEqualTo("document root (line 1, column 4): invalid UTF-8");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-16BE, d800, 0041", "UTF-16LE, 00d8, 4100", "UTF-16BE, dc00, 0041", "UTF-16LE, 00dc, 4100"})
    void aLoneSurrogateInUtf16FailsAtItsString(String name, String unit, String after) {
        Charset charset = Charset.forName(name);
        byte[] lone = HexFormat.of().parseHex(unit + after);

        UnreadableDocumentException e = fails(document(charset, lone));

        assertThat(e.getMessage()).isEqualTo("/person/preferredName (line 2, column 17): invalid UTF-16");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"LF, '\n'", "CR, '\r'", "CRLF, '\r\n'"})
    void invalidUtf8IsPlacedAsJacksonPlacesItsOwnProblemsThere(String name, String lineBreak) {
        String start = "{\"id\":\"r\"," + lineBreak + lineBreak + "\"person\":{\"id\":\"p\",\"preferredName\":\"éé";
        byte[] bad = document(StandardCharsets.UTF_8, HexFormat.of().parseHex("c080"));
        byte[] control = (start + "\u0001\"}}").getBytes(StandardCharsets.UTF_8);
        byte[] overlong = java.util.Arrays.copyOf(start.getBytes(StandardCharsets.UTF_8), control.length + 1);
        System.arraycopy(bad, bad.length - 5, overlong, overlong.length - 5, 5);

        UnreadableDocumentException jackson = fails(control);
        UnreadableDocumentException ours = fails(overlong);

        assertThat(jackson.getMessage()).isEqualTo("/person/preferredName (line 3, column 41): malformed JSON");
        assertThat(ours.getMessage()).isEqualTo("/person/preferredName (line 3, column 41): invalid UTF-8");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8", "UTF-16BE", "UTF-16LE"})
    void aDocumentBeyondTheLengthLimitIsTooLongWhereverTheLimitCutsIt(String name) {
        Charset charset = Charset.forName(name);
        RecordJson limited =
                RecordJson.withLimits(ReadLimits.builder().maxDocumentLength(50).build());
        for (int pad = 0; pad < 4; pad++) {
            byte[] document = document(charset, ("é".repeat(pad) + "😀😀😀😀").getBytes(charset));
            UnreadableDocumentException e = catchThrowableOfType(
                    UnreadableDocumentException.class, () -> limited.read(new ByteArrayInputStream(document)));
            assertThat(e.getProblem())
                    .as("%s cut after %d", name, pad)
                    .isEqualTo("a document longer than the read limit");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-32BE, 00110000", "UTF-32LE, 00001100"})
    void fourBytesBeyondUnicodeInUtf32AreInvalidUtf32(String name, String beyond) {
        UnreadableDocumentException e =
                fails(document(Charset.forName(name), HexFormat.of().parseHex(beyond)));

        assertThat(e.getMessage()).isEqualTo("document root: invalid UTF-32");
    }
}
