package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The StructureDefinitions of the extensions, generated from {@link FhirExtension} and shipped in the jar. */
class ExtensionDefinitionsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** What the generator reads the extensions' cardinalities and descriptions from; relative to the module. */
    private static final Path DESCRIPTIONS =
            Path.of("src/codesystemgen/resources/org/recoverykit/codesystemgen/extensions.properties");

    /** Every shipped definition, by file name without {@code .json}. */
    private static Map<String, JsonNode> definitions() throws IOException, URISyntaxException {
        Path directory = Path.of(FhirMapping.class.getResource("extensions/").toURI());
        Map<String, JsonNode> definitions = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                assertThat(file.getFileName().toString()).endsWith(".json");
                definitions.put(
                        file.getFileName().toString().replace(".json", ""), JSON.readTree(Files.readString(file)));
            }
        }
        return definitions;
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = FhirMapping.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The version the build stamped on the generated CodeSystems, which the definitions share. */
    private static String version() throws IOException {
        return JSON.readTree(text("codesystems/rule.json")).get("version").asString();
    }

    /** The differential's element of an id, such as {@code Extension.value[x]}. */
    private static JsonNode element(JsonNode definition, String id) {
        for (JsonNode element : definition.at("/differential/element")) {
            if (element.get("id").asString().equals(id)) {
                return element;
            }
        }
        throw new AssertionError(
                "No element " + id + " in " + definition.get("url").asString());
    }

    private static List<String> ids(JsonNode definition) {
        List<String> ids = new ArrayList<>();
        definition
                .at("/differential/element")
                .forEach(element -> ids.add(element.get("id").asString()));
        return ids;
    }

    @Test
    void thereIsExactlyOneDefinitionPerExtensionNamedAfterIt() throws Exception {
        Map<String, JsonNode> definitions = definitions();
        assertThat(definitions.keySet())
                .containsExactlyInAnyOrderElementsOf(Stream.of(FhirExtension.values())
                        .map(FhirExtension::getName)
                        .toList());
        for (FhirExtension extension : FhirExtension.values()) {
            JsonNode definition = definitions.get(extension.getName());
            assertThat(definition.get("url").asString()).isEqualTo(extension.getUrl());
            assertThat(definition.get("id").asString()).isEqualTo(extension.getName());
        }
    }

    @Test
    void everyDefinitionConstrainsExtensionOnTheElementsOfItsConstant() throws Exception {
        String version = version();
        Map<String, JsonNode> definitions = definitions();
        for (FhirExtension extension : FhirExtension.values()) {
            JsonNode definition = definitions.get(extension.getName());
            String name = extension.getName();
            assertThat(definition.get("resourceType").asString()).as(name).isEqualTo("StructureDefinition");
            assertThat(definition.get("version").asString()).as(name).isEqualTo(version);
            assertThat(definition.get("name").asString()).as(name).matches("RecoveryKit[A-Z][A-Za-z0-9]*");
            assertThat(definition.get("status").asString()).as(name).isEqualTo("active");
            assertThat(definition.get("publisher").asString()).as(name).isEqualTo("RecoveryKit");
            assertThat(definition.get("fhirVersion").asString()).as(name).isEqualTo("4.0.1");
            assertThat(definition.get("kind").asString()).as(name).isEqualTo("complex-type");
            assertThat(definition.get("abstract").asBoolean()).as(name).isFalse();
            assertThat(definition.get("type").asString()).as(name).isEqualTo("Extension");
            assertThat(definition.get("baseDefinition").asString())
                    .as(name)
                    .isEqualTo("http://hl7.org/fhir/StructureDefinition/Extension");
            assertThat(definition.get("derivation").asString()).as(name).isEqualTo("constraint");
            List<String> contexts = new ArrayList<>();
            for (JsonNode context : definition.get("context")) {
                assertThat(context.get("type").asString()).as(name).isEqualTo("element");
                contexts.add(context.get("expression").asString());
            }
            assertThat(contexts).as(name).containsExactlyElementsOf(extension.getContexts());
            assertThat(element(definition, "Extension.url").get("fixedUri").asString())
                    .as(name)
                    .isEqualTo(extension.getUrl());
            assertThat(definition.has("snapshot")).as(name).isFalse();
        }
    }

    @Test
    void aSimpleDefinitionHasOneValueOfItsTypeAndAComplexOneASliceForEachPart() throws Exception {
        Map<String, JsonNode> definitions = definitions();
        for (FhirExtension extension : FhirExtension.values()) {
            JsonNode definition = definitions.get(extension.getName());
            String name = extension.getName();
            if (extension.getParts().isEmpty()) {
                assertThat(ids(definition))
                        .as(name)
                        .containsExactly("Extension", "Extension.extension", "Extension.url", "Extension.value[x]");
                assertThat(element(definition, "Extension.extension").get("max").asString())
                        .as(name)
                        .isEqualTo("0");
                JsonNode value = element(definition, "Extension.value[x]");
                assertThat(value.get("min").asInt()).as(name).isEqualTo(1);
                assertThat(value.at("/type/0/code").asString()).as(name).isEqualTo(extension.getValueType());
                continue;
            }
            assertThat(extension.getValueType()).as(name).isEqualTo("complex");
            JsonNode slicing = element(definition, "Extension.extension").get("slicing");
            assertThat(slicing.at("/discriminator/0/type").asString()).as(name).isEqualTo("value");
            assertThat(slicing.at("/discriminator/0/path").asString()).as(name).isEqualTo("url");
            assertThat(slicing.get("rules").asString()).as(name).isEqualTo("closed");
            List<String> slices = new ArrayList<>();
            for (String part : extension.getParts()) {
                String partName = part.substring(0, part.indexOf(':'));
                String id = "Extension.extension:" + partName;
                slices.add(id);
                assertThat(element(definition, id).get("sliceName").asString()).isEqualTo(partName);
                assertThat(element(definition, id + ".url").get("fixedUri").asString())
                        .isEqualTo(partName);
                assertThat(element(definition, id + ".value[x]")
                                .at("/type/0/code")
                                .asString())
                        .as(name + " " + partName)
                        .isEqualTo(part.substring(part.indexOf(':') + 1));
            }
            assertThat(ids(definition).stream()
                            .filter(id -> id.matches("Extension\\.extension:[A-Za-z]+"))
                            .toList())
                    .as(name)
                    .containsExactlyElementsOf(slices);
            assertThat(element(definition, "Extension.value[x]").get("max").asString())
                    .as(name)
                    .isEqualTo("0");
        }
    }

    @Test
    void everyExtensionAndEveryPartIsDescribedAndTheDefinitionSaysSo() throws Exception {
        Properties descriptions = new Properties();
        try (Reader reader = Files.newBufferedReader(DESCRIPTIONS, StandardCharsets.UTF_8)) {
            descriptions.load(reader);
        }
        Map<String, JsonNode> definitions = definitions();
        for (FhirExtension extension : FhirExtension.values()) {
            String name = extension.getName();
            String description = descriptions.getProperty(name + ".description");
            assertThat(description).as(name).isNotBlank();
            assertThat(descriptions.getProperty(name + ".cardinality")).as(name).isIn("0..1", "0..*");
            JsonNode definition = definitions.get(name);
            assertThat(definition.get("description").asString()).as(name).startsWith(description);
            assertThat(element(definition, "Extension").get("definition").asString())
                    .as(name)
                    .isEqualTo(description);
            assertThat(element(definition, "Extension").get("max").asString())
                    .as(name)
                    .isEqualTo(descriptions.getProperty(name + ".cardinality").substring(3));
            for (String part : extension.getParts()) {
                String partName = part.substring(0, part.indexOf(':'));
                String partDescription = descriptions.getProperty(name + "." + partName + ".description");
                assertThat(partDescription).as(name + " " + partName).isNotBlank();
                assertThat(element(definition, "Extension.extension:" + partName)
                                .get("definition")
                                .asString())
                        .isEqualTo(partDescription);
            }
        }
    }

    @Test
    void aRepeatedStringExtensionMayRepeatAndASingleOneMayNot() throws Exception {
        Map<String, JsonNode> definitions = definitions();
        assertThat(element(definitions.get("strength"), "Extension").get("max").asString())
                .isEqualTo("*");
        assertThat(element(definitions.get("team-member"), "Extension")
                        .get("max")
                        .asString())
                .isEqualTo("*");
        assertThat(element(definitions.get("pronouns"), "Extension").get("max").asString())
                .isEqualTo("1");
    }

    @Test
    void theDefinitionOfASimpleExtensionIsAsItWasReviewed() throws IOException {
        assertThat(text("extensions/life-domain.json"))
                .isEqualTo(text("golden/extension-life-domain.json").replace("@VERSION@", version()));
    }

    @Test
    void theDefinitionOfAComplexExtensionIsAsItWasReviewed() throws IOException {
        assertThat(text("extensions/goal-progress.json"))
                .isEqualTo(text("golden/extension-goal-progress.json").replace("@VERSION@", version()));
    }
}
