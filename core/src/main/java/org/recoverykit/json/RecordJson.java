package org.recoverykit.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.recoverykit.model.RecoveryRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads and writes {@link RecoveryRecord}s as native JSON documents.
 *
 * <p>Reading is strict: an unknown property, an unknown code, a wrong type, a duplicate property, trailing
 * content or a document beyond the {@linkplain ReadLimits read limits} makes it fail with
 * {@link UnreadableDocumentException}. {@link #readLenient(Reader)} reads on past unknown properties and
 * codes, and lists what it skipped. Writing produces an indented document in a fixed property order, and
 * reading it back gives an equal record.
 *
 * <p>Instances are immutable and thread-safe; build one and share it.
 */
public final class RecordJson {
    private static final RecordJson DEFAULTS = new RecordJson(ReadLimits.defaults());

    private final ReadLimits limits;
    private final ObjectReader strictReader;
    private final ObjectReader lenientReader;
    private final ObjectWriter writer;

    private RecordJson(ReadLimits limits) {
        this.limits = limits;
        JsonMapper strict = mapper(limits, b -> b);
        JsonMapper lenient = mapper(
                limits,
                b -> b.addHandler(new SkipUnknownProperties())
                        .changeDefaultNullHandling(n -> JsonSetter.Value.forContentNulls(Nulls.SKIP)));
        this.strictReader = strict.readerFor(RecoveryRecord.class);
        this.lenientReader = lenient.readerFor(RecoveryRecord.class);
        this.writer = strict.writerFor(RecoveryRecord.class);
    }

    private static JsonMapper mapper(ReadLimits limits, Function<JsonMapper.Builder, JsonMapper.Builder> custom) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(limits.toConstraints())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        JsonMapper.Builder builder = JsonMapper.builder(factory)
                .addModule(new RecoveryKitModule())
                .addModule(
                        new SimpleModule("recoverykit-text").addDeserializer(String.class, TextDeserializer.INSTANCE))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
        return custom.apply(builder).build();
    }

    /**
     * Obtains a reader and writer with the default read limits.
     *
     * @return the shared default instance, not null
     */
    public static RecordJson defaults() {
        return DEFAULTS;
    }

    /**
     * Obtains a reader and writer with the given read limits.
     *
     * @param limits the read limits, not null
     * @return a new instance, not null
     */
    public static RecordJson withLimits(ReadLimits limits) {
        return new RecordJson(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Gets the read limits of this instance.
     *
     * @return the read limits, not null
     */
    public ReadLimits getLimits() {
        return limits;
    }

    /**
     * Reads a record from a JSON document given as text.
     *
     * @param json the document, not null
     * @return the record, not null
     * @throws UnreadableDocumentException if the document cannot be read
     */
    public RecoveryRecord read(String json) throws UnreadableDocumentException {
        return read(new StringReader(json));
    }

    /**
     * Reads a record from a JSON document in a character stream; the stream is not closed.
     *
     * @param json the document, not null
     * @return the record, not null
     * @throws UnreadableDocumentException if the document cannot be read, or the stream fails
     */
    public RecoveryRecord read(Reader json) throws UnreadableDocumentException {
        return read(strictReader, r -> r.createParser(json));
    }

    /**
     * Reads a record from a JSON document in UTF-8, UTF-16 or UTF-32; the stream is not closed.
     *
     * @param json the document, not null
     * @return the record, not null
     * @throws UnreadableDocumentException if the document cannot be read, or the stream fails
     */
    public RecoveryRecord read(InputStream json) throws UnreadableDocumentException {
        return read(strictReader, r -> StrictBytes.open(r, json, limits));
    }

    /**
     * Reads a record from a JSON document in a file.
     *
     * @param file the file, not null
     * @return the record, not null
     * @throws UnreadableDocumentException if the document cannot be read
     * @throws IOException if the file cannot be opened
     */
    public RecoveryRecord read(Path file) throws UnreadableDocumentException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /**
     * Reads a record from a JSON document, passing over unknown properties and unknown codes.
     *
     * <p>An unknown code in a list or an optional value is left out; where the model requires the value, the
     * read fails as a strict one would.
     *
     * @param json the document, not null
     * @return the record and what was skipped, not null
     * @throws UnreadableDocumentException if the document cannot be read even so
     */
    public LenientRead readLenient(Reader json) throws UnreadableDocumentException {
        return readLenient(r -> r.createParser(json));
    }

    private LenientRead readLenient(Opener open) throws UnreadableDocumentException {
        List<SkippedContent> skipped = new ArrayList<>();
        ObjectReader reader = lenientReader.withAttribute(CodedDeserializer.SKIPPED, skipped);
        return LenientRead.of(read(reader, open), skipped);
    }

    /**
     * Reads a record from a JSON document in UTF-8, UTF-16 or UTF-32, passing over unknown properties and unknown
     * codes, as {@link #readLenient(Reader)} does; the stream is not closed.
     *
     * @param json the document, not null
     * @return the record and what was skipped, not null
     * @throws UnreadableDocumentException if the document cannot be read even so, or the stream fails
     */
    public LenientRead readLenient(InputStream json) throws UnreadableDocumentException {
        return readLenient(r -> StrictBytes.open(r, json, limits));
    }

    /**
     * Reads a record from a JSON document given as text, passing over unknown properties and unknown codes.
     *
     * @param json the document, not null
     * @return the record and what was skipped, not null
     * @throws UnreadableDocumentException if the document cannot be read even so
     * @see #readLenient(Reader)
     */
    public LenientRead readLenient(String json) throws UnreadableDocumentException {
        return readLenient(new StringReader(json));
    }

    /** Opens a parser on a document with a reader. */
    private interface Opener {
        JsonParser open(ObjectReader reader) throws UnreadableDocumentException;
    }

    /**
     * Opens a parser and binds the record. Opening may already read (an InputStream's first bytes tell its
     * encoding), so a failure there is reported like any other.
     */
    private static <T> T read(ObjectReader reader, Opener open) throws UnreadableDocumentException {
        JsonParser opened;
        try {
            opened = open.open(reader);
        } catch (JacksonException e) {
            throw Problems.unopened(e);
        }
        try (JsonParser parser = opened) {
            return bind(reader, parser);
        }
    }

    private static <T> T bind(ObjectReader reader, JsonParser parser) throws UnreadableDocumentException {
        try {
            T record = reader.readValue(parser);
            if (record == null) {
                throw new UnreadableDocumentException("", 1, 1, "the document is empty or null");
            }
            return record;
        } catch (JacksonException e) {
            throw Problems.unreadable(e, parser);
        }
    }

    /**
     * Writes a record as a JSON document in UTF-8; the stream is not closed.
     *
     * @param record the record, not null
     * @param out the stream to write to, not null
     * @throws IOException if the stream fails
     */
    public void write(RecoveryRecord record, OutputStream out) throws IOException {
        write(() -> writer.writeValue(out, record));
    }

    /**
     * Writes a record as a JSON document to a character stream; the stream is not closed.
     *
     * @param record the record, not null
     * @param out the stream to write to, not null
     * @throws IOException if the stream fails
     */
    public void write(RecoveryRecord record, Writer out) throws IOException {
        write(() -> writer.writeValue(out, record));
    }

    /**
     * Runs a write, passing on the target's own IOException rather than Jackson's wrapper, which is a {@code
     * DatabindException} with the path of the value being written when the target fails within a record.
     */
    private static void write(Runnable write) throws IOException {
        try {
            write.run();
        } catch (JacksonException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof IOException failure) {
                    throw failure;
                }
            }
            throw e;
        }
    }

    /**
     * Writes a record as a JSON document to a string.
     *
     * @param record the record, not null
     * @return the document, not null
     */
    public String toJson(RecoveryRecord record) {
        return writer.writeValueAsString(record);
    }

    private static final class SkipUnknownProperties extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(
                DeserializationContext context,
                JsonParser parser,
                ValueDeserializer<?> deserializer,
                Object beanOrClass,
                String propertyName) {
            List<SkippedContent> skipped = CodedDeserializer.skippedList(context);
            if (skipped == null) {
                return false;
            }
            skipped.add(Problems.skipped(parser, "unknown property"));
            parser.skipChildren();
            return true;
        }
    }
}
