package org.recoverykit.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resources of one read, in input order, and the references between them: by fullUrl, by relative
 * {@code Type/id}, by an absolute URL that ends in {@code Type/id} (with or without {@code _history}), and by
 * {@code #id} to a resource contained in the referring one.
 */
final class ResourceIndex {
    /** What a resource that repeats an earlier one is reported as. */
    static final String REPEAT =
            "a repeat of an earlier entry's resource: another version of it, as in a history Bundle, or a copy";

    private final List<Resource> resources = new ArrayList<>();
    /** The fullUrls without a slash, such as {@code urn:uuid:} ones, which are all most Bundles refer by. */
    private final Map<String, Resource> bySlashlessUrl = new HashMap<>();
    /**
     * The fullUrls with a slash, and the {@code Type/id} of each resource without a fullUrl, seen so far; null until
     * there is one.
     */
    private Set<String> otherKeys;
    /** The fullUrls with a slash and the {@code Type/id} of every resource, built when a reference needs them. */
    private Map<String, Resource> bySlashedKey;

    private final Map<Resource, String> modelIds = new IdentityHashMap<>();
    private final Map<String, Integer> synthesized = new HashMap<>();
    private final Map<String, String> passedOver = new LinkedHashMap<>();

    private final Map<JsonValue, Resource> containedResources = new IdentityHashMap<>();

    /**
     * A resource of the input, with its FHIR path, the resource it is contained in, if any, and its fullUrl.
     * There is one instance per resource, so equality is identity: comparing JSON trees would cost a read dearly.
     */
    static final class Resource {
        private final JsonValue node;
        private final String type;
        private final String path;
        private final Resource container;
        private final String fullUrl;

        Resource(JsonValue node, String type, String path, Resource container, String fullUrl) {
            this.node = node;
            this.type = type;
            this.path = path;
            this.container = container;
            this.fullUrl = fullUrl;
        }

        JsonValue node() {
            return node;
        }

        String type() {
            return type;
        }

        String path() {
            return path;
        }

        Resource container() {
            return container;
        }

        String fullUrl() {
            return fullUrl;
        }
    }

    /**
     * Adds a resource of the input, unless it repeats an earlier one: it has the fullUrl of an earlier resource, or,
     * with no fullUrl, the type and id of an earlier resource that had none either. A repeat is another version of
     * that resource, as a history Bundle lists them newest first, or a copy; it is passed over, for the report.
     */
    void add(JsonValue node, String type, String path, String fullUrl) {
        Resource resource = new Resource(node, type, path, null, fullUrl);
        boolean repeat = fullUrl != null && fullUrl.indexOf('/') < 0
                ? bySlashlessUrl.putIfAbsent(fullUrl, resource) != null
                : !noteKey(node, type, fullUrl);
        if (repeat) {
            passOver(path, REPEAT);
            return;
        }
        resources.add(resource);
        bySlashedKey = null;
    }

    /**
     * Notes a fullUrl with a slash, or else the type and id, of a resource to add.
     *
     * @return true if no earlier resource had it, or the resource has neither
     */
    private boolean noteKey(JsonValue node, String type, String fullUrl) {
        String key = fullUrl;
        if (key == null) {
            JsonValue id = node.get("id");
            if (id == null || !id.isString() || id.stringValue().isBlank()) {
                return true;
            }
            key = type + '/' + id.stringValue();
        }
        if (otherKeys == null) {
            otherKeys = new HashSet<>();
        }
        return otherKeys.add(key);
    }

    /** Gets the resources by the keys with a slash; where two resources have one key, the first is kept. */
    private Map<String, Resource> bySlashedKey() {
        if (bySlashedKey == null) {
            bySlashedKey = new HashMap<>();
            for (Resource resource : resources) {
                if (resource.fullUrl() != null && resource.fullUrl().indexOf('/') >= 0) {
                    bySlashedKey.putIfAbsent(resource.fullUrl(), resource);
                }
                JsonValue id = resource.node().get("id");
                if (id != null && id.isString()) {
                    bySlashedKey.putIfAbsent(resource.type() + '/' + id.stringValue(), resource);
                }
            }
        }
        return bySlashedKey;
    }

    List<Resource> all() {
        return resources;
    }

    /** Notes a part of the input that holds no resource to index, such as an entry without one, for the report. */
    void passOver(String path, String reason) {
        passedOver.put(path, reason);
    }

    /** What {@link #passOver} noted, path to reason, in input order. */
    Map<String, String> passedOver() {
        return passedOver;
    }

    /**
     * Resolves the reference text of a Reference made in a resource; {@code null} if it names nothing here.
     */
    Resource resolve(String reference, Resource from) {
        if (reference.startsWith("#")) {
            return contained(reference.substring(1), from);
        }
        boolean slashed = reference.indexOf('/') >= 0;
        if (slashed && reference.indexOf(':') < 0) {
            // FHIR resolves a relative reference against the base of the referring entry's fullUrl first.
            String base = base(root(from).fullUrl());
            Resource found = base == null ? null : bySlashedKey().get(base + reference);
            if (found != null) {
                return found;
            }
        }
        Resource found = slashed ? bySlashedKey().get(reference) : bySlashlessUrl.get(reference);
        if (found != null || reference.startsWith("urn:")) {
            return found;
        }
        String relative = relativePart(reference);
        return relative == null ? null : bySlashedKey().get(relative);
    }

    /**
     * Gets the service base of a RESTful fullUrl, such as {@code http://example.org/fhir/} of
     * {@code http://example.org/fhir/Goal/1}; null for another fullUrl or none.
     */
    private static String base(String fullUrl) {
        if (fullUrl == null || !(fullUrl.startsWith("http://") || fullUrl.startsWith("https://"))) {
            return null;
        }
        int host = fullUrl.indexOf("://") + 3;
        int id = fullUrl.lastIndexOf('/');
        int type = id > host ? fullUrl.lastIndexOf('/', id - 1) : -1;
        return type > host ? fullUrl.substring(0, type + 1) : null;
    }

    private static Resource root(Resource resource) {
        Resource root = resource;
        while (root.container() != null) {
            root = root.container();
        }
        return root;
    }

    private static String relativePart(String reference) {
        String[] segments = reference.split("/");
        int end = segments.length;
        if (end >= 4 && segments[end - 2].equals("_history")) {
            end -= 2;
        }
        return end >= 2 ? segments[end - 2] + '/' + segments[end - 1] : null;
    }

    private Resource contained(String id, Resource from) {
        Resource root = root(from);
        JsonValue contained = root.node().get("contained");
        if (contained == null || !contained.isArray()) {
            return null;
        }
        int i = 0;
        for (JsonValue node : contained.values()) {
            JsonValue nodeId = node.get("id");
            JsonValue type = node.get("resourceType");
            if (nodeId != null
                    && nodeId.isString()
                    && nodeId.stringValue().equals(id)
                    && type != null
                    && type.isString()) {
                Resource owner = root;
                int at = i;
                return containedResources.computeIfAbsent(
                        node,
                        n -> new Resource(n, type.stringValue(), owner.path() + ".contained[" + at + ']', owner, null));
            }
            i++;
        }
        return null;
    }

    /**
     * Gets the model id of a resource: the value of its identifier in the library's id system, else its id,
     * else the last part of its fullUrl, else one made from its type and place.
     */
    String modelId(Resource resource) {
        String known = modelIds.get(resource);
        if (known != null) {
            return known;
        }
        String id = ReadContext.identifierValue(resource.node()).orElse(null);
        if (id == null) {
            JsonValue plain = resource.node().get("id");
            id = plain != null && plain.isString() && !plain.stringValue().isBlank() ? plain.stringValue() : null;
        }
        if (id == null && resource.fullUrl() != null) {
            String fullUrl = resource.fullUrl();
            id = fullUrl.substring(Math.max(fullUrl.lastIndexOf(':'), fullUrl.lastIndexOf('/')) + 1);
            id = id.isBlank() ? null : id;
        }
        if (id == null) {
            int n = synthesized.merge(resource.type(), 1, Integer::sum);
            id = resource.type().toLowerCase(java.util.Locale.ROOT) + '-' + n;
        }
        modelIds.put(resource, id);
        return id;
    }

    Optional<Resource> first(String type) {
        for (Resource resource : resources) {
            if (resource.type().equals(type)) {
                return Optional.of(resource);
            }
        }
        return Optional.empty();
    }
}
