package org.recoverykit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON Schema shipped in the jar describes the documents that {@link RecordJson} reads and writes. */
class RecordSchemaTest {
    private static final String SCHEMA = "recovery-record.schema.json";
    private static final String EXAMPLES = "examples";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Schema RECORD_SCHEMA = loadSchema();

    private static Schema loadSchema() {
        try (InputStream in = RecordJson.class.getResourceAsStream(SCHEMA)) {
            assertThat(in).as("the schema resource next to RecordJson").isNotNull();
            return REGISTRY.getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Stream<Path> exampleDocuments() throws IOException, URISyntaxException {
        URL folder = RecordSchemaTest.class.getResource(EXAMPLES);
        assertThat(folder).as("the example documents on the test class path").isNotNull();
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            List<Path> documents =
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertThat(documents).hasSizeGreaterThanOrEqualTo(6);
            return documents.stream();
        }
    }

    private static List<Error> validate(String document) {
        return RECORD_SCHEMA.validate(document, InputFormat.JSON);
    }

    private static String golden() throws IOException {
        return RecordJsonTest.golden("complete-record.json");
    }

    private static String goldenChanged(Consumer<ObjectNode> change) throws IOException {
        ObjectNode document = (ObjectNode) MAPPER.readTree(golden());
        change.accept(document);
        return MAPPER.writeValueAsString(document);
    }

    private static ObjectNode at(JsonNode document, String pointer) {
        return (ObjectNode) document.at(pointer);
    }

    @Test
    void isAValidDraft202012Schema() throws IOException {
        Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        try (InputStream in = RecordJson.class.getResourceAsStream(SCHEMA)) {
            String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(metaSchema.validate(schema, InputFormat.JSON)).isEmpty();
            assertThat(MAPPER.readTree(schema).get("$schema").asString())
                    .isEqualTo("https://json-schema.org/draft/2020-12/schema");
        }
    }

    @Test
    void describesTheModelTypesInDefsWithCodesAndFormats() {
        JsonNode schema = RECORD_SCHEMA.getSchemaNode();
        JsonNode defs = schema.get("$defs");
        assertThat(defs.get("Attendance").get("enum").toString())
                .isEqualTo("[\"attended\",\"missed\",\"cancelled-by-person\",\"cancelled-by-service\"]");
        assertThat(defs.get("Contact")
                        .get("properties")
                        .get("start")
                        .get("format")
                        .asString())
                .isEqualTo("date-time");
        assertThat(defs.get("Person")
                        .get("properties")
                        .get("birthDate")
                        .get("format")
                        .asString())
                .isEqualTo("date");
        assertThat(defs.get("Intervention")
                        .get("properties")
                        .get("amount")
                        .get("format")
                        .asString())
                .isEqualTo("duration");
        assertThat(defs.get("Contact").get("required").toString()).isEqualTo("[\"id\",\"start\",\"attendance\"]");
        assertThat(defs.get("Contact").get("additionalProperties").asBoolean()).isFalse();
        assertThat(schema.get("required").toString()).isEqualTo("[\"id\",\"person\"]");
        assertThat(schema.get("properties").get("formatVersion").get("const").asString())
                .isEqualTo("1");
    }

    @Test
    void acceptsTheGoldenDocument() throws IOException {
        assertThat(validate(golden())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("exampleDocuments")
    void acceptsEveryExampleDocument(Path document) throws IOException {
        assertThat(validate(Files.readString(document))).isEmpty();
    }

    @Test
    void acceptsAMinimalDocument() {
        assertThat(validate("{\"id\":\"rec-1\",\"person\":{\"id\":\"per-1\"}}")).isEmpty();
    }

    @Test
    void rejectsAnUnknownProperty() throws Exception {
        String document = goldenChanged(d -> at(d, "/person").put("nickname", "Dee-Dee"));
        assertThat(validate(document))
                .extracting(e -> e.getInstanceLocation().toString(), Error::getKeyword)
                .contains(tuple("/person", "additionalProperties"));
        assertThatThrownBy(() -> RecordJson.defaults().read(document)).isInstanceOf(UnreadableDocumentException.class);
    }

    @Test
    void rejectsAnUnknownCode() throws Exception {
        String document = goldenChanged(d -> at(d, "/contacts/1").put("attendance", "no-show"));
        assertThat(validate(document))
                .extracting(e -> e.getInstanceLocation().toString(), Error::getKeyword)
                .contains(tuple("/contacts/1/attendance", "enum"));
        assertThatThrownBy(() -> RecordJson.defaults().read(document)).isInstanceOf(UnreadableDocumentException.class);
    }

    @Test
    void rejectsAnEnumConstantNameInPlaceOfItsCode() throws Exception {
        String document = goldenChanged(d -> at(d, "/contacts/1").put("attendance", "MISSED"));
        assertThat(validate(document)).isNotEmpty();
        assertThatThrownBy(() -> RecordJson.defaults().read(document)).isInstanceOf(UnreadableDocumentException.class);
    }

    @Test
    void rejectsAMissingRequiredId() throws Exception {
        for (String pointer : List.of("", "/person", "/plans/0", "/plans/0/goals/0", "/contacts/0", "/referrals/0")) {
            String document = goldenChanged(d -> at(d, pointer).remove("id"));
            assertThat(validate(document))
                    .as("without the id at %s", pointer)
                    .extracting(Error::getKeyword, Error::getProperty)
                    .containsExactly(tuple("required", "id"));
            assertThatThrownBy(() -> RecordJson.defaults().read(document))
                    .isInstanceOf(UnreadableDocumentException.class);
        }
    }

    @Test
    void rejectsAnotherFormatVersion() throws Exception {
        String document = goldenChanged(d -> d.put("formatVersion", "2"));
        assertThat(validate(document)).extracting(Error::getKeyword).containsExactly("const");
    }

    @Test
    void rejectsADateOrTimeInAnotherFormat() throws Exception {
        String date = goldenChanged(d -> at(d, "/person").put("birthDate", "12/04/1991"));
        assertThat(validate(date)).extracting(Error::getKeyword).containsExactly("format");
        String time = goldenChanged(d -> at(d, "/contacts/0").put("start", "2026-10-02T10:00:00"));
        assertThat(validate(time)).extracting(Error::getKeyword).containsExactly("format");
    }

    @Test
    void rejectsNullBecauseTheWriterLeavesAbsentValuesOut() throws Exception {
        assertThat(golden()).doesNotContain(": null");
        String contact = goldenChanged(d -> at(d, "/contacts/0").putNull("end"));
        assertThat(validate(contact)).extracting(Error::getKeyword).containsExactly("type");
        String period = goldenChanged(d -> at(d, "/episodes/0/period").putNull("end"));
        assertThat(validate(period)).extracting(Error::getKeyword).containsExactly("type");
    }

    @Test
    void rejectsAWrongType() throws Exception {
        String document = goldenChanged(d -> {
            at(d, "/person").put("interpreterNeeded", "yes");
            at(d, "/person").put("strengths", "good listener");
        });
        assertThat(validate(document)).extracting(Error::getKeyword).containsExactly("type", "type");
    }
}
