package org.recoverykit.json;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectReader;

/**
 * Opens a parser on a JSON document given as bytes, so that bytes that are not Unicode text fail with their place
 * where Jackson would let them through: an overlong UTF-8 form such as {@code C0 80}, a surrogate encoded in UTF-8,
 * a code point beyond U+10FFFF, and a lone surrogate in UTF-16, which Jackson's decoding replaces by U+FFFD.
 *
 * <p>The encoding is told from the first bytes as RFC 4627 and Jackson tell it. UTF-8 is checked as Jackson reads
 * it, by a stream that hands over the bytes before an ill-formed one and fails at the next read, so that Jackson's
 * context at the failure is the ill-formed byte's, and places it as Jackson places its own problems in UTF-8: lines
 * end at CR, LF or CRLF, and columns count bytes. UTF-16 is decoded whole into characters, a lone surrogate among
 * them, which {@link TextDeserializer} then refuses at its string. UTF-32 is left to Jackson.
 */
final class StrictBytes {
    private StrictBytes() {}

    /**
     * Opens a parser on a document.
     *
     * @param reader the reader to open the parser with
     * @param in the document, not closed here
     * @param limits the read limits, whose document length bounds what UTF-16 is decoded
     * @return the parser, not null
     * @throws UnreadableDocumentException if the stream fails before parsing, or UTF-16 has an odd number of bytes
     */
    static JsonParser open(ObjectReader reader, InputStream in, ReadLimits limits) throws UnreadableDocumentException {
        InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in); // to look at 4 bytes ahead
        byte[] start;
        try {
            buffered.mark(4);
            start = buffered.readNBytes(4);
            buffered.reset();
        } catch (IOException e) {
            throw new UnreadableDocumentException("", -1, -1, UnreadableInputException.UNREADABLE_STREAM);
        }
        Charset utf16 = utf16(start);
        if (utf16 != null) {
            return reader.createParser(decode(buffered, utf16 == StandardCharsets.UTF_16BE, limits));
        }
        return reader.createParser(isUtf32(start) ? buffered : new CheckedUtf8(buffered));
    }

    /** Gets the UTF-16 that a document's first bytes tell, or null if they tell another encoding. */
    private static Charset utf16(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return b.length >= 4 && b[2] == 0 && b[3] == 0 ? null : StandardCharsets.UTF_16LE;
        }
        if (isUtf32(b) || b.length < 2) {
            return null;
        }
        return b[0] == 0 ? StandardCharsets.UTF_16BE : b[1] == 0 ? StandardCharsets.UTF_16LE : null;
    }

    private static boolean isUtf32(byte[] b) {
        return b.length == 4
                && (b[0] == 0 && b[1] == 0
                        || b[1] == 0 && b[2] == 0 && b[3] == 0
                        || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0);
    }

    /**
     * Decodes a UTF-16 document unit by unit, its byte order mark left out and a lone surrogate kept, reading no more
     * than the document length limit allows by two bytes a character; what lies beyond is left for the parser's
     * limit to refuse.
     */
    private static String decode(InputStream in, boolean bigEndian, ReadLimits limits)
            throws UnreadableDocumentException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(2 * limits.getMaxDocumentLength() + 2, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new UnreadableDocumentException("", -1, -1, UnreadableInputException.UNREADABLE_STREAM);
        }
        if (bytes.length % 2 != 0) {
            throw new UnreadableDocumentException("", -1, -1, UnreadableInputException.INVALID_UTF16);
        }
        char[] text = new char[bytes.length / 2];
        int high = bigEndian ? 0 : 1;
        for (int i = 0; i < text.length; i++) {
            text[i] = (char) ((bytes[2 * i + high] & 0xFF) << 8 | bytes[2 * i + 1 - high] & 0xFF);
        }
        int start = text.length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        return new String(text, start, text.length - start);
    }

    /** What a {@link CheckedUtf8} stream fails with: the place of the first character that is not UTF-8. */
    static final class InvalidUtf8 extends IOException {
        private static final long serialVersionUID = 1L;

        private final int line;
        private final int column;

        InvalidUtf8(int line, int column) {
            super(UnreadableInputException.INVALID_UTF8);
            this.line = line;
            this.column = column;
        }

        /** Gets the failure of the document, at a JSON Pointer and this line and column. */
        UnreadableDocumentException at(String pointer) {
            return new UnreadableDocumentException(pointer, line, column, getMessage());
        }
    }

    /**
     * UTF-8 checked to be well-formed as it is read (Unicode's table 3-7). The line and column count from 1, as
     * Jackson counts them: a line ends at CR, LF or CRLF, and the column counts bytes, of a byte order mark too.
     */
    private static final class CheckedUtf8 extends FilterInputStream {
        /** The continuation bytes the character being read still needs. */
        private int pending;
        /** The range of the next continuation byte, narrower after some lead bytes. */
        private int low = 0x80;

        private int high = 0xBF;
        private int line = 1;
        private int column = 1;
        /** The column of the lead byte of the character being read. */
        private int sequenceColumn;
        /** Whether the last byte was a carriage return, after which a line feed ends no further line. */
        private boolean carriageReturn;
        /** The failure to give at the next read, once the bytes before it are handed over. */
        private InvalidUtf8 failure;

        CheckedUtf8(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (failure != null) {
                throw failure;
            }
            int n = in.read(b, off, len);
            for (int i = off; i < off + Math.max(n, 0); i++) {
                if (!accept(b[i] & 0xFF)) {
                    failure = new InvalidUtf8(line, pending > 0 ? sequenceColumn : column);
                    if (i == off) {
                        throw failure;
                    }
                    return i - off;
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            return Math.max(0, read(new byte[(int) Math.min(Math.max(n, 0), 8192)]));
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        /** Takes the next byte, telling whether it may stand there. */
        private boolean accept(int c) {
            boolean afterCarriageReturn = carriageReturn;
            carriageReturn = c == '\r';
            if (pending > 0) {
                if (c < low || c > high) {
                    return false;
                }
                low = 0x80;
                high = 0xBF;
                pending--;
                column++;
                return true;
            }
            if (c < 0x80) {
                if (c == '\r' || c == '\n' && !afterCarriageReturn) {
                    line++;
                    column = 1;
                } else if (c != '\n') {
                    column++;
                }
                return true;
            }
            sequenceColumn = column;
            if (c >= 0xC2 && c <= 0xDF) {
                pending = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                pending = 2;
                low = c == 0xE0 ? 0xA0 : 0x80;
                high = c == 0xED ? 0x9F : 0xBF;
            } else if (c >= 0xF0 && c <= 0xF4) {
                pending = 3;
                low = c == 0xF0 ? 0x90 : 0x80;
                high = c == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            column++;
            return true;
        }
    }
}
