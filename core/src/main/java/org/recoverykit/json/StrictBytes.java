package org.recoverykit.json;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
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
 * context at the failure is the ill-formed byte's; UTF-16 is decoded whole first; UTF-32 is left to Jackson.
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
     * @throws UnreadableDocumentException if the first bytes cannot be read, or UTF-16 is ill-formed
     */
    static JsonParser open(ObjectReader reader, InputStream in, ReadLimits limits) throws UnreadableDocumentException {
        BufferedInputStream buffered = new BufferedInputStream(in);
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
            return reader.createParser(decode(buffered, utf16, limits));
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
     * Decodes a UTF-16 document, its byte order mark left out, reading no more than the document length limit
     * allows by two bytes a character; what lies beyond is left for the parser's limit to refuse.
     */
    private static String decode(InputStream in, Charset charset, ReadLimits limits)
            throws UnreadableDocumentException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(2 * limits.getMaxDocumentLength() + 4, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new UnreadableDocumentException("", -1, -1, UnreadableInputException.UNREADABLE_STREAM);
        }
        CharsetDecoder decoder = charset.newDecoder(); // reports what is ill-formed rather than replacing it
        ByteBuffer input = ByteBuffer.wrap(bytes, 0, bytes.length - bytes.length % 2);
        CharBuffer text = CharBuffer.allocate(bytes.length / 2);
        CoderResult result = decoder.decode(input, text, true);
        if (result.isError() || bytes.length % 2 != 0) {
            text.flip();
            int line = 1;
            int column = 1;
            for (int i = 0; i < text.limit(); i++) {
                char c = text.get(i);
                if (c == '\n') {
                    line++;
                    column = 1;
                } else if (c != '\uFEFF' || i > 0) {
                    column++;
                }
            }
            throw new UnreadableDocumentException("", line, column, UnreadableInputException.INVALID_UTF16);
        }
        text.flip();
        String decoded = text.toString();
        return decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
    }

    /** What a {@link CheckedUtf8} stream fails with: the place of the first byte that is not UTF-8. */
    static final class InvalidUtf8 extends IOException {
        private static final long serialVersionUID = 1L;

        final int line;
        final int column;

        InvalidUtf8(int line, int column) {
            super(UnreadableInputException.INVALID_UTF8);
            this.line = line;
            this.column = column;
        }
    }

    /**
     * UTF-8 checked to be well-formed as it is read (Unicode's table 3-7). The line and column count from 1, the
     * column in characters; a byte order mark is not counted.
     */
    private static final class CheckedUtf8 extends FilterInputStream {
        /** The continuation bytes the character being read still needs. */
        private int pending;
        /** The range of the next continuation byte, narrower after some lead bytes. */
        private int low = 0x80;

        private int high = 0xBF;
        private int line = 1;
        private int column = 1;
        private boolean first = true;
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
                    failure = new InvalidUtf8(line, column);
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
            return read(new byte[(int) Math.min(n, 8192)]);
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        /** Takes the next byte, telling whether it may stand there. */
        private boolean accept(int c) {
            if (pending > 0) {
                if (c < low || c > high) {
                    return false;
                }
                low = 0x80;
                high = 0xBF;
                if (--pending == 0) {
                    column++;
                }
                return true;
            }
            if (c < 0x80) {
                if (c == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
                first = false;
                return true;
            }
            if (c >= 0xC2 && c <= 0xDF) {
                pending = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                pending = 2;
                low = c == 0xE0 ? 0xA0 : 0x80;
                high = c == 0xED ? 0x9F : 0xBF;
                if (first && c == 0xEF) {
                    column--; // JSON can start with no other character of this lead byte than a byte order mark
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                pending = 3;
                low = c == 0xF0 ? 0x90 : 0x80;
                high = c == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            first = false;
            return true;
        }
    }
}
