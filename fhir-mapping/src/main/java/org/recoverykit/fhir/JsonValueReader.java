package org.recoverykit.fhir;

import static org.recoverykit.json.UnreadableInputException.DOCUMENT_TOO_LONG;
import static org.recoverykit.json.UnreadableInputException.DUPLICATE;
import static org.recoverykit.json.UnreadableInputException.INVALID_UTF16;
import static org.recoverykit.json.UnreadableInputException.INVALID_UTF8;
import static org.recoverykit.json.UnreadableInputException.MALFORMED;
import static org.recoverykit.json.UnreadableInputException.NAME_TOO_LONG;
import static org.recoverykit.json.UnreadableInputException.NUMBER_TOO_LONG;
import static org.recoverykit.json.UnreadableInputException.STRING_TOO_LONG;
import static org.recoverykit.json.UnreadableInputException.TOO_DEEP;
import static org.recoverykit.json.UnreadableInputException.TRUNCATED;
import static org.recoverykit.json.UnreadableInputException.UNREADABLE_STREAM;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.recoverykit.json.ReadLimits;
import org.recoverykit.json.UnicodeText;

/**
 * Reads a JSON document into a tree of {@link JsonValue}s, straight from its UTF-8 bytes.
 *
 * <p>Reading is strict RFC 8259: no comments, no single quotes, no leading zeros, no NaN, no trailing content,
 * no duplicate property in an object, no unescaped control character in a string, and nothing but valid UTF-8.
 * The {@linkplain ReadLimits read limits} hold as in the core library: nesting depth counts objects and arrays,
 * the root being at depth 1; a string's and a property name's length count characters; a number's length counts
 * the characters of its text. Any value may be the root. A string or name is Unicode text: an escaped surrogate,
 * such as <code>"&#92;ud800"</code>, must be the high half of a pair whose low half is the next escape, as in
 * <code>"&#92;ud83d&#92;ude00"</code> for U+1F600, and is otherwise {@code invalid UTF-16}.
 *
 * <p>A failure is an {@link UnreadableFhirException} with the FHIR path {@code ""}, a line and column counting
 * from 1 (the column counts characters, not bytes) and one of a fixed set of problems, such as {@code malformed
 * JSON}; it never holds any part of the input and has no cause. The place is the start of the offending token,
 * the offending character or escape inside a string, the opening quote of a duplicate name, of a string or name
 * that is too long or the start of such a number, the opening bracket that is too deep, the first byte or
 * character beyond the document length limit, or, for a document that ends too early, its end.
 *
 * <p>Property names are shared: each distinct name is one {@code String} per read, the common FHIR element names
 * are the same instances as Java's literals of them, and objects of the same names in the same order share one
 * array of them. The parser keeps an explicit stack, so deep nesting never exhausts the Java stack. This class is
 * thread-safe: each read has its own parser.
 */
final class JsonValueReader {
    /** The problem of a document with no value. */
    private static final String EMPTY = "the document is empty";
    /**
     * The problem of property names whose hashes collide far more than chance allows, as input made to slow the
     * reader down would: each name would cost a probe through all the others.
     */
    static final String COLLIDING_NAMES = "property names whose hashes collide";

    /** Objects with more properties than this look up duplicates in a set rather than linearly. */
    private static final int SMALL_OBJECT = 16;
    /** The number of entries of {@link #shapes}, a power of 2. */
    private static final int SHAPES = 128;
    /** The most bytes that a stream's {@code available()} is taken at its word for. */
    private static final int TRUSTED_AVAILABLE = 8 << 20;
    /** The largest array the JVM allocates. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long SPACES = 0x2020202020202020L;
    /** The multiplier of the names' hash: 2^64 divided by the golden ratio. */
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /**
     * Common FHIR R4 element names, shared by every read, so that a read need not add them to a table of its own.
     * Interned once, those the mappers name are the very instances of their literals, so that most {@code
     * String.equals} calls in {@link JsonValue#get(String)} end at identity.
     */
    private static final Names SEEDED = Names.of("""
            _birthDate _family abatementAge abatementDateTime abatementPeriod abatementString about abstract
            account achievementStatus action active activity actor address addresses adjudication admitSource
            amount appointmentType asNeededBoolean asserter assigner author authorReference authorString authoredOn
            baseDefinition basedOn beneficiary billablePeriod birthDate bodySite boundsDuration boundsPeriod
            boundsRange businessStatus cancelationReason careManager careTeam caseSensitive category city claim
            class clinicalStatus code coding comment communication comparator component concept condition contact
            contained content contentAttachment contentReference contentString contentType context contributor
            copyright count countMax country coverage created currency data dataPeriod date dateTime dayOfWeek
            deceasedBoolean deceasedDateTime definition denominator derivation description detail detailBoolean
            detailCodeableConcept detailInteger detailQuantity detailRange detailRatio detailString details
            diagnosis diagnosisReference diagnosisSequence diagnostics differential dischargeDisposition
            discriminator display district div doNotPerform dosageInstruction doseAndRate doseQuantity dueDate
            dueDuration duration durationMax durationUnit effectiveDateTime element encounter end entry
            episodeOfCare etag event evidence experimental expressedBy expression extension family fhirVersion
            fixedUri flag focal focus for frequency frequencyMax fullUrl gender generalPractitioner given goal high
            hospitalization id identifier ifMatch ifModifiedSince ifNoneExist ifNoneMatch implicitRules
            inResponseTo individual informationSequence input instantiatesCanonical instantiatesUri insurance
            insurer intent issue issued item jurisdiction kind language lastUpdated length lifecycleStatus line
            link location locationCode locationCodeableConcept low managingOrganization maritalStatus max meaning
            measure medicationCodeableConcept medium member meta method min mode modifierExtension
            multipleBirthBoolean multipleBirthInteger name net note numerator occurrenceDateTime occurrencePeriod
            occurrenceTiming offset onBehalfOf onsetAge onsetDateTime onsetPeriod onsetString ordered organization
            outcome outcomeCode outcomeCodeableConcept outcomeReference output owner partOf participant path
            patient patternCoding payload payment payor performedDateTime performedPeriod performer performerType
            period periodMax periodUnit photo policy policyRule postalCode
            preAdmissionIdentifier preferred prefix prescription primarySource priority procedure
            procedureReference procedureSequence productOrService profile progress provider provision publisher
            purpose rank reasonCode reasonReference received recipient recordedDate recorder reference referral
            referralRequest relation relationship repeat replaces request requestedPeriod requester required
            requisition resource resourceType response result role rules scheduledPeriod scheduledString
            scheduledTiming scope score search security securityLabel sender sent sequence serviceCategory
            serviceProvider serviceType servicedPeriod severity short signature sliceName slicing source
            sourceAttachment specialty stage start startDate state status statusDate statusHistory statusReason
            subject suffix supportingInfo system tag target targetProfile team telecom text time timeOfDay
            timestamp timing title topic total type unit url use userSelected vaccineCode value valueAddress
            valueAge valueAnnotation valueAttachment valueBase64Binary valueBoolean valueCanonical valueCode
            valueCodeableConcept valueCoding valueContactPoint valueCount valueDate valueDateTime valueDecimal
            valueDistance valueDuration valueExpression valueHumanName valueId valueIdentifier valueInstant
            valueInteger valueMarkdown valueMoney valueOid valuePeriod valuePositiveInt valueQuantity valueRange
            valueRatio valueReference valueSampledData valueSignature valueString valueTime valueTiming
            valueUnsignedInt valueUri valueUrl valueUuid verificationStatus version versionId when
            """);

    private final byte[] in;
    /** The offset after any byte order mark. */
    private final int begin;

    private final int maxDepth;
    private final int maxStringLength;
    private final int maxNumberLength;
    private final int maxNameLength;

    /** The members of the open containers, innermost last. */
    private JsonValue[] values = new JsonValue[64];
    /** The names of the members of the open objects, at the same indexes as their values. */
    private String[] names = new String[64];
    /** For each open container, the index in {@link #values} of its first member. */
    private int[] frameStarts = new int[16];
    /** For each open container, whether it is an object. */
    private boolean[] frameObjects = new boolean[16];
    /** For each open object with many properties, its names so far; null until it has that many. */
    private Object[] frameNameSets = new Object[16];
    /** The names of objects read so far, by a hash of their first and last names and their number. */
    private final String[][] shapes = new String[SHAPES][];
    /** The names of this read that {@link #SEEDED} does not have; null until there is one. */
    private Names local;
    /** The characters of a string that has an escape or a character outside ASCII; null until there is one. */
    private char[] chars;
    /** The words of the name being read: its bytes eight to a word, little-endian, the last padded with zeros. */
    private long[] key = new long[16];
    /** The offset after the token that the last call of a scanning method read. */
    private int pos;

    private JsonValueReader(byte[] in, ReadLimits limits) {
        this.in = in;
        this.begin = in.length >= 3 && in[0] == (byte) 0xEF && in[1] == (byte) 0xBB && in[2] == (byte) 0xBF ? 3 : 0;
        this.maxDepth = limits.getMaxNestingDepth();
        this.maxStringLength = limits.getMaxStringLength();
        this.maxNumberLength = limits.getMaxNumberLength();
        this.maxNameLength = limits.getMaxNameLength();
    }

    /**
     * Reads a JSON document from its UTF-8 bytes, skipping a leading byte order mark.
     *
     * @param utf8 the document, not null, not changed
     * @param limits the limits to hold the document to, not null
     * @return the root value, not null
     * @throws UnreadableFhirException if the document is not well-formed JSON in UTF-8 or breaks a limit
     */
    static JsonValue read(byte[] utf8, ReadLimits limits) throws UnreadableFhirException {
        Objects.requireNonNull(utf8, "utf8");
        JsonValueReader reader = new JsonValueReader(utf8, limits);
        long max = limits.getMaxDocumentLength();
        if (utf8.length > max) {
            throw reader.fail(DOCUMENT_TOO_LONG, (int) max);
        }
        return reader.parse();
    }

    /**
     * Reads a JSON document in UTF-8 from a stream, reading no more than one byte beyond the document length
     * limit; the stream is not closed.
     *
     * @param in the stream, not null
     * @param limits the limits to hold the document to, not null
     * @return the root value, not null
     * @throws UnreadableFhirException if the stream fails, or the document is not well-formed JSON in UTF-8 or
     *     breaks a limit
     */
    static JsonValue read(InputStream in, ReadLimits limits) throws UnreadableFhirException {
        Objects.requireNonNull(in, "in");
        int cap = (int) Math.min(limits.getMaxDocumentLength(), MAX_ARRAY - 1) + 1;
        byte[] bytes;
        try {
            // A stream that knows its length, as a file's or an array's does, is read into one array of that size;
            // up to a bound, since available() is only an estimate.
            byte[] known = new byte[Math.min(Math.max(in.available(), 0), Math.min(cap, TRUSTED_AVAILABLE))];
            int n = in.readNBytes(known, 0, known.length);
            int next = n < cap ? in.read() : -1;
            if (next < 0) {
                bytes = n == known.length ? known : Arrays.copyOf(known, n);
            } else {
                byte[] rest = in.readNBytes(cap - n - 1);
                bytes = Arrays.copyOf(known, n + 1 + rest.length);
                bytes[n] = (byte) next;
                System.arraycopy(rest, 0, bytes, n + 1, rest.length);
            }
        } catch (IOException e) {
            throw new UnreadableFhirException("", -1, -1, UNREADABLE_STREAM);
        }
        return read(bytes, limits);
    }

    /**
     * Reads a JSON document from a stream of characters, reading no more than one character beyond the document
     * length limit, which counts characters here; the stream is not closed.
     *
     * @param in the stream, not null
     * @param limits the limits to hold the document to, not null
     * @return the root value, not null
     * @throws UnreadableFhirException if the stream fails, the characters hold a lone surrogate, or the document
     *     is not well-formed JSON or breaks a limit
     */
    static JsonValue read(Reader in, ReadLimits limits) throws UnreadableFhirException {
        Objects.requireNonNull(in, "in");
        int cap = (int) Math.min(limits.getMaxDocumentLength(), MAX_ARRAY - 1) + 1;
        char[] buffer = new char[Math.min(cap, 8192)];
        int length = 0;
        try {
            for (; ; ) {
                if (length == buffer.length) {
                    if (length == cap) {
                        break;
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min(2L * length, cap));
                }
                int read = in.read(buffer, length, buffer.length - length);
                if (read < 0) {
                    break;
                }
                length += read;
            }
        } catch (IOException e) {
            throw new UnreadableFhirException("", -1, -1, UNREADABLE_STREAM);
        }
        return read(new String(buffer, 0, length), limits);
    }

    /**
     * Reads a JSON document from a string, whose length the document length limit counts in characters.
     *
     * @param json the document, not null
     * @param limits the limits to hold the document to, not null
     * @return the root value, not null
     * @throws UnreadableFhirException if the string holds a lone surrogate, or the document is not well-formed
     *     JSON or breaks a limit
     */
    static JsonValue read(String json, ReadLimits limits) throws UnreadableFhirException {
        Objects.requireNonNull(json, "json");
        long max = limits.getMaxDocumentLength();
        if (json.length() > max) {
            throw failInChars(json, (int) max, DOCUMENT_TOO_LONG);
        }
        int lone = UnicodeText.indexOfLoneSurrogate(json);
        if (lone >= 0) {
            throw failInChars(json, lone, INVALID_UTF16);
        }
        return new JsonValueReader(json.getBytes(StandardCharsets.UTF_8), limits).parse();
    }

    /** Parses the whole input: one value and nothing after it but whitespace. */
    private JsonValue parse() throws UnreadableFhirException {
        final byte[] b = in;
        final int n = b.length;
        int p = skipWhitespace(b, begin);
        if (p >= n) {
            throw fail(EMPTY, p);
        }
        int depth = 0;
        int top = 0;
        // The innermost open container: the index in values of its first member, and whether it is an object.
        // A container's members start one after the slot of its own value in its parent, which, in an object,
        // already holds its name in names.
        int start = 0;
        boolean object = false;
        JsonValue value;
        for (; ; ) {
            // A value starts at p, or whitespace before it.
            if (p >= n) {
                throw fail(TRUNCATED, n);
            }
            switch (b[p]) {
                case '"':
                    value = JsonValue.string(string(p));
                    p = pos;
                    break;
                case '{': {
                    if (depth >= maxDepth) {
                        throw fail(TOO_DEEP, p);
                    }
                    int q = p + 1;
                    if (q < n && b[q] != '"') {
                        q = skipWhitespace(b, q);
                        if (q < n && b[q] == '}') {
                            value = JsonValue.object(JsonValue.NO_NAMES, JsonValue.NO_VALUES);
                            p = q + 1;
                            break;
                        }
                    }
                    start = top + 1;
                    top = start;
                    push(depth++, start, true);
                    object = true;
                    if (top >= values.length) {
                        grow(top);
                    }
                    names[top] = name(q);
                    p = pos;
                    continue;
                }
                case '[': {
                    if (depth >= maxDepth) {
                        throw fail(TOO_DEEP, p);
                    }
                    int q = skipWhitespace(b, p + 1);
                    if (q < n && b[q] == ']') {
                        value = JsonValue.array(JsonValue.NO_VALUES);
                        p = q + 1;
                        break;
                    }
                    start = top + 1;
                    top = start;
                    push(depth++, start, false);
                    object = false;
                    p = q;
                    continue;
                }
                case 't':
                    if (p + 4 <= n && b[p + 1] == 'r' && b[p + 2] == 'u' && b[p + 3] == 'e') {
                        value = JsonValue.TRUE;
                        p += 4;
                        break;
                    }
                    throw badLiteral(p, "true");
                case 'f':
                    if (p + 5 <= n && b[p + 1] == 'a' && b[p + 2] == 'l' && b[p + 3] == 's' && b[p + 4] == 'e') {
                        value = JsonValue.FALSE;
                        p += 5;
                        break;
                    }
                    throw badLiteral(p, "false");
                case 'n':
                    if (p + 4 <= n && b[p + 1] == 'u' && b[p + 2] == 'l' && b[p + 3] == 'l') {
                        value = JsonValue.NULL;
                        p += 4;
                        break;
                    }
                    throw badLiteral(p, "null");
                case '-':
                case '0':
                case '1':
                case '2':
                case '3':
                case '4':
                case '5':
                case '6':
                case '7':
                case '8':
                case '9':
                    value = number(p);
                    p = pos;
                    break;
                case ' ':
                case '\n':
                case '\r':
                case '\t':
                    p = skipWhitespace(b, p);
                    continue;
                default:
                    throw unexpected(p);
            }
            // The value is complete: add it to its container, and close each container that ends after it.
            for (; ; ) {
                if (depth == 0) {
                    p = skipWhitespace(b, p);
                    if (p < n) {
                        throw unexpected(p);
                    }
                    return value;
                }
                if (top >= values.length) {
                    grow(top);
                }
                values[top++] = value;
                if (p >= n) {
                    throw fail(TRUNCATED, n);
                }
                byte c = b[p];
                if (c <= ' ') {
                    p = skipWhitespace(b, p);
                    if (p >= n) {
                        throw fail(TRUNCATED, n);
                    }
                    c = b[p];
                }
                if (c == ',') {
                    if (object) {
                        int q = p + 1;
                        if (top >= values.length) {
                            grow(top);
                        }
                        String name = name(q);
                        if (top - start < SMALL_OBJECT) {
                            for (int i = start; i < top; i++) {
                                if (names[i] == name) {
                                    throw fail(DUPLICATE, skipWhitespace(b, q));
                                }
                            }
                        } else if (!nameSet(depth - 1, start, top).add(name)) {
                            throw fail(DUPLICATE, skipWhitespace(b, q));
                        }
                        names[top] = name;
                        p = pos;
                    } else {
                        p++;
                    }
                    break;
                }
                if (object) {
                    if (c != '}') {
                        throw unexpected(p);
                    }
                    int size = top - start;
                    JsonValue[] objectValues = new JsonValue[size];
                    System.arraycopy(values, start, objectValues, 0, size);
                    value = JsonValue.object(shape(start, size), objectValues);
                    if (size > SMALL_OBJECT) {
                        frameNameSets[depth - 1] = null;
                    }
                } else {
                    if (c != ']') {
                        throw unexpected(p);
                    }
                    JsonValue[] items = new JsonValue[top - start];
                    System.arraycopy(values, start, items, 0, items.length);
                    value = JsonValue.array(items);
                }
                top = start - 1;
                depth--;
                if (depth > 0) {
                    start = frameStarts[depth - 1];
                    object = frameObjects[depth - 1];
                }
                p++;
            }
        }
    }

    private static int skipWhitespace(byte[] b, int p) {
        int n = b.length;
        while (p < n) {
            byte c = b[p];
            if (c == ' ') {
                p += p + 8 <= n && (long) LONGS.get(b, p) == SPACES ? 8 : 1;
            } else if (c == '\n' || c == '\r' || c == '\t') {
                p++;
            } else {
                break;
            }
        }
        return p;
    }

    /**
     * Gets the names of an object that closes, shared with earlier objects of the same names in the same order:
     * FHIR repeats a few dozen shapes of object, hundreds of times.
     *
     * @param start the index in {@link #names} of the object's first name
     * @param size the number of its names, at least 1
     * @return the names, an array that no one changes, not null
     */
    private String[] shape(int start, int size) {
        String[] n = names;
        int slot = (31 * n[start].hashCode() + n[start + size - 1].hashCode() + size) & (SHAPES - 1);
        String[] shape = shapes[slot];
        if (shape != null && shape.length == size) {
            int i = 0;
            while (i < size && shape[i] == n[start + i]) {
                i++;
            }
            if (i == size) {
                return shape;
            }
        }
        shape = new String[size];
        System.arraycopy(n, start, shape, 0, size);
        shapes[slot] = shape;
        return shape;
    }

    /** Opens a container at a depth, its members starting at an index of {@link #values}. */
    private void push(int frame, int start, boolean object) {
        if (frame == frameStarts.length) {
            int length = 2 * frame;
            frameStarts = Arrays.copyOf(frameStarts, length);
            frameObjects = Arrays.copyOf(frameObjects, length);
            frameNameSets = Arrays.copyOf(frameNameSets, length);
        }
        frameStarts[frame] = start;
        frameObjects[frame] = object;
    }

    /** Grows {@link #values} and {@link #names} to hold an index. */
    private void grow(int index) {
        int length = values.length;
        while (length <= index) {
            length *= 2;
        }
        values = Arrays.copyOf(values, length);
        names = Arrays.copyOf(names, length);
    }

    /** Gets the set of the names of a large open object, making it from its names so far on first use. */
    @SuppressWarnings("unchecked")
    private Set<String> nameSet(int frame, int start, int top) {
        Set<String> set = (Set<String>) frameNameSets[frame];
        if (set == null) {
            set = new HashSet<>(4 * (top - start));
            set.addAll(Arrays.asList(names).subList(start, top));
            frameNameSets[frame] = set;
        }
        return set;
    }

    /**
     * Reads a property name and the colon after it.
     *
     * @param p the offset of the name's opening quote, or of whitespace before it
     * @return the shared instance of the name; {@link #pos} is set to the offset after the colon
     */
    private String name(int p) throws UnreadableFhirException {
        final byte[] b = in;
        final int n = b.length;
        if (p < n && b[p] != '"') {
            p = skipWhitespace(b, p);
        }
        int q = p + 1;
        if (q + 16 <= n && b[p] == '"') {
            // The common case: a name of at most fifteen bytes, all plain, that two words hold.
            long first = (long) LONGS.get(b, q);
            long stops = stops(first);
            long second = 0;
            int length;
            long hash;
            if (stops != 0) {
                length = Long.numberOfTrailingZeros(stops) >>> 3;
                first &= (1L << (length << 3)) - 1;
                hash = first * GOLDEN;
            } else {
                second = (long) LONGS.get(b, q + 8);
                stops = stops(second);
                if (stops == 0) {
                    return longName(p);
                }
                int more = Long.numberOfTrailingZeros(stops) >>> 3;
                length = 8 + more;
                second &= (1L << (more << 3)) - 1;
                hash = more == 0 ? first * GOLDEN : ((first * GOLDEN) ^ second) * GOLDEN;
            }
            q += length;
            if (b[q] == '"' && length <= maxNameLength) {
                String name = SEEDED.find(hash, length, first, second);
                if (name == null) {
                    name = local(b, p + 1, length, hash, first, second);
                }
                q++;
                if (q < n && b[q] == ':') {
                    pos = q + 1;
                    return name;
                }
                return colon(name, q);
            }
        }
        return longName(p);
    }
    /** Reads the colon after a name, and whitespace around it; {@link #pos} is set to the offset after it. */
    private String colon(String name, int q) throws UnreadableFhirException {
        final byte[] b = in;
        q = skipWhitespace(b, q);
        if (q >= b.length) {
            throw fail(TRUNCATED, b.length);
        }
        if (b[q] != ':') {
            throw unexpected(q);
        }
        pos = q + 1;
        return name;
    }

    /**
     * Reads a property name of any length, with any escapes and characters, and the colon after it.
     *
     * @param p the offset of the name's opening quote, or of whitespace before it
     * @return the shared instance of the name; {@link #pos} is set to the offset after the colon
     */
    private String longName(int p) throws UnreadableFhirException {
        final byte[] b = in;
        final int n = b.length;
        p = skipWhitespace(b, p);
        if (p >= n) {
            throw fail(TRUNCATED, n);
        }
        if (b[p] != '"') {
            throw unexpected(p);
        }
        long[] words = key;
        int count = 0;
        long hash = 0;
        int q = p + 1;
        for (; ; ) {
            long word;
            int plain;
            if (q + 8 <= n) {
                word = (long) LONGS.get(b, q);
                long stops = stops(word);
                plain = stops == 0 ? 8 : Long.numberOfTrailingZeros(stops) >>> 3;
            } else {
                word = 0;
                plain = 0;
                while (q + plain < n) {
                    byte c = b[q + plain];
                    if (c == '"' || c == '\\' || c < 0x20) {
                        break;
                    }
                    word |= (c & 0xFFL) << (plain << 3);
                    plain++;
                }
                if (q + plain >= n) {
                    throw fail(TRUNCATED, n);
                }
            }
            if (plain == 8) {
                if (count == words.length) {
                    if (8L * count > maxNameLength) {
                        throw fail(NAME_TOO_LONG, p);
                    }
                    words = key = Arrays.copyOf(words, 2 * count);
                }
                words[count++] = word;
                hash = (hash ^ word) * GOLDEN;
                q += 8;
                continue;
            }
            q += plain;
            if (b[q] != '"') {
                String name = shared(decode(p, maxNameLength, NAME_TOO_LONG), p);
                return colon(name, pos);
            }
            int length = q - p - 1;
            if (length > maxNameLength) {
                throw fail(NAME_TOO_LONG, p);
            }
            if (plain > 0) {
                if (count == words.length) {
                    words = key = Arrays.copyOf(words, 2 * count);
                }
                word &= (1L << (plain << 3)) - 1;
                words[count++] = word;
                hash = (hash ^ word) * GOLDEN;
            }
            return colon(shared(b, p + 1, length, hash, words, count), q + 1);
        }
    }

    /**
     * Flags the bytes of a word that end a run of plain string characters: a quote, a backslash, a control
     * character or a byte of 0x80 or more. The lowest flag is exact; those above it may be false.
     *
     * @param word eight bytes, the first in the lowest bits
     * @return the word with the high bit of each flagged byte set, 0 if there is none
     */
    private static long stops(long word) {
        long quotes = word ^ 0x2222222222222222L;
        long backslashes = word ^ 0x5C5C5C5C5C5C5C5CL;
        return ((quotes - ONES) & ~quotes
                        | (backslashes - ONES) & ~backslashes
                        | (word - 0x2020202020202020L) & ~word
                        | word)
                & HIGH_BITS;
    }

    /**
     * Gets the shared instance of a name in ASCII without escapes.
     *
     * @param b the input
     * @param offset the offset of the name's first byte
     * @param length the name's length in bytes
     * @param hash the hash of the name's words
     * @param words the name's bytes as words, eight bytes each, little-endian, the last padded with zeros
     * @param count the number of words
     * @return the shared instance, not null
     */
    private String shared(byte[] b, int offset, int length, long hash, long[] words, int count)
            throws UnreadableFhirException {
        String name = find(hash, length, words, count, offset - 1);
        if (name == null) {
            name = new String(b, offset, length, StandardCharsets.ISO_8859_1);
            localNames().add(hash, length, words, count, name);
        }
        return name;
    }

    /**
     * Finds a name in the seeded table or in this read's.
     *
     * @param at the offset of the name's opening quote
     * @return the shared instance, or null if neither table has it
     */
    private String find(long hash, int length, long[] words, int count, int at) throws UnreadableFhirException {
        String name = SEEDED.find(hash, length, words, count);
        return name != null ? name : checked(localNames().find(hash, length, words, count), at);
    }

    /** Gets the table of this read's names that {@link #SEEDED} does not have, making it on first use. */
    private Names localNames() {
        if (local == null) {
            local = Names.local();
        }
        return local;
    }

    /** Gets the shared instance of a name of at most sixteen bytes in ASCII, which {@link #SEEDED} does not have. */
    private String local(byte[] b, int offset, int length, long hash, long first, long second)
            throws UnreadableFhirException {
        Names table = localNames();
        String name = checked(table.find(hash, length, first, second), offset - 1);
        if (name == null) {
            name = new String(b, offset, length, StandardCharsets.ISO_8859_1);
            table.add(hash, length, new long[] {first, second}, (length + 7) >>> 3, name);
        }
        return name;
    }

    /**
     * Fails on what a lookup in the table of this read's names gives when it probes too far.
     *
     * @param found what the lookup gave: a name, null, or {@link Names#COLLIDING}
     * @param at the offset of the name's opening quote
     * @return the name or null, as found
     */
    private String checked(String found, int at) throws UnreadableFhirException {
        if (found == Names.COLLIDING) {
            throw fail(COLLIDING_NAMES, at);
        }
        return found;
    }

    /**
     * Gets the shared instance of a decoded name, which had an escape or a character outside ASCII.
     *
     * @param decoded the name
     * @param at the offset of its opening quote
     * @return the shared instance, not null
     */
    private String shared(String decoded, int at) throws UnreadableFhirException {
        byte[] utf8 = decoded.getBytes(StandardCharsets.UTF_8);
        long[] words = new long[(utf8.length + 7) >>> 3];
        long hash = words(utf8, words);
        String name = find(hash, utf8.length, words, words.length, at);
        if (name == null) {
            name = decoded;
            localNames().add(hash, utf8.length, words, words.length, name);
        }
        return name;
    }

    /**
     * Packs bytes into words as {@link #name(int)} does, and hashes them, as if there were at least two.
     *
     * @param utf8 the bytes of a name
     * @param words the array to fill, of exactly as many words as the bytes need
     * @return the hash of the words
     */
    private static long words(byte[] utf8, long[] words) {
        long hash = 0;
        for (int i = 0; i < words.length; i++) {
            long word = 0;
            for (int j = 0; j < 8 && 8 * i + j < utf8.length; j++) {
                word |= (utf8[8 * i + j] & 0xFFL) << (j << 3);
            }
            words[i] = word;
            hash = (hash ^ word) * GOLDEN;
        }
        return hash;
    }

    /**
     * Reads a string value.
     *
     * @param p the offset of the opening quote
     * @return the decoded string; {@link #pos} is set to the offset after the closing quote
     */
    private String string(int p) throws UnreadableFhirException {
        final byte[] b = in;
        final int n = b.length;
        int q = p + 1;
        for (; ; ) {
            if (q + 8 <= n) {
                long stops = stops((long) LONGS.get(b, q));
                if (stops == 0) {
                    q += 8;
                    continue;
                }
                q += Long.numberOfTrailingZeros(stops) >>> 3;
            } else {
                if (q >= n) {
                    throw fail(TRUNCATED, n);
                }
                byte c = b[q];
                if (c != '"' && c != '\\' && c >= 0x20) {
                    q++;
                    continue;
                }
            }
            if (b[q] != '"') {
                return decode(p, maxStringLength, STRING_TOO_LONG);
            }
            break;
        }
        int length = q - p - 1;
        if (length > maxStringLength) {
            throw fail(STRING_TOO_LONG, p);
        }
        pos = q + 1;
        return new String(b, p + 1, length, StandardCharsets.ISO_8859_1);
    }

    /**
     * Decodes a string or a name that has an escape or a character outside ASCII, checking its UTF-8.
     *
     * @param p the offset of the opening quote
     * @param limit the most characters it may have
     * @param tooLong the problem if it has more
     * @return the decoded string; {@link #pos} is set to the offset after the closing quote
     */
    private String decode(int p, int limit, String tooLong) throws UnreadableFhirException {
        final byte[] b = in;
        final int n = b.length;
        char[] out = chars;
        if (out == null) {
            out = chars = new char[(int) Math.min(256, limit + 2L)];
        }
        int length = 0;
        int q = p + 1;
        for (; ; ) {
            if (q >= n) {
                throw fail(TRUNCATED, n);
            }
            if (length + 2 > out.length) {
                out = chars = Arrays.copyOf(out, (int) Math.min(Math.min(2L * out.length, limit + 2L), MAX_ARRAY));
            }
            int c = b[q];
            if (c == '"') {
                break;
            }
            if (c >= 0x20 && c != '\\') {
                out[length++] = (char) c;
                q++;
            } else if (c == '\\') {
                if (q + 1 >= n) {
                    throw fail(TRUNCATED, n);
                }
                if (b[q + 1] == 'u') {
                    char unit = escapedUnit(q);
                    if (Character.isSurrogate(unit)) {
                        // Only a pair of escapes, high then low, is a character; either half alone is no text.
                        if (Character.isHighSurrogate(unit) && (q + 6 >= n || b[q + 6] == '\\' && q + 7 >= n)) {
                            throw fail(TRUNCATED, n);
                        }
                        char low = Character.isHighSurrogate(unit) && b[q + 6] == '\\' && b[q + 7] == 'u'
                                ? escapedUnit(q + 6)
                                : 0;
                        if (!Character.isLowSurrogate(low)) {
                            throw fail(INVALID_UTF16, q);
                        }
                        out[length++] = unit;
                        unit = low;
                        q += 6;
                    }
                    out[length++] = unit;
                    q += 4;
                } else {
                    char escaped = unescape(b[q + 1]);
                    if (escaped == 0) {
                        throw fail(MALFORMED, q);
                    }
                    out[length++] = escaped;
                }
                q += 2;
            } else if (c >= 0) {
                throw fail(MALFORMED, q);
            } else {
                int k = utf8Length(q);
                if (k < 0) {
                    throw fail(INVALID_UTF8, q);
                }
                if (k == 0) {
                    throw fail(TRUNCATED, n);
                }
                int lead = c & 0xFF;
                if (k == 2) {
                    out[length++] = (char) (((lead & 0x1F) << 6) | (b[q + 1] & 0x3F));
                } else if (k == 3) {
                    out[length++] = (char) (((lead & 0x0F) << 12) | ((b[q + 1] & 0x3F) << 6) | (b[q + 2] & 0x3F));
                } else {
                    int codePoint = ((lead & 0x07) << 18)
                            | ((b[q + 1] & 0x3F) << 12)
                            | ((b[q + 2] & 0x3F) << 6)
                            | (b[q + 3] & 0x3F);
                    out[length++] = Character.highSurrogate(codePoint);
                    out[length++] = Character.lowSurrogate(codePoint);
                }
                q += k;
            }
            if (length > limit) {
                throw fail(tooLong, p);
            }
        }
        pos = q + 1;
        return new String(out, 0, length);
    }

    /**
     * Reads the UTF-16 unit of a <code>&#92;u</code> escape.
     *
     * @param q the offset of its backslash, followed by the {@code u}
     * @return the unit its four hexadecimal digits give
     */
    private char escapedUnit(int q) throws UnreadableFhirException {
        final byte[] b = in;
        int unit = 0;
        for (int i = q + 2; i < q + 6; i++) {
            if (i >= b.length) {
                throw fail(TRUNCATED, b.length);
            }
            int digit = Character.digit(b[i], 16);
            if (digit < 0) {
                throw fail(MALFORMED, q);
            }
            unit = (unit << 4) | digit;
        }
        return (char) unit;
    }

    /** Gets the character of a one-letter escape, such as {@code n} for {@code \n}; 0 for any other letter. */
    private static char unescape(byte letter) {
        return switch (letter) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '/' -> '/';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            default -> 0;
        };
    }

    /**
     * Checks the UTF-8 sequence that starts with a byte of 0x80 or more.
     *
     * @param q the offset of its first byte
     * @return its length in bytes, 0 if the input ends within a sequence that is valid so far, or -1 if it is
     *     not valid UTF-8: a stray continuation byte, an overlong form, a surrogate or beyond U+10FFFF
     */
    private int utf8Length(int q) {
        final byte[] b = in;
        int lead = b[q] & 0xFF;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) {
                low = 0xA0;
            } else if (lead == 0xED) {
                high = 0x9F;
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) {
                low = 0x90;
            } else if (lead == 0xF4) {
                high = 0x8F;
            }
        } else {
            return -1;
        }
        for (int i = 1; i < length; i++) {
            if (q + i >= b.length) {
                return 0;
            }
            int next = b[q + i] & 0xFF;
            if (next < low || next > high) {
                return -1;
            }
            low = 0x80;
            high = 0xBF;
        }
        return length;
    }

    /**
     * Skips a run of digits, of which there must be one at least.
     *
     * @param q the offset of the run's first digit, within the input
     * @param p the offset of the number, where a missing digit is reported
     * @return the offset after the run
     */
    private int digitRun(int q, int p) throws UnreadableFhirException {
        final byte[] b = in;
        if (!isDigit(b[q])) {
            throw fail(MALFORMED, p);
        }
        do {
            q++;
        } while (q < b.length && isDigit(b[q]));
        return q;
    }

    /**
     * Reads a number.
     *
     * @param p the offset of its first character
     * @return the number; {@link #pos} is set to the offset after it
     */
    private JsonValue number(int p) throws UnreadableFhirException {
        final byte[] b = in;
        final int n = b.length;
        int q = p;
        boolean negative = b[q] == '-';
        if (negative && ++q >= n) {
            throw fail(TRUNCATED, n);
        }
        int digitsStart = q;
        byte c = b[q];
        if (c == '0') {
            q++;
            if (q < n && isDigit(b[q])) {
                throw fail(MALFORMED, p);
            }
        } else {
            q = digitRun(q, p);
        }
        int digits = q - digitsStart;
        boolean integral = true;
        if (q < n && b[q] == '.') {
            if (++q >= n) {
                throw fail(TRUNCATED, n);
            }
            q = digitRun(q, p);
            integral = false;
        }
        if (q < n && (b[q] == 'e' || b[q] == 'E')) {
            if (++q >= n) {
                throw fail(TRUNCATED, n);
            }
            if (b[q] == '+' || b[q] == '-') {
                if (++q >= n) {
                    throw fail(TRUNCATED, n);
                }
            }
            q = digitRun(q, p);
            integral = false;
        }
        int length = q - p;
        if (length > maxNumberLength) {
            throw fail(NUMBER_TOO_LONG, p);
        }
        pos = q;
        byte kind = integral ? integralKind(b, digitsStart, digits, negative) : JsonValue.DECIMAL;
        return JsonValue.number(new String(b, p, length, StandardCharsets.ISO_8859_1), kind);
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    /** Gets the kind of an integral number, given its digits without sign. */
    private static byte integralKind(byte[] b, int start, int digits, boolean negative) {
        if (digits <= 9) {
            return JsonValue.INT;
        }
        if (digits == 10) {
            long value = 0;
            for (int i = start; i < start + digits; i++) {
                value = 10 * value + (b[i] - '0');
            }
            return value <= (negative ? 1L + Integer.MAX_VALUE : Integer.MAX_VALUE) ? JsonValue.INT : JsonValue.LONG;
        }
        if (digits < 19) {
            return JsonValue.LONG;
        }
        if (digits > 19) {
            return JsonValue.BIG_INTEGER;
        }
        String limit = negative ? "9223372036854775808" : "9223372036854775807";
        for (int i = 0; i < 19; i++) {
            int d = b[start + i] - limit.charAt(i);
            if (d != 0) {
                return d < 0 ? JsonValue.LONG : JsonValue.BIG_INTEGER;
            }
        }
        return JsonValue.LONG;
    }

    /** Describes a literal that is not {@code true}, {@code false} or {@code null}: cut short, or malformed. */
    private UnreadableFhirException badLiteral(int p, String literal) {
        int n = in.length;
        int i = 0;
        while (i < literal.length() && p + i < n && in[p + i] == literal.charAt(i)) {
            i++;
        }
        return p + i == n && i < literal.length() ? fail(TRUNCATED, n) : fail(MALFORMED, p);
    }

    /** Describes what is at an offset where it cannot be: the end, bytes that are not UTF-8, or a syntax error. */
    private UnreadableFhirException unexpected(int p) {
        if (p >= in.length) {
            return fail(TRUNCATED, in.length);
        }
        if (in[p] < 0 && utf8Length(p) < 0) {
            return fail(INVALID_UTF8, p);
        }
        return fail(MALFORMED, p);
    }

    /** Describes a problem at an offset, finding its line and column only now, by counting from the start. */
    private UnreadableFhirException fail(String problem, int offset) {
        final byte[] b = in;
        int end = Math.min(offset, b.length);
        int line = 1;
        int column = 1;
        for (int i = begin; i < end; i++) {
            byte c = b[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= b.length || b[i + 1] != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r' && (c & 0xC0) != 0x80) {
                column++;
            }
        }
        return new UnreadableFhirException("", line, column, problem);
    }

    /** Describes a problem at an index of a string, its line and column counted in characters. */
    private static UnreadableFhirException failInChars(String json, int index, String problem) {
        int line = 1;
        int column = 1;
        int start = !json.isEmpty() && json.charAt(0) == '\uFEFF' ? 1 : 0;
        for (int i = start; i < index; i++) {
            char c = json.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= json.length() || json.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r'
                    && !(i > 0 && Character.isLowSurrogate(c) && Character.isHighSurrogate(json.charAt(i - 1)))) {
                column++;
            }
        }
        return new UnreadableFhirException("", line, column, problem);
    }

    /**
     * A hash table of names keyed by their UTF-8 bytes packed into words, with open addressing. A name of up to
     * sixteen bytes is found by its length and its two words alone, which lie together in one part of a cache
     * line. Each table only grows; the seeded one is complete before it is shared and never changes after.
     */
    private static final class Names {
        /** What a lookup in a table of one read's names gives once it has probed {@link #MAX_PROBES} slots. */
        static final String COLLIDING = new String("colliding");

        /**
         * How far a lookup in a table of one read's names may probe. At most half the slots are full, so names that
         * chance puts in one run stay far below it; names made to collide reach it and fail the read, which would
         * otherwise take time that grows with the square of their number.
         */
        private static final int MAX_PROBES = 64;

        private final int maxProbes;
        /** Per slot, four longs: the first word, the second word, the hash, and the length plus one (0: empty). */
        private long[] slots;
        /** The words of each name from the third on, or null if it has no more than two. */
        private long[][] rests;

        private String[] strings;
        private int shift;
        private int size;

        private Names(int capacity, int maxProbes) {
            this.maxProbes = maxProbes;
            allocate(capacity);
        }

        /** Obtains an empty table for the names of one read, whose lookups probe {@link #MAX_PROBES} slots at most. */
        static Names local() {
            return new Names(64, MAX_PROBES);
        }

        private void allocate(int capacity) {
            slots = new long[4 * capacity];
            rests = new long[capacity][];
            strings = new String[capacity];
            shift = 64 - Integer.numberOfTrailingZeros(capacity);
        }

        static Names of(String seeds) {
            String[] split = seeds.trim().split("\\s+");
            Names names = new Names(Integer.highestOneBit(split.length) * 4, Integer.MAX_VALUE);
            for (String seed : split) {
                byte[] utf8 = seed.getBytes(StandardCharsets.UTF_8);
                long[] words = new long[(utf8.length + 7) >>> 3];
                names.add(words(utf8, words), utf8.length, words, words.length, seed.intern());
            }
            return names;
        }

        /**
         * Finds a name of at most sixteen bytes.
         *
         * @param hash the hash of its words
         * @param length its length in bytes
         * @param first its first word, 0 if it has none
         * @param second its second word, 0 if it has none
         * @return the name, null if this table does not have it, or {@link #COLLIDING} if the lookup probed too far
         */
        String find(long hash, int length, long first, long second) {
            long[] s = slots;
            int mask = strings.length - 1;
            for (int i = (int) (hash >>> shift), probes = 1; ; i = (i + 1) & mask, probes++) {
                long stored = s[4 * i + 3];
                if (stored == length + 1L && s[4 * i] == first && s[4 * i + 1] == second) {
                    return strings[i];
                }
                if (stored == 0) {
                    return null;
                }
                if (probes == maxProbes) {
                    return COLLIDING;
                }
            }
        }

        /**
         * Finds a name of any length.
         *
         * @param hash the hash of its words
         * @param length its length in bytes
         * @param words its words
         * @param count the number of its words
         * @return the name, null if this table does not have it, or {@link #COLLIDING} if the lookup probed too far
         */
        String find(long hash, int length, long[] words, int count) {
            if (count <= 2) {
                return find(hash, length, count > 0 ? words[0] : 0, count > 1 ? words[1] : 0);
            }
            long[] s = slots;
            int mask = strings.length - 1;
            for (int i = (int) (hash >>> shift), probes = 1; ; i = (i + 1) & mask, probes++) {
                long stored = s[4 * i + 3];
                if (stored == 0) {
                    return null;
                }
                if (stored == length + 1L
                        && s[4 * i + 2] == hash
                        && s[4 * i] == words[0]
                        && s[4 * i + 1] == words[1]
                        && Arrays.equals(rests[i], 0, count - 2, words, 2, count)) {
                    return strings[i];
                }
                if (probes == maxProbes) {
                    return COLLIDING;
                }
            }
        }

        /** Adds a name that this table does not have; the words are copied. */
        void add(long hash, int length, long[] words, int count, String name) {
            if (2 * (size + 1) > strings.length) {
                rehash();
            }
            put(
                    hash,
                    length,
                    count > 0 ? words[0] : 0,
                    count > 1 ? words[1] : 0,
                    count > 2 ? Arrays.copyOfRange(words, 2, count) : null,
                    name);
            size++;
        }

        private void put(long hash, int length, long first, long second, long[] rest, String name) {
            int mask = strings.length - 1;
            int i = (int) (hash >>> shift);
            while (slots[4 * i + 3] != 0) {
                i = (i + 1) & mask;
            }
            slots[4 * i] = first;
            slots[4 * i + 1] = second;
            slots[4 * i + 2] = hash;
            slots[4 * i + 3] = length + 1L;
            rests[i] = rest;
            strings[i] = name;
        }

        private void rehash() {
            long[] oldSlots = slots;
            long[][] oldRests = rests;
            String[] oldStrings = strings;
            allocate(2 * oldStrings.length);
            for (int j = 0; j < oldStrings.length; j++) {
                if (oldStrings[j] != null) {
                    put(
                            oldSlots[4 * j + 2],
                            (int) oldSlots[4 * j + 3] - 1,
                            oldSlots[4 * j],
                            oldSlots[4 * j + 1],
                            oldRests[j],
                            oldStrings[j]);
                }
            }
        }
    }
}
