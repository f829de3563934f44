package org.recoverykit.codesystemgen;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recoverykit.fhir.FhirCodeSystems;
import org.recoverykit.fhir.FhirExtension;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes one FHIR R4 StructureDefinition for each of the library's own extensions, the constants of
 * {@link FhirExtension}.
 *
 * <p>The build runs this in the {@code process-classes} phase, after {@link CodeSystemGenerator}, and ships its
 * output in the fhir-mapping jar under {@value #DIRECTORY}, one file per extension named after it: the definition
 * of {@code https://recoverykit.org/fhir/StructureDefinition/pronouns} is {@code pronouns.json}. The class itself
 * is not shipped.
 *
 * <p>Each definition constrains the base Extension and has a differential only (a validator generates the
 * snapshot): the url, the contexts and the value type come from the enum; the cardinality, the description, the
 * target of a Reference and the code system of a Coding come from {@value #DESCRIPTIONS}, kept beside this class,
 * which must say something about every extension and every part of a complex one, and nothing else. A simple
 * extension has a required value of its type and no sub-extensions; a complex one has no value and a closed
 * slicing of its sub-extensions by url, one slice per part, each with a required value of the part's type.
 */
public final class StructureDefinitionGenerator {
    /** The class-path directory of the generated resources. */
    public static final String DIRECTORY = "org/recoverykit/fhir/extensions/";

    /** The class-path resource, beside this class, that describes the extensions. */
    /** The urls of the code systems that {@link FhirCodeSystems} names. */
    private static final Set<String> CODE_SYSTEMS = codeSystems();

    private static final String DESCRIPTIONS = "extensions.properties";

    private static final String CORE = "http://hl7.org/fhir/StructureDefinition/";
    private static final String COMPLEX = "complex";
    private static final Pattern CARDINALITY = Pattern.compile("([01])\\.\\.([1*])");

    private final String version;
    private final Properties descriptions;
    private final Set<String> used = new HashSet<>();

    private StructureDefinitionGenerator(String version, Properties descriptions) {
        this.version = version;
        this.descriptions = descriptions;
    }

    /**
     * Writes the structure definitions under a class-path root.
     *
     * @param args two arguments: the class-path root, such as {@code target/classes}, and the project version
     * @throws IOException if the descriptions cannot be read or a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        String[] arguments = ResourceFiles.arguments("StructureDefinitionGenerator", args);
        ResourceFiles.writeAll(
                arguments[0], DIRECTORY, new StructureDefinitionGenerator(arguments[1], descriptions()).generate());
    }

    private static Properties descriptions() throws IOException {
        try (InputStream in = StructureDefinitionGenerator.class.getResourceAsStream(DESCRIPTIONS)) {
            if (in == null) {
                throw new IllegalStateException("No " + DESCRIPTIONS + " on the class path");
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        }
    }

    /** Generates every definition, by file name, in the enum's order. */
    private Map<String, String> generate() {
        Map<String, String> files = new LinkedHashMap<>();
        for (FhirExtension extension : FhirExtension.values()) {
            files.put(extension.getName() + ".json", ResourceFiles.write(definition(extension)));
        }
        Set<String> unknown = new TreeSet<>(descriptions.stringPropertyNames());
        unknown.removeAll(used);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Keys of no extension or part in " + DESCRIPTIONS + ": " + unknown);
        }
        return files;
    }

    private ObjectNode definition(FhirExtension extension) {
        String name = extension.getName();
        String description = required(name + ".description");
        ObjectNode definition = ResourceFiles.canonical(
                "StructureDefinition",
                name,
                extension.getUrl(),
                version,
                "RecoveryKit" + ResourceFiles.pascalCase(name),
                "RecoveryKit " + name.replace('-', ' ') + " extension",
                description + " Generated from the RecoveryKit FHIR mapping; do not edit.");
        definition.put("fhirVersion", "4.0.1");
        definition.put("kind", "complex-type");
        definition.put("abstract", false);
        ArrayNode contexts = definition.putArray("context");
        for (String context : extension.getContexts()) {
            contexts.addObject().put("type", "element").put("expression", context);
        }
        definition.put("type", "Extension");
        definition.put("baseDefinition", CORE + "Extension");
        definition.put("derivation", "constraint");

        ArrayNode elements = definition.putObject("differential").putArray("element");
        described(element(elements, "Extension", "Extension"), description, cardinality(name));
        if (extension.getValueType().equals(COMPLEX)) {
            if (extension.getParts().isEmpty()) {
                throw new IllegalStateException("A complex extension without parts: " + name);
            }
            parts(elements, name, extension.getParts());
            element(elements, "Extension.url", "Extension.url").put("fixedUri", extension.getUrl());
            element(elements, "Extension.value[x]", "Extension.value[x]").put("max", "0");
        } else {
            if (!extension.getParts().isEmpty()) {
                throw new IllegalStateException("A simple extension with parts: " + name);
            }
            element(elements, "Extension.extension", "Extension.extension").put("max", "0");
            element(elements, "Extension.url", "Extension.url").put("fixedUri", extension.getUrl());
            value(elements, "Extension.value[x]", "Extension.value[x]", name, extension.getValueType());
        }
        return definition;
    }

    /** The slicing of a complex extension's sub-extensions by url, then each part's slice. */
    private void parts(ArrayNode elements, String name, List<String> parts) {
        ObjectNode extensions = element(elements, "Extension.extension", "Extension.extension");
        ObjectNode slicing = extensions.putObject("slicing");
        slicing.putArray("discriminator").addObject().put("type", "value").put("path", "url");
        slicing.put("ordered", false);
        slicing.put("rules", "closed");
        int min = 0;
        for (String part : parts) {
            String[] nameAndType = part.split(":", -1);
            if (nameAndType.length != 2 || nameAndType[0].isEmpty() || nameAndType[1].isEmpty()) {
                throw new IllegalStateException("A part not written name:type in " + name + ": " + part);
            }
            String partName = nameAndType[0];
            String key = name + "." + partName;
            String id = "Extension.extension:" + partName;
            String[] cardinality = cardinality(key);
            min += cardinality[0].equals("1") ? 1 : 0;
            ObjectNode slice = element(elements, id, "Extension.extension");
            slice.put("sliceName", partName);
            described(slice, required(key + ".description"), cardinality);
            element(elements, id + ".extension", "Extension.extension.extension")
                    .put("max", "0");
            element(elements, id + ".url", "Extension.extension.url").put("fixedUri", partName);
            value(elements, id + ".value[x]", "Extension.extension.value[x]", key, nameAndType[1]);
        }
        // One for each required part. The slices went into the array, not into this element, whose properties
        // stay in the order id, path, slicing, min.
        extensions.put("min", min);
    }

    /** The required value of a simple extension or of a part, with its type, target and code system. */
    private void value(ArrayNode elements, String id, String path, String key, String type) {
        ObjectNode value = element(elements, id, path);
        value.put("min", 1);
        ObjectNode code = value.putArray("type").addObject().put("code", type);
        String target = descriptions.getProperty(key + ".target");
        if (target != null) {
            if (!type.equals("Reference")) {
                throw new IllegalStateException("A target for a value that is not a Reference: " + key);
            }
            used.add(key + ".target");
            code.putArray("targetProfile").add(CORE + target);
        }
        String system = descriptions.getProperty(key + ".system");
        if (system != null) {
            if (!type.equals("Coding")) {
                throw new IllegalStateException("A code system for a value that is not a Coding: " + key);
            }
            if (!CODE_SYSTEMS.contains(system)) {
                throw new IllegalStateException("A code system that FhirCodeSystems does not name: " + key);
            }
            used.add(key + ".system");
            value.putObject("patternCoding").put("system", system);
        }
    }

    private static ObjectNode element(ArrayNode elements, String id, String path) {
        return elements.addObject().put("id", id).put("path", path);
    }

    private static void described(ObjectNode element, String description, String[] cardinality) {
        element.put("short", description);
        element.put("definition", description);
        element.put("min", Integer.parseInt(cardinality[0]));
        element.put("max", cardinality[1]);
    }

    /** The minimum and maximum of an extension or a part, such as {@code 0} and {@code *}. */
    private String[] cardinality(String key) {
        String cardinality = required(key + ".cardinality");
        Matcher matcher = CARDINALITY.matcher(cardinality);
        if (!matcher.matches()) {
            throw new IllegalStateException("A cardinality other than 0..1, 1..1, 0..* or 1..*: " + key);
        }
        return new String[] {matcher.group(1), matcher.group(2)};
    }

    private String required(String key) {
        String value = descriptions.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("No " + key + " in " + DESCRIPTIONS);
        }
        used.add(key);
        return value.strip();
    }

    private static Set<String> codeSystems() {
        Set<String> urls = new HashSet<>();
        for (Field field : FhirCodeSystems.class.getFields()) {
            try {
                if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof String url) {
                    urls.add(url);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return urls;
    }
}
