package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.recoverykit.model.Coded;
import org.recoverykit.model.LifeDomain;
import org.recoverykit.model.ServiceFunction;
import org.recoverykit.validation.Issue;
import org.recoverykit.validation.RecordValidator;
import org.recoverykit.validation.Rule;
import org.recoverykit.validation.ValidationPolicy;
import org.recoverykit.validation.rules.BuiltInRules;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class CodeSystemsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PREFIX = FhirCodeSystems.RECOVERYKIT_BASE + "/CodeSystem/";

    /** Every generated code system, by url. */
    private static Map<String, JsonNode> codeSystems() throws IOException, URISyntaxException {
        Path directory = Path.of(FhirMapping.class.getResource("codesystems/").toURI());
        Map<String, JsonNode> systems = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                JsonNode system = JSON.readTree(Files.readString(file));
                assertThat(file.getFileName().toString()).endsWith(".json");
                assertThat(system.get("url").asString())
                        .isEqualTo(PREFIX + file.getFileName().toString().replace(".json", ""));
                systems.put(system.get("url").asString(), system);
            }
        }
        return systems;
    }

    private static JsonNode codeSystem(String url) throws IOException {
        String name = url.substring(PREFIX.length());
        try (InputStream in = FhirMapping.class.getResourceAsStream("codesystems/" + name + ".json")) {
            assertThat(in).as(name).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static List<String> codes(JsonNode system) {
        List<String> codes = new ArrayList<>();
        system.get("concept").forEach(concept -> codes.add(concept.get("code").asString()));
        return codes;
    }

    /** The library's own code system urls that FhirCodeSystems names. */
    private static Set<String> namedUrls() throws IllegalAccessException {
        Set<String> urls = new TreeSet<>();
        for (Field field : FhirCodeSystems.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())
                    && field.get(null) instanceof String url
                    && url.startsWith(PREFIX)) {
                urls.add(url);
            }
        }
        return urls;
    }

    @Test
    void everyNamedCodeSystemIsGeneratedAndNoOther() throws Exception {
        assertThat(codeSystems().keySet()).containsExactlyInAnyOrderElementsOf(namedUrls());
        assertThat(namedUrls()).hasSize(21);
    }

    @Test
    void everyCodeSystemIsACompleteActiveR4CodeSystemWithUniqueCodes() throws Exception {
        Set<String> versions = new TreeSet<>();
        for (JsonNode system : codeSystems().values()) {
            String url = system.get("url").asString();
            assertThat(system.get("resourceType").asString()).as(url).isEqualTo("CodeSystem");
            assertThat(system.get("status").asString()).as(url).isEqualTo("active");
            assertThat(system.get("content").asString()).as(url).isEqualTo("complete");
            assertThat(system.get("caseSensitive").asBoolean()).as(url).isTrue();
            assertThat(system.get("publisher").asString()).as(url).isEqualTo("RecoveryKit");
            assertThat(system.get("name").asString()).as(url).matches("[A-Z][A-Za-z0-9]{0,254}");
            assertThat(system.get("id").asString()).as(url).matches("[A-Za-z0-9\\-.]{1,64}");
            assertThat(system.get("title").asString()).as(url).startsWith("RecoveryKit ");
            assertThat(system.get("count").asInt())
                    .as(url)
                    .isEqualTo(system.get("concept").size());
            assertThat(codes(system)).as(url).doesNotHaveDuplicates().allMatch(code -> !code.isBlank());
            system.get("concept")
                    .forEach(concept -> assertThat(concept.get("display").asString())
                            .as(url)
                            .isNotBlank());
            versions.add(system.get("version").asString());
        }
        assertThat(versions).hasSize(1).allMatch(version -> !version.isBlank());
    }

    @Test
    void lifeDomainsAndServiceFunctionsAppearExactlyOnceInDeclarationOrder() throws IOException {
        assertThat(codes(codeSystem(FhirCodeSystems.LIFE_DOMAIN)))
                .containsExactlyElementsOf(
                        Stream.of(LifeDomain.values()).map(Coded::getCode).toList());
        JsonNode functions = codeSystem(FhirCodeSystems.SERVICE_FUNCTION);
        assertThat(codes(functions))
                .containsExactlyElementsOf(
                        Stream.of(ServiceFunction.values()).map(Coded::getCode).toList());
        for (JsonNode concept : functions.get("concept")) {
            ServiceFunction function =
                    Coded.of(ServiceFunction.class, concept.get("code").asString());
            assertThat(concept.get("display").asString()).isEqualTo(function.getDisplay());
            assertThat(concept.get("definition").asString()).contains(function.getClause());
        }
    }

    @Test
    void everyRuleAndEveryMessageKeyAppearsExactlyOnce() throws IOException {
        JsonNode rules = codeSystem(FhirCodeSystems.RULE);
        List<String> codes = codes(rules);
        List<String> expected =
                new ArrayList<>(BuiltInRules.all().stream().map(Rule::getId).toList());
        expected.addAll(List.of(
                "FIELD-NOT-BLANK",
                "FIELD-PATTERN",
                "FIELD-POSITIVE",
                "FIELD-UNICODE-TEXT",
                RecordValidator.UNREADABLE));
        assertThat(codes).containsExactlyElementsOf(expected);

        ResourceBundle messages = ResourceBundle.getBundle("org.recoverykit.validation.Messages", Locale.ROOT);
        assertThat(codes).containsAll(messages.keySet());
        for (Rule rule : BuiltInRules.all()) {
            JsonNode concept = concept(rules, rule.getId());
            assertThat(concept.get("definition").asString()).contains(rule.getSource());
        }
    }

    @Test
    void everyRuleThatTheValidatorReportsIsInTheRuleCodeSystem() throws IOException {
        JsonNode rules = codeSystem(FhirCodeSystems.RULE);
        Set<String> codes = new TreeSet<>(codes(rules));
        List<String> documents = new ArrayList<>();
        for (String example : ExampleBundlesTest.NAMES) {
            documents.addAll(variants(example));
        }
        List<Issue> reported = new ArrayList<>();
        LocalDate asOf = LocalDate.of(2027, 1, 1);
        for (ValidationPolicy policy : ValidationPolicy.presets()) {
            RecordValidator validator = RecordValidator.builder().policy(policy).build();
            for (String document : documents) {
                reported.addAll(
                        validator.validate(new StringReader(document), asOf).getIssues());
            }
        }
        Set<String> ids = new TreeSet<>();
        for (Issue issue : reported) {
            ids.add(issue.getRuleId());
            assertThat(concept(rules, issue.getRuleId()).get("definition").asString())
                    .as(issue.getRuleId())
                    .contains(issue.getSource());
        }
        assertThat(codes).containsAll(ids);
        // The variants reach the model constraints and an unreadable document, not only the record rules.
        assertThat(ids).contains("FIELD-NOT-BLANK", "FIELD-PATTERN", "FIELD-POSITIVE", RecordValidator.UNREADABLE);
    }

    /** A sample document as it is, broken in a field constraint each, and unreadable. */
    private static List<String> variants(String example) throws IOException {
        String text = ExampleBundlesTest.document(example);
        ObjectNode document = (ObjectNode) JSON.readTree(text);
        List<String> variants = new ArrayList<>(List.of(text, text.substring(0, text.length() / 2)));
        ObjectNode blank = document.deepCopy();
        ((ObjectNode) blank.get("person")).put("preferredName", " ");
        variants.add(JSON.writeValueAsString(blank));
        if (document.at("/person/languages/0").isObject()) {
            ObjectNode pattern = document.deepCopy();
            ((ObjectNode) pattern.at("/person/languages/0")).put("code", "not a language");
            variants.add(JSON.writeValueAsString(pattern));
        }
        if (document.at("/domainAssessments/0").isObject()) {
            ObjectNode positive = document.deepCopy();
            ((ObjectNode) positive.at("/domainAssessments/0")).put("priority", 0);
            variants.add(JSON.writeValueAsString(positive));
        }
        return variants;
    }

    private static JsonNode concept(JsonNode system, String code) {
        for (JsonNode concept : system.get("concept")) {
            if (concept.get("code").asString().equals(code)) {
                return concept;
            }
        }
        throw new AssertionError(
                "No concept " + code + " in " + system.get("url").asString());
    }
}
