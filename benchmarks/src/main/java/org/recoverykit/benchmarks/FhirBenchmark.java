package org.recoverykit.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.recoverykit.fhir.FhirMapping;
import org.recoverykit.fhir.FhirReadResult;
import org.recoverykit.fhir.UnreadableFhirException;
import org.recoverykit.model.RecoveryRecord;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing a record as a FHIR R4 Bundle and reading it back, next to its anchors in the same run: HAPI FHIR 8.8.1
 * encoding and parsing the same Bundle; bare Jackson streaming re-emitting the same bytes token by token, the
 * floor of any Jackson writer; bare Jackson reading the same bytes into its tree, what the mapping's read
 * stood on until it had its own JSON reader; and bare Jackson streaming through the same bytes, the floor of any
 * reader built on Jackson.
 *
 * <p>The record is {@link BundleRecord}'s, generated with 2 goals and 4 contacts from a fixed seed; the setup prints
 * the Bundle's resource count and sizes, since the Bundle grows as the mapping does. Every write goes to one reusable
 * byte stream, reset before each call. HAPI's Bundle is parsed once from the mapping's own JSON, so it holds the same
 * resources; HAPI gets a new parser per call from one shared {@link FhirContext}, as HAPI recommends.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FhirBenchmark {
    private static final JsonFactory JACKSON =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final JsonMapper JACKSON_TREE = JsonMapper.builder(JACKSON).build();

    RecoveryRecord record;
    byte[] bundleJson;
    ByteArrayOutputStream out;
    FhirContext hapi;
    Bundle hapiBundle;
    Tokens tokens;

    /**
     * Generates the record, writes its Bundle once, parses it into HAPI's model and into a token list, checks that
     * each side reads what the mapping wrote, and prints the Bundle's resource count and sizes.
     *
     * @throws IOException never: every stream is in memory
     * @throws UnreadableFhirException if the mapping cannot read its own Bundle
     */
    @Setup
    public void setUp() throws IOException, UnreadableFhirException {
        record = BundleRecord.generate();
        out = new ByteArrayOutputStream(1 << 16);
        FhirMapping.defaults().writeBundle(record, out);
        bundleJson = out.toByteArray();

        hapi = FhirContext.forR4();
        IParser strict = hapi.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        hapiBundle = strict.parseResource(Bundle.class, new ByteArrayInputStream(bundleJson));
        tokens = Tokens.of(bundleJson);

        out.reset();
        jacksonTokens();
        if (!Arrays.equals(out.toByteArray(), bundleJson)) {
            throw new IllegalStateException("replaying the tokens should give back the mapping's bytes");
        }
        Bundle reparsed = hapi.newJsonParser()
                .parseResource(
                        Bundle.class, new ByteArrayInputStream(hapiEncode().toByteArray()));
        if (reparsed.getEntry().size() != hapiBundle.getEntry().size()) {
            throw new IllegalStateException("HAPI should read back every entry it wrote");
        }
        readOurs();
        System.out.printf(
                "%nFhirBundle: %d resources, %d bytes (ours), %d bytes (HAPI encode), %d JSON tokens%n",
                hapiBundle.getEntry().size(), bundleJson.length, out.size(), tokens.size());
    }

    /**
     * Our write: the record as a Bundle, by the mapping's streaming writer.
     *
     * @return the stream written to, for the blackhole
     * @throws IOException never: the stream is in memory
     */
    @Benchmark
    public ByteArrayOutputStream writeOurs() throws IOException {
        out.reset();
        FhirMapping.defaults().writeBundle(record, out);
        return out;
    }

    /**
     * The anchor: HAPI FHIR encoding the same Bundle from its model, with a new parser from the shared context.
     *
     * @return the stream written to, for the blackhole
     * @throws IOException never: the stream is in memory
     */
    @Benchmark
    public ByteArrayOutputStream hapiEncode() throws IOException {
        out.reset();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        hapi.newJsonParser().encodeResourceToWriter(hapiBundle, writer);
        writer.flush();
        return out;
    }

    /**
     * The floor: bare Jackson streaming writing the mapping's own tokens again, byte for byte, with a generator
     * made as the mapping makes its own.
     *
     * @return the stream written to, for the blackhole
     */
    @Benchmark
    public ByteArrayOutputStream jacksonTokens() {
        out.reset();
        try (JsonGenerator generator = JACKSON.createGenerator(ObjectWriteContext.empty(), out)) {
            tokens.writeTo(generator);
        }
        return out;
    }

    /**
     * Our read: the Bundle's bytes back into a record.
     *
     * @return the record and what the read skipped
     * @throws UnreadableFhirException never: the Bundle is the mapping's own
     */
    @Benchmark
    public FhirReadResult readOurs() throws UnreadableFhirException {
        return FhirMapping.defaults().read(new ByteArrayInputStream(bundleJson));
    }

    /**
     * A read into a tree: bare Jackson reading the same bytes into its tree model, with none of the mapping's checks
     * or its mapping; the mapping parses into a tree of its own instead.
     *
     * @return the tree
     */
    @Benchmark
    public JsonNode jacksonTree() {
        return JACKSON_TREE.readTree(bundleJson);
    }

    /**
     * The floor of any Jackson read: bare Jackson streaming through the same bytes token by token, taking every name
     * and string, and building nothing.
     *
     * @return a sum over the tokens, for the blackhole
     */
    @Benchmark
    public long jacksonStream() {
        long sum = 0;
        try (JsonParser parser = JACKSON.createParser(ObjectReadContext.empty(), bundleJson)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case PROPERTY_NAME -> sum += parser.currentName().length();
                    case VALUE_STRING -> sum += parser.getString().length();
                    case VALUE_NUMBER_INT -> sum += parser.getLongValue();
                    default -> sum++;
                }
            }
        }
        return sum;
    }

    /**
     * The anchor: HAPI FHIR parsing the same bytes into its Bundle, with a new parser from the shared context.
     *
     * @return HAPI's Bundle
     */
    @Benchmark
    public Bundle hapiParse() {
        return hapi.newJsonParser().parseResource(Bundle.class, new ByteArrayInputStream(bundleJson));
    }

    /** The JSON tokens of a document, as parallel arrays, to be written again with a Jackson generator. */
    static final class Tokens {
        private static final byte START_OBJECT = 0;
        private static final byte END_OBJECT = 1;
        private static final byte START_ARRAY = 2;
        private static final byte END_ARRAY = 3;
        private static final byte NAME = 4;
        private static final byte STRING = 5;
        private static final byte INT = 6;
        private static final byte NUMBER = 7;
        private static final byte TRUE = 8;
        private static final byte FALSE = 9;
        private static final byte NULL = 10;

        private final byte[] kinds;
        private final String[] texts;
        private final long[] ints;

        private Tokens(byte[] kinds, String[] texts, long[] ints) {
            this.kinds = kinds;
            this.texts = texts;
            this.ints = ints;
        }

        /** Reads every token of a JSON document, keeping names, strings and numbers as they are. */
        static Tokens of(byte[] json) {
            byte[] kinds = new byte[1024];
            String[] texts = new String[1024];
            long[] ints = new long[1024];
            int n = 0;
            try (JsonParser parser = JACKSON.createParser(ObjectReadContext.empty(), json)) {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken(), n++) {
                    if (n == kinds.length) {
                        kinds = Arrays.copyOf(kinds, n * 2);
                        texts = Arrays.copyOf(texts, n * 2);
                        ints = Arrays.copyOf(ints, n * 2);
                    }
                    switch (token) {
                        case START_OBJECT -> kinds[n] = START_OBJECT;
                        case END_OBJECT -> kinds[n] = END_OBJECT;
                        case START_ARRAY -> kinds[n] = START_ARRAY;
                        case END_ARRAY -> kinds[n] = END_ARRAY;
                        case PROPERTY_NAME -> {
                            kinds[n] = NAME;
                            texts[n] = parser.currentName();
                        }
                        case VALUE_STRING -> {
                            kinds[n] = STRING;
                            texts[n] = parser.getString();
                        }
                        case VALUE_NUMBER_INT -> {
                            if (parser.getNumberType() == JsonParser.NumberType.INT
                                    || parser.getNumberType() == JsonParser.NumberType.LONG) {
                                kinds[n] = INT;
                                ints[n] = parser.getLongValue();
                            } else {
                                kinds[n] = NUMBER;
                                texts[n] = parser.getString();
                            }
                        }
                        case VALUE_NUMBER_FLOAT -> {
                            kinds[n] = NUMBER;
                            texts[n] = parser.getString();
                        }
                        case VALUE_TRUE -> kinds[n] = TRUE;
                        case VALUE_FALSE -> kinds[n] = FALSE;
                        case VALUE_NULL -> kinds[n] = NULL;
                        default -> throw new IllegalStateException("unexpected token " + token);
                    }
                }
            }
            return new Tokens(Arrays.copyOf(kinds, n), Arrays.copyOf(texts, n), Arrays.copyOf(ints, n));
        }

        int size() {
            return kinds.length;
        }

        void writeTo(JsonGenerator generator) {
            for (int i = 0; i < kinds.length; i++) {
                switch (kinds[i]) {
                    case START_OBJECT -> generator.writeStartObject();
                    case END_OBJECT -> generator.writeEndObject();
                    case START_ARRAY -> generator.writeStartArray();
                    case END_ARRAY -> generator.writeEndArray();
                    case NAME -> generator.writeName(texts[i]);
                    case STRING -> generator.writeString(texts[i]);
                    case INT -> generator.writeNumber(ints[i]);
                    case NUMBER -> generator.writeNumber(texts[i]);
                    case TRUE -> generator.writeBoolean(true);
                    case FALSE -> generator.writeBoolean(false);
                    default -> generator.writeNull();
                }
            }
        }
    }
}
