package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoverykit.json.ReadLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link JsonValueReader} reads what Jackson reads, into the same tree: seeded random documents written by
 * Jackson, every JSON file of the shared FHIR corpus and the project's golden Bundle; and random mutations of
 * valid documents either read or fail with {@link UnreadableFhirException}, never another exception, and read
 * only where Jackson, strict and under the same limits, reads too.
 */
class JsonValueReaderDifferentialTest {
    private static final ReadLimits LIMITS = ReadLimits.defaults();
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(LIMITS.getMaxNestingDepth())
                    .maxStringLength(LIMITS.getMaxStringLength())
                    .maxNumberLength(LIMITS.getMaxNumberLength())
                    .maxNameLength(LIMITS.getMaxNameLength())
                    .maxDocumentLength(LIMITS.getMaxDocumentLength())
                    .build())
            .build();
    /** Jackson, strict, keeping every number exactly. */
    private static final JsonMapper JACKSON = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final long SEED = 0x5EEDL;
    private static final int DOCUMENTS = 1_500;
    private static final int MUTATIONS = 1_500;

    private static final String[] FHIR_NAMES = {
        "resourceType",
        "id",
        "meta",
        "extension",
        "url",
        "valueString",
        "valueCodeableConcept",
        "coding",
        "system",
        "code",
        "display",
        "reference",
        "entry",
        "resource",
        "fullUrl",
        "identifier",
        "status",
        "text"
    };
    private static final String[] OTHER_CHARACTERS = {
        "\"",
        "\\",
        "/",
        "\b",
        "\f",
        "\n",
        "\r",
        "\t",
        "\u0000",
        "\u0001",
        "\u001f",
        "\u007f",
        "é",
        "ß",
        "\u07ff",
        "\u0800",
        "€",
        "中",
        "\uffff",
        "\ue000",
        "😀",
        "𝄞",
        "\udbff\udfff",
        " ",
        "'",
        "{",
        "[",
        ":",
        ","
    };

    @Test
    void randomDocumentsReadAsJacksonReadsThem() throws UnreadableFhirException {
        for (int i = 0; i < DOCUMENTS; i++) {
            long seed = SEED + i;
            byte[] document = document(new SplittableRandom(seed));
            String described = "document of seed " + seed;

            assertSameTree(JsonValueReader.read(document, LIMITS), JACKSON.readTree(document), "$", described);
            assertSameTree(
                    JsonValueReader.read(new String(document, StandardCharsets.UTF_8), LIMITS),
                    JACKSON.readTree(document),
                    "$",
                    described + " as text");
        }
    }

    static Stream<Path> corpus() throws IOException {
        Path corpus = FhirConformanceTest.CORPUS;
        assumeTrue(
                Files.isDirectory(corpus),
                "the shared FHIR corpus is not beside the checkout ("
                        + corpus.toAbsolutePath().normalize() + ")");
        try (Stream<Path> walk = Files.walk(corpus)) {
            return walk.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyCorpusFileReadsAsJacksonReadsIt(Path file) throws IOException, UnreadableFhirException {
        byte[] document = Files.readAllBytes(file);

        assertSameTree(JsonValueReader.read(document, LIMITS), JACKSON.readTree(document), "$", file.toString());
    }

    @Test
    void theGoldenBundleReadsAsJacksonReadsIt() throws IOException, UnreadableFhirException {
        byte[] pretty;
        try (InputStream in = getClass().getResourceAsStream("adult-community-support.bundle.json")) {
            assertThat(in).isNotNull();
            pretty = in.readAllBytes();
        }
        JsonNode theirs = JACKSON.readTree(pretty);
        byte[] compact = JACKSON.writeValueAsBytes(theirs);

        assertSameTree(JsonValueReader.read(pretty, LIMITS), theirs, "$", "the golden Bundle");
        assertSameTree(JsonValueReader.read(compact, LIMITS), theirs, "$", "the golden Bundle, compact");
    }

    @Test
    void mutatedDocumentsReadOrFailWithUnreadableFhirExceptionOnly() {
        int read = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            long seed = SEED + DOCUMENTS + i;
            SplittableRandom random = new SplittableRandom(seed);
            byte[] mutated = mutate(document(random), random);
            String described = "mutation of seed " + seed;

            JsonValue ours;
            try {
                ours = JsonValueReader.read(mutated, LIMITS);
            } catch (UnreadableFhirException e) {
                assertThat(e.getLine()).as(described).isPositive();
                assertThat(e.getColumn()).as(described).isPositive();
                continue;
            } catch (RuntimeException | Error e) {
                throw new AssertionError(described + " threw " + e, e);
            }
            read++;
            JsonNode theirs;
            try {
                theirs = JACKSON.readTree(mutated);
            } catch (JacksonException e) {
                throw new AssertionError(described + " read, though Jackson fails: " + e.getOriginalMessage());
            }
            assertSameTree(ours, theirs, "$", described);
        }
        // Some mutations still read (a changed letter in a string, a byte of whitespace), most do not.
        assertThat(read).isBetween(MUTATIONS / 20, MUTATIONS / 2);
    }

    private static byte[] mutate(byte[] document, SplittableRandom random) {
        int at = random.nextInt(document.length + 1);
        switch (random.nextInt(3)) {
            case 0:
                return Arrays.copyOf(document, Math.min(at, document.length - 1));
            case 1: {
                byte[] flipped = document.clone();
                int i = Math.min(at, document.length - 1);
                flipped[i] =
                        random.nextBoolean() ? (byte) (flipped[i] ^ (1 << random.nextInt(8))) : interesting(random);
                return flipped;
            }
            default: {
                byte[] inserted = new byte[document.length + 1];
                System.arraycopy(document, 0, inserted, 0, at);
                inserted[at] = interesting(random);
                System.arraycopy(document, at, inserted, at + 1, document.length - at);
                return inserted;
            }
        }
    }

    private static byte interesting(SplittableRandom random) {
        byte[] bytes = {
            '"',
            '\\',
            '{',
            '}',
            '[',
            ']',
            ',',
            ':',
            ' ',
            '\n',
            '0',
            '-',
            '.',
            'e',
            'a',
            'u',
            0,
            0x1f,
            0x7f,
            (byte) 0x80,
            (byte) 0xbf,
            (byte) 0xc0,
            (byte) 0xc3,
            (byte) 0xe2,
            (byte) 0xed,
            (byte) 0xf0,
            (byte) 0xf4,
            (byte) 0xff
        };
        return random.nextInt(4) == 0 ? (byte) random.nextInt(256) : bytes[random.nextInt(bytes.length)];
    }

    // Random documents, written by Jackson.

    private static byte[] document(SplittableRandom random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean pretty = random.nextInt(3) == 0;
        int features = (random.nextBoolean() ? JsonWriteFeature.ESCAPE_NON_ASCII.getMask() : 0)
                | (random.nextBoolean() ? JsonWriteFeature.ESCAPE_FORWARD_SLASHES.getMask() : 0);
        ObjectWriteContext context = new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return pretty ? new DefaultPrettyPrinter() : null;
            }

            @Override
            public boolean hasPrettyPrinter() {
                return pretty;
            }

            @Override
            public int getFormatWriteFeatures(int defaults) {
                return defaults | features;
            }
        };
        try (JsonGenerator generator = FACTORY.createGenerator(context, out)) {
            value(generator, random, 0, random.nextInt(8));
        }
        return out.toByteArray();
    }

    private static void value(JsonGenerator generator, SplittableRandom random, int depth, int maxDepth) {
        int kind = depth < maxDepth ? random.nextInt(9) : 2 + random.nextInt(7);
        switch (kind) {
            case 0, 1 -> {
                generator.writeStartObject();
                int size = random.nextInt(8) == 0 ? random.nextInt(40) : random.nextInt(6);
                Set<String> names = new HashSet<>();
                for (int i = 0; i < size; i++) {
                    String name = name(random);
                    if (names.add(name)) {
                        generator.writeName(name);
                        value(generator, random, depth + 1, maxDepth);
                    }
                }
                generator.writeEndObject();
            }
            case 2 -> {
                generator.writeStartArray();
                int size = random.nextInt(6);
                for (int i = 0; i < size; i++) {
                    value(generator, random, depth + 1, maxDepth);
                }
                generator.writeEndArray();
            }
            case 3, 4 -> generator.writeString(string(random, random.nextInt(5) == 0 ? 200 : 40));
            case 5, 6 -> generator.writeNumber(number(random));
            case 7 -> generator.writeBoolean(random.nextBoolean());
            default -> generator.writeNull();
        }
    }

    private static String name(SplittableRandom random) {
        switch (random.nextInt(4)) {
            case 0:
                return FHIR_NAMES[random.nextInt(FHIR_NAMES.length)];
            case 1:
                return ascii(random, random.nextInt(8));
            case 2:
                return ascii(random, 8 + random.nextInt(30));
            default:
                return string(random, 20);
        }
    }

    private static String ascii(SplittableRandom random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private static String string(SplittableRandom random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder();
        boolean plain = random.nextBoolean();
        for (int i = 0; i < length; i++) {
            if (plain || random.nextInt(4) != 0) {
                text.append((char) (' ' + random.nextInt(95)));
            } else {
                text.append(OTHER_CHARACTERS[random.nextInt(OTHER_CHARACTERS.length)]);
            }
        }
        return text.toString();
    }

    private static String number(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        if (random.nextInt(3) == 0) {
            text.append('-');
        }
        if (random.nextInt(5) == 0) {
            text.append('0');
        } else {
            text.append((char) ('1' + random.nextInt(9)));
            int digits = random.nextInt(4) == 0 ? random.nextInt(25) : random.nextInt(10);
            for (int i = 0; i < digits; i++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
        }
        if (random.nextInt(3) == 0) {
            text.append('.');
            for (int i = random.nextInt(20); i >= 0; i--) {
                text.append((char) ('0' + random.nextInt(10)));
            }
        }
        if (random.nextInt(4) == 0) {
            text.append(random.nextBoolean() ? 'e' : 'E');
            int sign = random.nextInt(3);
            text.append(sign == 0 ? "" : sign == 1 ? "+" : "-");
            for (int i = random.nextInt(3); i >= 0; i--) {
                text.append((char) ('0' + random.nextInt(10)));
            }
        }
        return text.toString();
    }

    // The comparison.

    private static void assertSameTree(JsonValue ours, JsonNode theirs, String path, String described) {
        String at = described + ", at " + path;
        assertThat(ours).as(at).isNotNull();
        switch (theirs.getNodeType()) {
            case OBJECT -> {
                assertThat(ours.isObject()).as(at + " an object").isTrue();
                assertThat(ours.propertyNames()).as(at).containsExactlyElementsOf(theirs.propertyNames());
                for (String name : theirs.propertyNames()) {
                    assertSameTree(ours.get(name), theirs.get(name), path + "['" + name + "']", described);
                }
            }
            case ARRAY -> {
                assertThat(ours.isArray()).as(at + " an array").isTrue();
                assertThat(ours.size()).as(at).isEqualTo(theirs.size());
                for (int i = 0; i < theirs.size(); i++) {
                    assertSameTree(ours.get(i), theirs.get(i), path + "[" + i + "]", described);
                }
            }
            case STRING -> {
                assertThat(ours.isString()).as(at + " a string").isTrue();
                assertThat(ours.stringValue()).as(at).isEqualTo(theirs.stringValue());
            }
            case NUMBER -> {
                assertThat(ours.isNumber()).as(at + " a number").isTrue();
                assertThat(ours.isIntegralNumber()).as(at + " integral").isEqualTo(theirs.isIntegralNumber());
                assertThat(ours.isInt()).as(at + " an int").isEqualTo(theirs.isInt());
                if (theirs.isInt()) {
                    assertThat(ours.intValue()).as(at).isEqualTo(theirs.intValue());
                }
                if (theirs.isInt() || theirs.isLong()) {
                    assertThat(ours.longValue()).as(at).isEqualTo(theirs.longValue());
                }
                assertThat(ours.decimalValue()).as(at).isEqualByComparingTo(theirs.decimalValue());
            }
            case BOOLEAN -> {
                assertThat(ours.isBoolean()).as(at + " a boolean").isTrue();
                assertThat(ours.booleanValue()).as(at).isEqualTo(theirs.booleanValue());
            }
            case NULL -> assertThat(ours.isNull()).as(at + " null").isTrue();
            default -> fail(at + ": Jackson gave " + theirs.getNodeType());
        }
    }

    @Test
    void theComparisonSeesADifference() throws UnreadableFhirException {
        JsonValue ours = JsonValueReader.read("{\"a\":[1,\"x\"]}", LIMITS);
        for (String other : List.of("{\"a\":[1,\"y\"]}", "{\"a\":[1]}", "{\"b\":[1,\"x\"]}", "{\"a\":[1.0,\"x\"]}")) {
            JsonNode theirs = JACKSON.readTree(other);
            boolean same;
            try {
                assertSameTree(ours, theirs, "$", other);
                same = true;
            } catch (AssertionError e) {
                same = false;
            }
            assertThat(same).as(other).isFalse();
        }
    }
}
