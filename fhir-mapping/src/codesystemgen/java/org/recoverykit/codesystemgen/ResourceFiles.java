package org.recoverykit.codesystemgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the generators of the library's own FHIR conformance resources share: the header of a canonical resource,
 * names, and writing the resources as pretty-printed JSON files under a class-path root.
 */
final class ResourceFiles {
    /** The publisher of every generated resource. */
    static final String PUBLISHER = "RecoveryKit";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ResourceFiles() {}

    /**
     * Checks the arguments of a generator's {@code main}: the class-path root and the project version.
     *
     * @return the arguments
     */
    static String[] arguments(String generator, String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: " + generator + " <class-path root> <version>");
        }
        return args;
    }

    /**
     * Writes files, each followed by a line break, into a directory of a class-path root, creating it as needed.
     *
     * @param root the class-path root, such as {@code target/classes}
     * @param directory the directory under the root, such as {@code org/recoverykit/fhir/codesystems/}
     * @param files the text of each file, by file name
     */
    static void writeAll(String root, String directory, Map<String, String> files) throws IOException {
        Path folder = Path.of(root).resolve(directory);
        Files.createDirectories(folder);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue() + "\n", StandardCharsets.UTF_8);
        }
    }

    /** A new, empty JSON object. */
    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /**
     * The header of an active, non-experimental canonical resource that RecoveryKit publishes: resource type, id,
     * url, version, name, title, status, experimental, publisher and description, in that order.
     */
    static ObjectNode canonical(
            String resourceType, String id, String url, String version, String name, String title, String description) {
        ObjectNode resource = object();
        resource.put("resourceType", resourceType);
        resource.put("id", id);
        resource.put("url", url);
        resource.put("version", version);
        resource.put("name", name);
        resource.put("title", title);
        resource.put("status", "active");
        resource.put("experimental", false);
        resource.put("publisher", PUBLISHER);
        resource.put("description", description);
        return resource;
    }

    /** The PascalCase form of a kebab-case name: {@code next-review-due} gives {@code NextReviewDue}. */
    static String pascalCase(String kebab) {
        StringBuilder name = new StringBuilder();
        for (String word : kebab.split("-")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    /** A resource as pretty-printed JSON, without a final line break. */
    static String write(ObjectNode resource) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(resource);
    }
}
