package org.recoverykit.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.recoverykit.json.ReadLimits;

/**
 * One type's NDJSON stream, with its next line read ahead: parsed, checked to be a resource of the stream's type,
 * and the Patient it names found.
 */
final class NdjsonLines implements AutoCloseable {
    final String type;
    private final InputStream in;
    private final ReadLimits limits;
    /** The bytes read from the stream and not yet taken, from {@link #position} to {@link #limit}. */
    private final byte[] buffer = new byte[1 << 16];

    private int position;
    private int limit;
    /** Whether bytes of a line without its line break yet have been taken. */
    private boolean pendingLine;
    /** The bytes of the line being read; it grows up to one byte beyond the document length limit. */
    private byte[] bytes = new byte[8192];

    int line;
    JsonValue next;
    /** The UTF-8 bytes of {@link #next}'s line, without its line break. */
    byte[] nextBytes;
    /** The reference of the Patient {@link #next} belongs to, such as {@code Patient/123}: its own for a Patient. */
    String nextPatient;

    NdjsonLines(String type, InputStream in, ReadLimits limits) {
        this.type = type;
        this.in = in;
        this.limits = limits;
    }

    String path() {
        return type + ".ndjson:" + line;
    }

    /** Reads ahead to the next line that is not blank; false at the end. */
    boolean advance() throws IOException, UnreadableFhirException {
        int length;
        do {
            length = readLine();
            line++;
            if (length < 0) {
                next = null;
                nextBytes = null;
                return false;
            }
        } while (isBlank(length));
        nextBytes = Arrays.copyOf(bytes, length);
        try {
            next = JsonValueReader.read(nextBytes, limits);
        } catch (UnreadableFhirException e) {
            throw new UnreadableFhirException(path(), line, e.getColumn(), e.getProblem());
        }
        String actual = RecordReader.resourceType(next, path());
        if (!actual.equals(type)) {
            throw new UnreadableFhirException(
                    path() + ".resourceType", line, -1, "a resource of another type than its stream");
        }
        nextPatient = patientOf(next, type);
        if (nextPatient == null) {
            throw new UnreadableFhirException(path(), line, -1, "a resource that names no Patient");
        }
        return true;
    }

    /**
     * Reads the bytes of the next line into {@link #bytes}, without its line break, and no more than one byte
     * beyond the document length limit and a carriage return, so that the JSON reader reports a line too long.
     *
     * @return the number of bytes read, or -1 at the end of the stream
     */
    private int readLine() throws IOException {
        // One byte beyond the limit, and one for the carriage return of a CRLF line break, which is cut after.
        int cap = (int) Math.min(limits.getMaxDocumentLength() + 2, Integer.MAX_VALUE - 8);
        int length = 0;
        for (; ; ) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    boolean atEnd = !pendingLine;
                    pendingLine = false;
                    return atEnd ? -1 : trimmed(length);
                }
            }
            pendingLine = true;
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int take = Math.min(end - position, cap - length);
            if (length + take > bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(Math.max(2L * bytes.length, length + take), cap));
            }
            System.arraycopy(buffer, position, bytes, length, take);
            length += take;
            if (length == cap) {
                return length;
            }
            position = end;
            if (end < limit) {
                position++;
                pendingLine = false;
                return trimmed(length);
            }
        }
    }

    /** Gets the length of a line without the carriage return of a CRLF line break. */
    private int trimmed(int length) {
        return length > 0 && bytes[length - 1] == '\r' ? length - 1 : length;
    }

    private boolean isBlank(int length) {
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * Gets the reference of the Patient a resource belongs to, such as {@code Patient/123}: a Patient's own, or the
     * first Patient that another names.
     *
     * @return the reference, or null if the resource names no Patient
     */
    static String patientOf(JsonValue resource, String type) {
        if (type.equals("Patient")) {
            JsonValue id = resource.get("id");
            return "Patient/" + (id != null && id.isString() ? id.stringValue() : "");
        }
        for (String reference : RecordReader.patientReferences(resource)) {
            if (reference.startsWith("Patient/")) {
                return reference;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
