package org.recoverykit.testkit;

import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/** The JSON Pointers at which two JSON trees differ, as deep as both trees go. */
final class JsonDiff {
    private JsonDiff() {}

    static Set<String> differences(JsonNode a, JsonNode b) {
        Set<String> differences = new TreeSet<>();
        diff("", a, b, differences);
        return differences;
    }

    private static void diff(String pointer, JsonNode a, JsonNode b, Set<String> differences) {
        if (a.equals(b)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> names = new TreeSet<>(a.propertyNames());
            names.addAll(b.propertyNames());
            for (String name : names) {
                diff(pointer + "/" + name, a.path(name), b.path(name), differences);
            }
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                diff(pointer + "/" + i, a.get(i), b.get(i), differences);
            }
        } else {
            differences.add(pointer);
        }
    }
}
