package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoverykit.json.RecordJson;
import org.recoverykit.json.UnreadableDocumentException;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.testkit.RecordGenerator;
import org.recoverykit.testkit.Seeds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The FHIRPaths that an OperationOutcome gives name the elements that the record's Bundle holds, by HAPI FHIR's
 * FHIRPath engine, over 60 generated records ({@code -Drecoverykit.seed=<seed>} replays one run's seeds from
 * another base).
 *
 * <p>Every element of a generated record's native document that the mapping writes and that has a path is
 * checked: its resource is the one written at its place in the record, the resource whose id the writer makes of
 * the record id and the place, and it carries the model id where the element has one; each path rooted at that
 * resource's type must select something there; and what the paths select must hold the element's value, unless
 * the mapping writes the value as a reference or as another code, or the path stops at an element that does not
 * hold it.
 */
class ElementPathsFhirPathTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The elements whose value the mapping writes as another code or in another unit, so that what the path
     * selects holds the element but not its text.
     */
    private static final Set<String> WRITTEN_OTHERWISE = Set.of(
            "/plans/*/goals/*/priority", // high is high-priority
            "/plans/*/interventions/*/frequency/unit", // week is wk, a UCUM unit
            "/plans/*/supports/*/frequency/unit",
            "/contactArrangements/*/frequency/unit",
            "/contacts/*/attendance", // attended is finished, missed is noshow
            "/episodes/*/status"); // planned is planned, but closed is finished

    /**
     * The elements, and those within them, whose path stops at an element that does not hold them, as the place
     * the mapping gives them depends on their value.
     */
    private static final Set<String> HELD_ELSEWHERE = Set.of(
            "/plans/*/interventions/*/amount", // in the Timing, or in an extension where the Timing cannot hold it
            "/plans/*/interventions/*/duration",
            "/plans/*/supports/*/amount",
            "/plans/*/supports/*/duration",
            "/plans/*/team/*/name", // in the participant, or in its contained Practitioner
            "/plans/*/team/*/contactPoints");

    static LongStream seeds() {
        return Seeds.stream(60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyPathSelectsItsElementInTheBundle(long seed) {
        RecoveryRecord record = RecordGenerator.defaults().record(new SplittableRandom(seed));
        Set<String> lines = new HashSet<>();

        List<String> failures = check(record, lines);

        assertThat(failures)
                .as("seed %d: paths that do not name their element", seed)
                .isEmpty();
        assertThat(lines).as("seed %d: lines of the table checked", seed).hasSizeGreaterThan(50);
    }

    /**
     * A path with an index names the element's item where blank items before it are left out too: each list of
     * strings of a generated record, and its addresses, get a blank first item, which the mapping does not write, so
     * that a path whose index is the model's and not the FHIR one names the wrong item and fails.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyPathSelectsItsElementWhereBlankItemsBeforeItAreLeftOut(long seed) throws Exception {
        RecoveryRecord record = withBlankFirstItems(RecordGenerator.defaults().record(new SplittableRandom(seed)));

        assertThat(check(record, new HashSet<>()))
                .as("seed %d: paths that do not name their element", seed)
                .isEmpty();
    }

    /**
     * Puts a blank item first in each list of strings and in the addresses, where the model reads it: a list of codes
     * or ids that a blank would make unreadable or unresolvable is left as it is.
     */
    private static RecoveryRecord withBlankFirstItems(RecoveryRecord record) throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree(RecordJson.defaults().toJson(record));
        List<ArrayNode> lists = new ArrayList<>();
        walk(document, "", (pointer, node) -> {
            boolean strings = node.isArray() && !node.isEmpty() && node.get(0).isString();
            if (strings && !pointer.endsWith("Ids") || pointer.endsWith("/addresses")) {
                lists.add((ArrayNode) node);
            }
        });
        for (ArrayNode list : lists) {
            list.insert(
                    0,
                    list.isEmpty() || list.get(0).isString()
                            ? JSON.getNodeFactory().textNode(" ")
                            : JSON.createObjectNode());
            try {
                RecordJson.defaults().read(JSON.writeValueAsString(document));
            } catch (UnreadableDocumentException e) {
                list.remove(0);
            }
        }
        return RecordJson.defaults().read(JSON.writeValueAsString(document));
    }

    /**
     * Every line of the table is checked on some record: on as many generated records as it takes to meet every
     * line, each also with its crisis plans asking their professionals, which gives the people to ask team members
     * and contact points that no generated record has.
     */
    @Test
    void everyLineOfTheTableNamesItsElementInSomeBundle() {
        Set<String> lines = new HashSet<>();
        for (long seed : Seeds.stream(1_000).toArray()) {
            RecoveryRecord generated = RecordGenerator.defaults().record(new SplittableRandom(seed));
            for (RecoveryRecord record : List.of(generated, askingProfessionals(generated))) {
                if (!lines.containsAll(linesWritten(record))) {
                    assertThat(check(record, lines))
                            .as("seed %d: paths that do not name their element", seed)
                            .isEmpty();
                }
            }
            if (lines.containsAll(ElementPaths.pointers())) {
                break;
            }
        }

        assertThat(lines).as("lines of the table checked").containsAll(ElementPaths.pointers());
    }

    /** Makes every plan's crisis plan ask its professionals too, as people to ask. */
    private static RecoveryRecord askingProfessionals(RecoveryRecord record) {
        List<RecoveryPlan> plans = new ArrayList<>();
        for (RecoveryPlan plan : record.getPlans()) {
            plans.add(plan.withCrisisPlan(plan.getCrisisPlan()
                    .map(crisis -> crisis.withPeopleToAsk(
                            Stream.concat(crisis.getPeopleToAsk().stream(), crisis.getProfessionals().stream())
                                    .toList()))));
        }
        return record.withPlans(plans);
    }

    /** The lines of the table that the elements a record writes match. */
    private static Set<String> linesWritten(RecoveryRecord record) {
        Set<String> lines = new HashSet<>();
        walk(JSON.readTree(RecordJson.defaults().toJson(record)), "", (pointer, node) -> {
            if (isWritten(node) && ElementPaths.pointers().contains(pattern(pointer))) {
                lines.add(pattern(pointer));
            }
        });
        return lines;
    }

    /**
     * Checks the paths of every element that a record writes, and adds the lines of the table that those
     * elements match to a set.
     *
     * @return the failures, each naming an element's pointer and its paths; empty if none
     */
    private static List<String> check(RecoveryRecord record, Set<String> lines) {
        Bundle bundle = FhirPaths.bundle(FhirMapping.defaults().toBundle(record));
        Map<String, Resource> resources = new HashMap<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            resources.put(entry.getFullUrl().substring("urn:uuid:".length()), entry.getResource());
        }
        byte[] recordKey = WriteContext.recordKey(record.getId());
        JsonNode document = JSON.readTree(RecordJson.defaults().toJson(record));
        List<String> failures = new ArrayList<>();

        walk(document, "", (pointer, node) -> {
            List<String> expressions = ElementPaths.expressions(pointer);
            if (expressions.isEmpty() || !isWritten(node)) {
                return;
            }
            List<Base> selected = new ArrayList<>();
            int applied = 0;
            for (String expression : expressions) {
                String type = expression.split("\\.", 2)[0];
                Optional<Located> located = locate(pointer, type, document, resources, recordKey);
                if (located.isEmpty()) {
                    continue;
                }
                applied++;
                located.get().checkIdentifier(pointer, failures);
                List<Base> result = FhirPaths.evaluate(located.get().resource(), expression);
                if (result.isEmpty()) {
                    failures.add(pointer + ": " + expression + " selects nothing");
                }
                selected.addAll(result);
            }
            if (applied == 0) {
                failures.add(pointer + ": no resource of " + expressions);
                return;
            }
            String pattern = pattern(pointer);
            if (ElementPaths.pointers().contains(pattern)) {
                lines.add(pattern);
            }
            if (node.isValueNode()
                    && !WRITTEN_OTHERWISE.contains(pattern)
                    && HELD_ELSEWHERE.stream().noneMatch(p -> pattern.equals(p) || pattern.startsWith(p + '/'))) {
                checkValue(pointer, expressions, node, selected, resources, failures);
            }
        });
        return failures;
    }

    /** A resource, and the pointer of the model element it was written from. */
    private record Located(Resource resource, String pointer, JsonNode element) {
        /** Checks that the resource carries the model id of its element, where the element has one. */
        void checkIdentifier(String at, List<String> failures) {
            JsonNode id = element.get("id");
            List<Identifier> identifiers = new ArrayList<>();
            for (Base base : FhirPaths.evaluate(resource, "identifier")) {
                Identifier identifier = (Identifier) base;
                if (FhirCodeSystems.ID.equals(identifier.getSystem())) {
                    identifiers.add(identifier);
                }
            }
            if (id != null && id.isString() && !identifiers.isEmpty()) {
                if (identifiers.stream().noneMatch(i -> id.asString().equals(i.getValue()))) {
                    failures.add(at + ": the " + resource.fhirType() + " of " + pointer + " has another id");
                }
            }
        }
    }

    /**
     * Finds the resource of a type that an element is written into: the one written at the place of the element,
     * or of the nearest element it lies in. A place is a pointer without its slash, but that a discharge plan's
     * continuing services, its follow-up appointments and a referral's outreach attempts have shorter names, and a
     * referral's Task is at the referral's place and {@code /task}.
     */
    private static Optional<Located> locate(
            String pointer, String type, JsonNode document, Map<String, Resource> resources, byte[] recordKey) {
        for (String at = pointer; !at.isEmpty(); at = parent(at)) {
            String place = at.substring(1)
                    .replace("/continuingServices/", "/services/")
                    .replace("/followUpAppointments/", "/appointments/")
                    .replace("/outreachAttempts/", "/outreach/");
            for (String candidate : List.of(place, place + "/task")) {
                Resource resource = resources.get(WriteContext.id(recordKey, candidate));
                if (resource != null && resource.fhirType().equals(type)) {
                    return Optional.of(new Located(resource, at, document.at(at)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Checks that what the paths select holds the element's value: a primitive, or a reference to a resource whose
     * model id it is. A reference that names no entry of the Bundle, as to a contained resource, is not checked.
     */
    private static void checkValue(
            String pointer,
            List<String> expressions,
            JsonNode node,
            List<Base> selected,
            Map<String, Resource> resources,
            List<String> failures) {
        String expected = node.isString() ? node.asString() : node.toString();
        boolean unresolved = false;
        List<String> values = new ArrayList<>();
        List<Base> pending = new ArrayList<>(selected);
        while (!pending.isEmpty()) {
            Base base = pending.remove(pending.size() - 1);
            if (base instanceof Reference reference) {
                Optional<String> id = modelId(reference, resources);
                id.ifPresent(values::add);
                unresolved |= id.isEmpty();
                continue;
            }
            if (base.isPrimitive() && base.primitiveValue() != null) {
                values.add(base.primitiveValue());
            }
            for (Property property : base.children()) {
                pending.addAll(property.getValues());
            }
        }
        if (!unresolved && values.stream().noneMatch(value -> same(expected, value))) {
            failures.add(pointer + ": " + expressions + " does not hold the element's value");
        }
    }

    /** Gets the model id of the entry a reference names by its fullUrl, or that its identifier gives. */
    private static Optional<String> modelId(Reference reference, Map<String, Resource> resources) {
        if (reference.hasIdentifier()
                && FhirCodeSystems.ID.equals(reference.getIdentifier().getSystem())) {
            return Optional.of(reference.getIdentifier().getValue());
        }
        String url = reference.getReference();
        Resource target = url != null && url.startsWith("urn:uuid:") ? resources.get(url.substring(9)) : null;
        if (target == null) {
            return Optional.empty();
        }
        for (Base base : FhirPaths.evaluate(target, "identifier")) {
            Identifier identifier = (Identifier) base;
            if (FhirCodeSystems.ID.equals(identifier.getSystem())) {
                return Optional.of(identifier.getValue());
            }
        }
        return Optional.empty();
    }

    /** Whether two texts are the same value: the same text, or the same date-time with its offset. */
    private static boolean same(String expected, String value) {
        if (expected.equals(value)) {
            return true;
        }
        try {
            return OffsetDateTime.parse(expected).equals(OffsetDateTime.parse(value));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Whether the mapping writes an element: it leaves out a blank text, and writes many flags only when they are
     * true.
     */
    private static boolean isWritten(JsonNode node) {
        return !(node.isBoolean() && !node.asBoolean())
                && !(node.isString() && node.asString().isBlank());
    }

    private static void walk(JsonNode node, String pointer, BiConsumer<String, JsonNode> action) {
        if (!pointer.isEmpty()) {
            action.accept(pointer, node);
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                walk(property.getValue(), pointer + '/' + property.getKey(), action);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + '/' + i, action);
            }
        }
    }

    private static String parent(String pointer) {
        return pointer.substring(0, pointer.lastIndexOf('/'));
    }

    private static String pattern(String pointer) {
        return pointer.replaceAll("/\\d+(?=/|$)", "/*");
    }
}
