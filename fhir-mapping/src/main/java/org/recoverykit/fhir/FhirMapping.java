package org.recoverykit.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.recoverykit.json.ReadLimits;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.validation.ValidationReport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Maps RecoveryKit records to FHIR R4 JSON and back; the module's one entry point.
 *
 * <p>{@link #writeBundle(RecoveryRecord, OutputStream)} writes a record as a Bundle of type {@code collection}
 * (or {@code transaction} with {@link FhirFeature#TRANSACTION_BUNDLE}), each entry with a {@code urn:uuid:}
 * fullUrl made from the record id and the resource's place in the record, so the same record always gives the
 * same Bundle. What FHIR R4 has no element for is carried in the extensions of {@link FhirExtension}, so that
 * {@link #read(InputStream)} gives back the record that was written. So is a date or date-time that FHIR cannot
 * hold as it is, with a year before 1 or after 9999 or an offset that has seconds or lies beyond ±14:00: it is
 * written in the {@link FhirExtension#ISO_8601} extension of its element, which then has no value, or the same
 * instant at UTC where the year allows. A text that is empty or white space alone, which FHIR forbids or advises against, is left out,
 * and with it what would then hold nothing, such as a name or address without any other part.
 *
 * <p>{@link #read(InputStream)} reads FHIR from other systems too: a Bundle of any type or a single resource,
 * CarePlan activities as references or as inline details, contained resources, and references by fullUrl, by
 * relative id and by absolute URL. It keeps going past what the model has no place for, and past a blank string,
 * and lists each thing it skipped, with its FHIR path, in the {@link FhirReadResult}. Input that cannot be read at
 * all throws {@link UnreadableFhirException}, under the same read limits as the native format ({@link ReadLimits}).
 *
 * <p>{@link #toOperationOutcome(ValidationReport)} maps a validation report to an OperationOutcome.
 *
 * <p>Writing is by Jackson's streaming generator and needs nothing of HAPI FHIR. This class is immutable and
 * thread-safe.
 */
public final class FhirMapping {
    /** The url of the extension that holds the JSON Pointer of an issue's element in the native document. */
    public static final String JSON_POINTER_EXTENSION = FhirExtension.JSON_POINTER.getUrl();

    private static final JsonFactory JSON =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final FhirMapping DEFAULTS =
            new FhirMapping(EnumSet.noneOf(FhirFeature.class), ReadLimits.defaults());

    private final Set<FhirFeature> features;
    /** The limits of what this mapping reads. */
    private final ReadLimits limits;

    private FhirMapping(Set<FhirFeature> features, ReadLimits limits) {
        this.features = features;
        this.limits = limits;
    }

    /**
     * Obtains the mapping with no features and the default read limits.
     *
     * @return the shared default instance, not null
     */
    public static FhirMapping defaults() {
        return DEFAULTS;
    }

    /**
     * Obtains a copy of this mapping with features turned on.
     *
     * @param first a feature, not null
     * @param more further features, not null
     * @return a mapping with these features and this one's, not null
     */
    public FhirMapping with(FhirFeature first, FhirFeature... more) {
        EnumSet<FhirFeature> set = EnumSet.of(first, more);
        set.addAll(features);
        return new FhirMapping(set, limits);
    }

    /**
     * Obtains a copy of this mapping that reads under other limits.
     *
     * @param limits the read limits, not null
     * @return a mapping with these limits, not null
     */
    public FhirMapping withLimits(ReadLimits limits) {
        return new FhirMapping(features, Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Checks whether a feature is on.
     *
     * @param feature the feature, not null
     * @return true if it is on
     */
    public boolean isEnabled(FhirFeature feature) {
        return features.contains(Objects.requireNonNull(feature, "feature"));
    }

    // Bundles.

    /**
     * Obtains a record as a FHIR R4 Bundle.
     *
     * @param record the record, not null
     * @return the Bundle as JSON text, not null
     */
    public String toBundle(RecoveryRecord record) {
        return text(out -> writeBundle(record, out));
    }

    private interface ToWriter {
        void write(Writer out) throws IOException;
    }

    private static String text(ToWriter write) {
        StringWriter out = new StringWriter();
        try {
            write.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Writes a record as a FHIR R4 Bundle to a stream, in UTF-8.
     *
     * @param record the record, not null
     * @param out the stream, not null; it is flushed, not closed
     * @throws IOException if the stream fails
     */
    public void writeBundle(RecoveryRecord record, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        writeBundle(record, () -> JSON.createGenerator(writeContext(), out));
    }

    /**
     * Writes a record as a FHIR R4 Bundle to a writer.
     *
     * @param record the record, not null
     * @param out the writer, not null; it is flushed, not closed
     * @throws IOException if the writer fails
     */
    public void writeBundle(RecoveryRecord record, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        writeBundle(record, () -> JSON.createGenerator(writeContext(), out));
    }

    private void writeBundle(RecoveryRecord record, Supplier<JsonGenerator> target) throws IOException {
        Objects.requireNonNull(record, "record");
        write(target, generator -> {
            BundleSink sink = new BundleSink(generator, isEnabled(FhirFeature.TRANSACTION_BUNDLE));
            sink.start(record.getId());
            RecordWriter.write(new WriteContext(sink, record));
            sink.finish();
        });
    }

    private ObjectWriteContext writeContext() {
        if (!isEnabled(FhirFeature.PRETTY_PRINT)) {
            return ObjectWriteContext.empty();
        }
        return new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return new DefaultPrettyPrinter();
            }
        };
    }

    /**
     * Reads a record from FHIR R4 JSON: a Bundle of any type, or a single resource.
     *
     * @param fhir the JSON text, not null
     * @return the record and what the read skipped, not null
     * @throws UnreadableFhirException if the input is not FHIR that a record can be read from
     */
    public FhirReadResult read(String fhir) throws UnreadableFhirException {
        Objects.requireNonNull(fhir, "fhir");
        return read(JsonValueReader.read(fhir, limits));
    }

    /**
     * Reads a record from FHIR R4 JSON in a character stream; the stream is not closed.
     *
     * @param fhir the JSON, not null
     * @return the record and what the read skipped, not null
     * @throws UnreadableFhirException if the input is not FHIR that a record can be read from, or the stream fails
     */
    public FhirReadResult read(Reader fhir) throws UnreadableFhirException {
        Objects.requireNonNull(fhir, "fhir");
        return read(JsonValueReader.read(fhir, limits));
    }

    /**
     * Reads a record from FHIR R4 JSON in UTF-8; the stream is not closed.
     *
     * @param fhir the JSON, not null
     * @return the record and what the read skipped, not null
     * @throws UnreadableFhirException if the input is not FHIR that a record can be read from, or the stream fails
     */
    public FhirReadResult read(InputStream fhir) throws UnreadableFhirException {
        Objects.requireNonNull(fhir, "fhir");
        return read(JsonValueReader.read(fhir, limits));
    }

    private static FhirReadResult read(JsonValue root) throws UnreadableFhirException {
        ResourceIndex index = RecordReader.index(root);
        return RecordReader.read(index, bundleId(root));
    }

    /** The record id a Bundle carries: its identifier in the library's id system. */
    private static Optional<String> bundleId(JsonValue root) {
        return ReadContext.identifierValue(root);
    }

    // FHIR Bulk Data NDJSON.

    /**
     * Writes records as FHIR Bulk Data NDJSON: each resource one line of the stream of its type, referring to
     * the others by {@code Type/id}, the record id in the Patient's {@link FhirExtension#RECORD} extension.
     *
     * <p>Records are taken one at a time and nothing of them is kept, so memory does not grow with their number.
     * The resources of each record follow those of the record before in every stream, which is the order
     * {@link #readNdjson(NdjsonInput, Consumer)} reads.
     *
     * @param records the records, not null
     * @param output where each type's stream goes, not null; the streams are closed at the end
     * @return the number of records written
     * @throws IOException if a stream fails
     */
    public long writeNdjson(Iterator<RecoveryRecord> records, NdjsonOutput output) throws IOException {
        Objects.requireNonNull(records, "records");
        NdjsonSink sink = new NdjsonSink(Objects.requireNonNull(output, "output"));
        long count = 0;
        try {
            while (records.hasNext()) {
                RecordWriter.write(new WriteContext(sink, records.next()));
                count++;
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (JacksonIOException e) {
            throw e.getCause();
        } finally {
            try {
                sink.close();
            } catch (JacksonIOException e) {
                throw e.getCause();
            }
        }
        return count;
    }

    /**
     * Writes records as FHIR Bulk Data NDJSON.
     *
     * @param records the records, not null
     * @param output where each type's stream goes, not null; the streams are closed at the end
     * @return the number of records written
     * @throws IOException if a stream fails
     * @see #writeNdjson(Iterator, NdjsonOutput)
     */
    public long writeNdjson(Iterable<RecoveryRecord> records, NdjsonOutput output) throws IOException {
        return writeNdjson(records.iterator(), output);
    }

    /**
     * Reads records from FHIR Bulk Data NDJSON, one at a time, in the order of the Patient stream.
     *
     * <p>The resources of each record are the lines of every stream that name its Patient and follow those of the
     * record before, as {@link #writeNdjson(Iterator, NdjsonOutput)} writes them; one line of each stream is held
     * at a time. Types the mapping does not write are not read. A line is UTF-8, ends with LF or CRLF, and is held
     * to the read limits as a document of its own; blank lines are passed over.
     *
     * @param input where each type's stream comes from, not null; the streams are closed at the end
     * @param each what to do with each record read and what its read skipped, not null
     * @return the number of records read
     * @throws UnreadableFhirException if a line cannot be read, or a resource is out of that order; its path names
     *     the stream and line, such as {@code Goal.ndjson:12}. {@link #readNdjsonInAnyOrder} reads such input.
     * @throws IOException if a stream fails
     */
    public long readNdjson(NdjsonInput input, Consumer<FhirReadResult> each)
            throws IOException, UnreadableFhirException {
        Objects.requireNonNull(each, "each");
        try (NdjsonReader reader = new NdjsonReader(Objects.requireNonNull(input, "input"), limits)) {
            return reader.read(each);
        }
    }

    /**
     * Reads records from FHIR Bulk Data NDJSON whose resources come in any order, as a server's {@code $export} may
     * give them, holding a share of the input in memory at a time rather than all of it.
     *
     * <p>Each stream is read once, and its lines are written to temporary files in a new directory of
     * {@code workDirectory}, split by a hash of the Patient each line names; each file is then read back, split again
     * first while it is longer than 4 MiB. So the records come in the order of that hash, and within one file in the
     * order of the Patient stream. Each record is made of the same resources, in the same order, as
     * {@link #readNdjson(NdjsonInput, Consumer)} makes it of input in its order, and so is the same record with the
     * same report; a record's own resources are held whole, however many. Types the mapping does not write are not
     * read, and each line is held to the read limits as a document of its own. The temporary files hold patient
     * data as the input does: their directory is made for the process's user alone where the file system has POSIX
     * permissions. They take about as much space as the input, and are deleted by the end, whether the read
     * succeeds or fails.
     *
     * @param input where each type's stream comes from, not null; each stream is opened once and closed after
     * @param workDirectory an existing directory for the temporary files, not null
     * @param each what to do with each record read and what its read skipped, not null
     * @return the number of records read
     * @throws UnreadableFhirException if a line cannot be read, or a resource names a Patient that the Patient stream
     *     does not have; its path names the stream and line, such as {@code Goal.ndjson:12}
     * @throws IOException if a stream or a temporary file fails
     */
    public long readNdjsonInAnyOrder(NdjsonInput input, Path workDirectory, Consumer<FhirReadResult> each)
            throws IOException, UnreadableFhirException {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(workDirectory, "workDirectory");
        Objects.requireNonNull(each, "each");
        return new UnorderedNdjsonReader(input, limits, UnorderedNdjsonReader.SHARE_BYTES).read(workDirectory, each);
    }

    // OperationOutcome.

    /**
     * Obtains a validation report as a FHIR R4 OperationOutcome.
     *
     * <p>One issue per report issue with its severity, the rule id as a code of {@link FhirCodeSystems#RULE}, the
     * text {@code RULE-ID: message}, the rule's source clause as diagnostics, the FHIRPath of the offending element
     * where the mapping places it, and the native document's JSON Pointer in the extension
     * {@link #JSON_POINTER_EXTENSION}.
     *
     * @param report the report, not null
     * @return the OperationOutcome as JSON text, not null
     */
    public String toOperationOutcome(ValidationReport report) {
        return text(out -> writeOperationOutcome(report, out));
    }

    /**
     * Writes a validation report as a FHIR R4 OperationOutcome to a writer.
     *
     * @param report the report, not null
     * @param out the writer, not null; it is flushed, not closed
     * @throws IOException if the writer fails
     */
    public void writeOperationOutcome(ValidationReport report, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        writeOperationOutcome(report, () -> JSON.createGenerator(writeContext(), out));
    }

    /**
     * Writes a validation report as a FHIR R4 OperationOutcome to a stream, in UTF-8.
     *
     * @param report the report, not null
     * @param out the stream, not null; it is flushed, not closed
     * @throws IOException if the stream fails
     */
    public void writeOperationOutcome(ValidationReport report, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        writeOperationOutcome(report, () -> JSON.createGenerator(writeContext(), out));
    }

    private static void writeOperationOutcome(ValidationReport report, Supplier<JsonGenerator> target)
            throws IOException {
        Objects.requireNonNull(report, "report");
        write(target, generator -> OperationOutcomeMapper.write(report, generator));
    }

    private interface Body {
        void write(JsonGenerator generator);
    }

    /** Runs a write, passing on the target's own IOException rather than Jackson's wrapper. */
    private static void write(Supplier<JsonGenerator> target, Body body) throws IOException {
        try (JsonGenerator generator = target.get()) {
            body.write(generator);
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }
}
