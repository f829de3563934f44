package org.recoverykit.fhir;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.recoverykit.model.Coded;

/**
 * What the mappers of one read share: the resources read so far, the report of what was skipped, and safe
 * accessors of JSON values that report a value of the wrong type instead of failing.
 *
 * <p>Paths are FHIR paths from the root of the input, such as {@code Bundle.entry[3].resource.target[0]}. Mappers
 * pass the path of each element they descend into; an array item's path is built when it is asked for, and the
 * path of a property when something is reported there.
 */
final class ReadContext {
    final ResourceIndex index;
    /**
     * What was skipped, in the order met, each keyed by its first report; an element reported twice with one reason
     * is listed once.
     */
    private final Map<SkippedElement, SkippedElement> skipped = new LinkedHashMap<>();
    /** The latest report at each path, as {@link #skipped} keys it, for {@link #skipReadAs} to amend. */
    private final Map<String, SkippedElement> lastAt = new HashMap<>();
    /** The extensions of primitive elements ({@code _birthDate}) that were read, by identity. */
    private final Set<JsonValue> readPrimitives = new HashSet<>();
    /** The paths of the contained resources that a reference was read to. */
    private final Set<String> readContained = new HashSet<>();
    /** The resources of Patients other than the record's, which no reference reads. */
    private final Set<ResourceIndex.Resource> others;

    /** The Patient whose record is read: the input's first. */
    private final ResourceIndex.Resource patient;

    ReadContext(ResourceIndex index, ResourceIndex.Resource patient, Set<ResourceIndex.Resource> others) {
        this.index = index;
        this.patient = patient;
        this.others = others;
    }

    /** What a reference to a resource that the record has already read is reported as. */
    static final String READ_ELSEWHERE = "a resource already read into the record; it is read once";
    /** What a property that the model has no place for is reported as. */
    static final String NO_PLACE = "no place in the model";
    /** What a Reference with neither a reference nor an identifier in the library's id system is reported as. */
    static final String NAMES_NO_RESOURCE = "a reference that names no resource";

    /** The resources read into the record so far, each into one place. */
    private final Set<ResourceIndex.Resource> read = new HashSet<>();

    /**
     * Marks a resource as read into the record.
     *
     * @return true if it was not read before
     */
    boolean markRead(ResourceIndex.Resource resource) {
        return read.add(resource);
    }

    boolean isRead(ResourceIndex.Resource resource) {
        return read.contains(resource);
    }

    /**
     * Takes the resource that a reference resolved to for one place of the record, if it is of a type the place
     * holds, marking it read. One of another type is reported at the reference's path as {@code misfit}; one already
     * read, into this place or another, is reported there too, so that no resource becomes two elements of the
     * record with one id. Neither is given.
     *
     * @param target the resource the reference resolved to, if any
     * @param path the reference's path
     * @param misfit what a resource of another type is reported as
     * @param types the resource types the place holds
     */
    Optional<ResourceIndex.Resource> once(
            Optional<ResourceIndex.Resource> target, String path, String misfit, String... types) {
        if (target.isEmpty()) {
            return target;
        }
        if (!List.of(types).contains(target.get().type())) {
            skip(path, misfit);
            return Optional.empty();
        }
        return readOnce(target.get(), path) ? target : Optional.empty();
    }

    /**
     * Marks a resource as read for one place of the record, telling whether no place had read it; one that a place
     * had read is reported at a path, such as that of the reference that named it again.
     */
    boolean readOnce(ResourceIndex.Resource resource, String path) {
        if (markRead(resource)) {
            return true;
        }
        skip(path, READ_ELSEWHERE);
        return false;
    }

    /** Whether a resource is the Patient whose record is read: the input's first. */
    boolean isRecordPatient(ResourceIndex.Resource resource) {
        return resource == patient;
    }

    /** Tells whether a resource is another Patient or is about another Patient, and so is not for this record. */
    boolean isOthers(ResourceIndex.Resource resource) {
        return others.contains(resource);
    }

    List<SkippedElement> skipped() {
        return List.copyOf(skipped.values());
    }

    void skip(String path, String reason) {
        SkippedElement element = new SkippedElement(path, reason);
        if (skipped.putIfAbsent(element, element) == null) {
            lastAt.put(path, element);
        }
    }

    /**
     * Reports an element that the model reads as a value of its own for want of one in the input, such as a review
     * without a date read as 1970-01-01. Where the element is reported already, as not an object or an unknown code,
     * say, that report is given what the element is read as instead, so that the path has one report.
     *
     * @param reason what is wrong, where nothing is reported at the path yet, such as {@code "no risk category"}
     * @param readAs what the element is read as, such as {@code "read as other"}
     */
    void skipReadAs(String path, String reason, String readAs) {
        SkippedElement earlier = lastAt.get(path);
        if (earlier != null) {
            skipped.put(earlier, new SkippedElement(path, skipped.get(earlier).getReason() + "; " + readAs));
            return;
        }
        skip(path, reason + "; " + readAs);
    }

    /**
     * Reads the first object item of an array property, where the model holds one value, and then reports the further
     * items as {@code further}.
     */
    <T> Optional<T> first(
            JsonValue element, String name, String path, String further, Function<Item, Optional<T>> read) {
        List<Item> items = array(element, name, path);
        Optional<T> value = items.isEmpty() ? Optional.empty() : read.apply(items.get(0));
        skipFurther(items, further);
        return value;
    }

    /** Reports the items of an array after the first, where the model holds one, each at its path. */
    void skipFurther(List<Item> items, String reason) {
        for (int i = 1; i < items.size(); i++) {
            skip(items.get(i).path(), reason);
        }
    }

    /** Gets the paths reported so far, such as those of resources that no element was made of. */
    Set<String> reportedPaths() {
        Set<String> paths = new HashSet<>();
        for (SkippedElement element : skipped.values()) {
            paths.add(element.getFhirPath());
        }
        return paths;
    }

    /** The properties every resource may have that a mapper needs not read: its type, id, meta and narrative. */
    private static final List<String> RESOURCE = List.of("resourceType", "id", "meta", "text", "extension");

    /**
     * Gets the properties a mapper reads of a resource: those it names, and {@code resourceType}, {@code id},
     * {@code meta}, {@code text} and {@code extension}, which it reads through an {@link ExtensionReader}.
     */
    static Set<String> resourceProperties(String... read) {
        Set<String> properties = new java.util.HashSet<>(RESOURCE);
        properties.addAll(List.of(read));
        return Set.copyOf(properties);
    }

    /**
     * Reports every property of an element that the mapping does not read. Of a resource's {@code contained}
     * resources, those that no reference read (through {@link #resource}) are reported one by one; of its
     * identifiers, those of other systems than the library's id system, unless the mapper reads them all.
     */
    void skipOthers(JsonValue element, String path, Set<String> read) {
        List<String> names = element.propertyNames();
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k);
            if (read.contains(name)) {
                continue;
            }
            JsonValue value = element.values().get(k);
            if (!readPrimitives.isEmpty() && readPrimitives.contains(value)) {
                continue;
            }
            if (name.equals("identifier")) {
                otherIdentifiers(element, path);
            } else if (name.equals("contained") && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    String at = path + ".contained[" + i + ']';
                    if (!readContained.contains(at)) {
                        skip(at, "a contained resource the model has no place for");
                    }
                }
            } else {
                skipProperty(path, name);
            }
        }
    }

    /**
     * Reports the identifiers of an element in systems other than the library's id system, which the model does not
     * keep: an element's identifier in that system is its model id.
     */
    private void otherIdentifiers(JsonValue element, String path) {
        for (Item identifier : array(element, "identifier", path)) {
            if (!isOfSystem(identifier.node(), FhirCodeSystems.ID)) {
                skip(identifier.path(), "an identifier of another system; the model keeps its own id only");
            }
        }
    }

    /**
     * Reports a property of an element that the mapping does not read. A name that no FHIR R4 element has is not
     * repeated, since it may be anything, patient data included, such as {@code "maryJones"}: it is reported at the
     * element's path.
     */
    private void skipProperty(String path, String name) {
        if (isElementName(name)) {
            skip(path + '.' + name, NO_PLACE);
        } else {
            skip(path, "a property whose name is not a FHIR element name");
        }
    }

    /**
     * Checks that a property name is one that FHIR R4 JSON can have: the name of an element of an R4 resource or
     * datatype, a choice element's name for one of its types (such as {@code valueCodeableConcept}), the {@code _}
     * name of a primitive element's id and extensions (such as {@code _birthDate}), or {@code resourceType}. The
     * names are read from the list that {@link R4ElementNames} ships, on the first check.
     */
    static boolean isElementName(String name) {
        return R4ElementNames.contains(name);
    }

    // Values.

    /**
     * Gets a property's value if it is present and fits; a value that does not fit is reported as {@code wrong}.
     *
     * @return the value, or null if absent, JSON null or reported
     */
    private JsonValue value(JsonValue element, String name, String path, Predicate<JsonValue> fits, String wrong) {
        JsonValue value = element.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!fits.test(value)) {
            skip(path + '.' + name, wrong);
            return null;
        }
        return value;
    }

    /** What a blank string, which FHIR forbids empty and the writer never writes, is reported as. */
    static final String BLANK = "a blank string; read as absent";

    /** Reads a string; a blank one is reported and read as absent. */
    Optional<String> string(JsonValue element, String name, String path) {
        JsonValue value = value(element, name, path, JsonValue::isString, "not a string");
        if (value == null) {
            return Optional.empty();
        }
        if (value.stringValue().isBlank()) {
            skip(path + '.' + name, BLANK);
            return Optional.empty();
        }
        return Optional.of(value.stringValue());
    }

    Optional<Boolean> bool(JsonValue element, String name, String path) {
        JsonValue value = value(element, name, path, JsonValue::isBoolean, "not a boolean");
        return value == null ? Optional.empty() : Optional.of(value.booleanValue());
    }

    Optional<Integer> positiveInt(JsonValue element, String name, String path) {
        JsonValue value =
                value(element, name, path, v -> v.isInt() && v.intValue() >= 1, "not a positive whole number");
        return value == null ? Optional.empty() : Optional.of(value.intValue());
    }

    private static final String NOT_A_DATE_TIME = "not a date-time with an offset";
    /** What a date-time with a fraction finer than the model's nanoseconds is reported as. */
    static final String FINER = "a time finer than nanoseconds; read with its fraction cut to nanoseconds";
    /** What a date-time at a leap second is reported as. */
    static final String LEAP = "a leap second, which the model does not hold; read as the last nanosecond before it";

    /**
     * Reads a FHIR date, or the date of a dateTime, whose time is reported as not kept. A date without a value is read
     * from its {@link FhirExtension#ISO_8601} extension, as the writer writes one whose year FHIR cannot hold.
     */
    Optional<LocalDate> date(JsonValue element, String name, String path) {
        Iso8601 exact = iso8601(element, name, path);
        if (exact != null) {
            if (element.has(name)) {
                Optional<LocalDate> value = valueDate(element, name, path);
                if (!value.map(LocalDate::toString).filter(exact.text()::equals).isPresent()) {
                    skip(exact.path(), BESIDE_VALUE);
                }
                return value;
            }
            try {
                return Optional.of(DateTexts.date(exact.text()));
            } catch (DateTimeParseException e) {
                skip(exact.path(), "an extension that is not an ISO-8601 date");
                return Optional.empty();
            }
        }
        return valueDate(element, name, path);
    }

    private Optional<LocalDate> valueDate(JsonValue element, String name, String path) {
        return string(element, name, path).flatMap(text -> {
            boolean withTime = text.length() > 10 && text.charAt(10) == 'T';
            try {
                if (withTime) {
                    LocalDate date = DateTexts.dateTimeOrAdjusted(text).toLocalDate();
                    skip(path + '.' + name, "a date-time of which the model keeps the date only");
                    return Optional.of(date);
                }
                return Optional.of(DateTexts.date(text));
            } catch (DateTimeParseException e) {
                skip(path + '.' + name, withTime ? NOT_A_DATE_TIME : "not a full date");
                return Optional.empty();
            }
        });
    }

    /**
     * Reads a FHIR dateTime with an offset; a date alone or a time without an offset is reported, and so is a time that
     * the model holds changed: a leap second, or a fraction finer than nanoseconds.
     */
    Optional<OffsetDateTime> dateTime(JsonValue element, String name, String path) {
        Iso8601 exact = iso8601(element, name, path);
        Optional<OffsetDateTime> value = valueDateTime(element, name, path);
        if (exact == null) {
            return value;
        }
        OffsetDateTime read;
        try {
            read = DateTexts.dateTime(exact.text());
        } catch (DateTimeParseException e) {
            skip(exact.path(), "an extension that is not an ISO-8601 date-time with an offset");
            return value;
        }
        if (value.isPresent() && !value.get().isEqual(read)) {
            skip(exact.path(), "an extension that is not the instant of its element's value; the value is read");
            return value;
        }
        return Optional.of(read);
    }

    /** What an {@link FhirExtension#ISO_8601} extension of a date that has another value is reported as. */
    private static final String BESIDE_VALUE = "an extension that is not its element's value; the value is read";

    /** The text of a primitive element's {@link FhirExtension#ISO_8601} extension, and the extension's path. */
    private record Iso8601(String text, String path) {}

    /** Tells whether a primitive element's {@code _name} holds the {@link FhirExtension#ISO_8601} extension. */
    static boolean hasIso8601(JsonValue element, String name) {
        return iso8601Index(primitiveExtensions(element, name)) >= 0;
    }

    /** Gets the index of the {@link FhirExtension#ISO_8601} extension in a {@code _name} element, or -1. */
    private static int iso8601Index(JsonValue primitive) {
        JsonValue extensions = primitive != null && primitive.isObject() ? primitive.get("extension") : null;
        if (extensions != null && extensions.isArray()) {
            for (int i = 0; i < extensions.size(); i++) {
                JsonValue extension = extensions.get(i);
                JsonValue url = extension.isObject() ? extension.get("url") : null;
                if (url != null && url.isString() && url.stringValue().equals(FhirExtension.ISO_8601.getUrl())) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * Gets the element that holds the extensions of a primitive property, such as {@code _birthDate}, or null; the
     * names are compared in place, since most elements have none and a name made for each lookup would cost more.
     */
    private static JsonValue primitiveExtensions(JsonValue element, String name) {
        List<String> names = element.propertyNames();
        for (int i = 0; i < names.size(); i++) {
            String candidate = names.get(i);
            if (candidate.length() == name.length() + 1
                    && candidate.charAt(0) == '_'
                    && candidate.regionMatches(1, name, 0, name.length())) {
                return element.get(candidate);
            }
        }
        return null;
    }

    /**
     * Finds the {@link FhirExtension#ISO_8601} extension of a primitive element, in {@code _name}; one without a
     * string value is reported. A {@code _name} that holds that extension alone is read, and not reported by
     * {@link #skipOthers}.
     *
     * @return the extension, or null if there is none with a string value
     */
    private Iso8601 iso8601(JsonValue element, String name, String path) {
        JsonValue primitive = primitiveExtensions(element, name);
        int i = iso8601Index(primitive);
        if (i < 0) {
            return null;
        }
        JsonValue extensions = primitive.get("extension");
        JsonValue extension = extensions.get(i);
        String at = path + '.' + name + ".extension[" + i + ']';
        if (primitive.size() == 1 && extensions.size() == 1 && extension.size() == 2) {
            readPrimitives.add(primitive); // else what it holds besides is reported as part of _name
        }
        JsonValue text = extension.get("valueString");
        if (text == null || !text.isString()) {
            skip(at, "an extension without the valueString its definition gives");
            return null;
        }
        return new Iso8601(text.stringValue(), at);
    }

    private Optional<OffsetDateTime> valueDateTime(JsonValue element, String name, String path) {
        return string(element, name, path).flatMap(text -> {
            if (text.length() > 10) { // a date alone would only fail as a date-time, at the cost of an exception
                try {
                    return Optional.of(DateTexts.dateTime(text));
                } catch (DateTimeParseException e) {
                    DateTexts.Adjusted adjusted = DateTexts.adjusted(text);
                    if (adjusted != null) {
                        skip(path + '.' + name, adjusted.change() == DateTexts.Change.LEAP_SECOND ? LEAP : FINER);
                        return Optional.of(adjusted.value());
                    }
                    // perhaps a date of another shape; java.time says below
                }
            }
            try {
                LocalDate date = DateTexts.date(text);
                skip(path + '.' + name, "a date without a time; read as midnight UTC");
                return Optional.of(date.atStartOfDay().atOffset(ZoneOffset.UTC));
            } catch (DateTimeParseException notDate) {
                skip(path + '.' + name, NOT_A_DATE_TIME);
                return Optional.empty();
            }
        });
    }

    /**
     * An object item of an array property, with its index in the input's array, which its path names even where
     * items before it were reported and left out. The path is made on first use and kept, since a mapper may pass it
     * on more than once; an item belongs to one read, as its context does.
     */
    static final class Item {
        private final JsonValue node;
        private final String parent;
        private final String name;
        private final int index;
        private String path;

        /**
         * @param node the item
         * @param parent the path of the element that holds the array
         * @param name the array property's name
         * @param index the item's index in the input's array
         */
        Item(JsonValue node, String parent, String name, int index) {
            this.node = node;
            this.parent = parent;
            this.name = name;
            this.index = index;
        }

        JsonValue node() {
            return node;
        }

        int index() {
            return index;
        }

        /** Gets the item's FHIR path, such as {@code Bundle.entry[3].resource.category[1]}. */
        String path() {
            String made = path;
            if (made == null) {
                made = path = parent + '.' + name + '[' + index + ']';
            }
            return made;
        }

        @Override
        public String toString() {
            return "Item[" + path() + ']';
        }
    }

    /**
     * Gets the object items of an array property, each with its index in the input; an item that is not an object,
     * and a value that is not an array, such as a single object where an array belongs, are reported.
     */
    List<Item> array(JsonValue element, String name, String path) {
        return items(
                element,
                name,
                path,
                item -> item.isObject() ? null : "not an object",
                (item, i) -> new Item(item, path, name, i));
    }

    /** Gets an object property, or null; a value of another type is reported. */
    JsonValue object(JsonValue element, String name, String path) {
        return value(element, name, path, JsonValue::isObject, "not an object");
    }

    /** Reads an array of strings; an item that is not a string, or is blank, is reported and left out. */
    List<String> strings(JsonValue element, String name, String path) {
        return items(
                element,
                name,
                path,
                item -> !item.isString() ? "not a string" : item.stringValue().isBlank() ? BLANK : null,
                (item, i) -> item.stringValue());
    }

    /** Makes what {@link #items} gives of an item that fits, from the item and its index in the input. */
    @FunctionalInterface
    private interface ItemMapper<T> {
        T map(JsonValue item, int index);
    }

    /**
     * Gets the items of an array property that fit, each mapped with its index in the input; the others, and a
     * non-array, are reported.
     *
     * @param problem what an item that does not fit is reported as, or null for one that fits
     */
    private <T> List<T> items(
            JsonValue element, String name, String path, Function<JsonValue, String> problem, ItemMapper<T> map) {
        JsonValue value = value(element, name, path, JsonValue::isArray, "not an array");
        if (value == null) {
            return List.of();
        }
        List<T> items = new ArrayList<>(value.size());
        int i = 0;
        for (JsonValue item : value.values()) {
            String wrong = problem.apply(item);
            if (wrong == null) {
                items.add(map.map(item, i));
            } else {
                skip(path + '.' + name + '[' + i + ']', wrong);
            }
            i++;
        }
        return items;
    }

    /** Gets the string value of an element's first extension of a url, without reporting anything. */
    static Optional<String> extensionString(JsonValue element, String url) {
        JsonValue extensions = element.get("extension");
        if (extensions != null && extensions.isArray()) {
            for (JsonValue extension : extensions.values()) {
                JsonValue u = extension.get("url");
                JsonValue value = extension.get("valueString");
                if (u != null && u.isString() && u.stringValue().equals(url) && value != null && value.isString()) {
                    return Optional.of(value.stringValue());
                }
            }
        }
        return Optional.empty();
    }

    // Identifiers and references.

    /** Gets the value of an element's identifier in the library's id system. */
    static Optional<String> identifierValue(JsonValue element) {
        JsonValue identifiers = element.get("identifier");
        if (identifiers == null) {
            return Optional.empty();
        }
        if (identifiers.isObject()) {
            return idOf(identifiers);
        }
        if (identifiers.isArray()) {
            for (JsonValue identifier : identifiers.values()) {
                Optional<String> id = idOf(identifier);
                if (id.isPresent()) {
                    return id;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> idOf(JsonValue identifier) {
        JsonValue system = identifier.get("system");
        JsonValue value = identifier.get("value");
        if (system != null
                && system.isString()
                && system.stringValue().equals(FhirCodeSystems.ID)
                && value != null
                && value.isString()
                && !value.stringValue().isBlank()) {
            return Optional.of(value.stringValue());
        }
        return Optional.empty();
    }

    /**
     * Resolves a Reference to a resource of the input; a reference to nothing, and a Reference that names no
     * resource (only a display or an identifier, or a blank reference), are reported.
     */
    Optional<ResourceIndex.Resource> resource(JsonValue reference, ResourceIndex.Resource from, String path) {
        if (reference == null) {
            return Optional.empty();
        }
        JsonValue value = reference.get("reference");
        if (value != null && !value.isNull() && !value.isString()) {
            skip(path + ".reference", "not a string");
            return Optional.empty();
        }
        if (value == null || value.isNull() || value.stringValue().isBlank()) {
            skip(path, NAMES_NO_RESOURCE);
            return Optional.empty();
        }
        ResourceIndex.Resource found = index.resolve(value.stringValue(), from);
        if (found == null) {
            skip(path + ".reference", "a reference to a resource that is not in the input");
        } else if (isOthers(found)) {
            skip(path + ".reference", "a reference to another Patient's resource");
            return Optional.empty();
        } else if (found.container() != null) {
            readContained.add(found.path());
        }
        return Optional.ofNullable(found);
    }

    /**
     * Reads the model id a Reference names: the id of the resource it resolves to, or the value of its logical
     * identifier in the library's id system. A reference to nothing is reported.
     */
    Optional<String> referenceId(JsonValue reference, ResourceIndex.Resource from, String path) {
        if (reference == null) {
            return Optional.empty();
        }
        if (!reference.has("reference")) {
            Optional<String> logical = identifierValue(reference);
            if (logical.isEmpty()) {
                skip(path, NAMES_NO_RESOURCE);
            }
            return logical;
        }
        return resource(reference, from, path).map(index::modelId);
    }

    Optional<String> referenceId(JsonValue element, String name, ResourceIndex.Resource from, String path) {
        return referenceId(object(element, name, path), from, path + '.' + name);
    }

    /**
     * Reads the model id that the first Reference of an array property names, where the model holds one; a further
     * Reference is reported.
     */
    Optional<String> firstReferenceId(JsonValue element, String name, ResourceIndex.Resource from, String path) {
        List<Item> references = array(element, name, path);
        skipFurther(references, "a further reference; the model holds one");
        return references.isEmpty()
                ? Optional.empty()
                : referenceId(references.get(0).node(), from, references.get(0).path());
    }

    List<String> referenceIds(JsonValue element, String name, ResourceIndex.Resource from, String path) {
        List<Item> references = array(element, name, path);
        List<String> ids = new ArrayList<>(references.size());
        for (Item reference : references) {
            referenceId(reference.node(), from, reference.path()).ifPresent(ids::add);
        }
        return ids;
    }

    // Codes.

    /** Finds the code of a system in a Coding or the codings of a CodeableConcept. */
    static Optional<String> code(JsonValue codingOrConcept, String system) {
        if (codingOrConcept == null) {
            return Optional.empty();
        }
        JsonValue codings = codingOrConcept.get("coding");
        if (codings == null) {
            return codeOf(codingOrConcept, system);
        }
        if (codings.isArray()) {
            for (JsonValue coding : codings.values()) {
                Optional<String> code = codeOf(coding, system);
                if (code.isPresent()) {
                    return code;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> codeOf(JsonValue coding, String system) {
        JsonValue c = coding.get("code");
        if (isOfSystem(coding, system) && c != null && c.isString()) {
            return Optional.of(c.stringValue());
        }
        return Optional.empty();
    }

    /** Whether a Coding is of a system, whatever its code. */
    static boolean isOfSystem(JsonValue coding, String system) {
        JsonValue s = coding.get("system");
        return s != null && s.isString() && s.stringValue().equals(system);
    }

    /** Whether a Coding holds a code of a system; a null code is none. */
    static boolean isCoding(JsonValue coding, String system, String code) {
        return code != null && codeOf(coding, system).filter(code::equals).isPresent();
    }

    /** Whether any of an array of CodeableConcepts holds a code of a system, whatever the code. */
    static boolean hasSystem(JsonValue concepts, String system) {
        if (concepts != null && concepts.isArray()) {
            for (JsonValue concept : concepts.values()) {
                if (code(concept, system).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a CodeableConcept, or any of a list of them, holds a code of a system. */
    static boolean hasCode(JsonValue concepts, String system, String code) {
        if (concepts == null) {
            return false;
        }
        if (concepts.isArray()) {
            for (JsonValue concept : concepts.values()) {
                if (hasCode(concept, system, code)) {
                    return true;
                }
            }
            return false;
        }
        JsonValue codings = concepts.get("coding");
        if (codings == null || !codings.isArray()) {
            return false;
        }
        for (JsonValue coding : codings.values()) {
            if (codeOf(coding, system).filter(code::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** What a coding of a system that the mapping does not read where it stands is reported as. */
    static final String OTHER_SYSTEM = "a code of a system the mapping does not read";

    /**
     * Reports each coding of a CodeableConcept whose system is none of those that the mapper reads there, since the
     * model keeps no such code; a mapper that reads only the text names no system.
     */
    void otherCodings(JsonValue concept, String path, String... systems) {
        otherCodings(concept, path, coding -> {
            JsonValue system = coding.get("system");
            return system != null && system.isString() && isOneOf(system.stringValue(), systems);
        });
    }

    /**
     * Reports each coding of a CodeableConcept that the mapper does not read, as {@code read} tells, such as one
     * beside a relationship's code that is not the relationship's v3-RoleCode.
     */
    void otherCodings(JsonValue concept, String path, Predicate<JsonValue> read) {
        if (concept == null) {
            return;
        }
        for (Item coding : array(concept, "coding", path)) {
            if (!read.test(coding.node())) {
                skip(coding.path(), OTHER_SYSTEM);
            }
        }
    }

    private static boolean isOneOf(String value, String... values) {
        for (String candidate : values) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** Reads a code of the library's own code list from a Coding or CodeableConcept; other codes are reported. */
    <E extends Enum<E> & Coded> Optional<E> coded(
            JsonValue codingOrConcept, String system, Class<E> type, String path) {
        Optional<String> code = code(codingOrConcept, system);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> found = Coded.find(type, code.get());
        if (found.isEmpty()) {
            skip(path, "unknown code of " + system);
        }
        return found;
    }

    /**
     * Reads a code of the library's own code list from a Coding value, such as an extension's {@code valueCoding}; a
     * Coding of another system is reported, as an unknown code of the system is.
     */
    <E extends Enum<E> & Coded> Optional<E> codedValue(JsonValue coding, String system, Class<E> type, String path) {
        if (coding != null && !isOfSystem(coding, system)) {
            skip(path, OTHER_SYSTEM);
            return Optional.empty();
        }
        return coded(coding, system, type, path);
    }

    /**
     * Reads a code of the library's own code list, as {@link #coded} does, from a concept of which the mapping reads
     * no other code, and reports the concept's codings of other systems, which the model does not keep.
     */
    <E extends Enum<E> & Coded> Optional<E> codedOnly(JsonValue concept, String system, Class<E> type, String path) {
        Optional<E> found = coded(concept, system, type, path);
        otherCodings(concept, path, system);
        return found;
    }

    /**
     * Reads the first of an array property's CodeableConcepts that gives a value of the model's, where the model
     * holds one, such as a team member's role. The concepts after it are reported as further ones; those before it
     * with no code of the library's own system as having no equivalent (an unknown code of its own system is
     * reported where the concept is read); and where none gives a value, the array as having none.
     *
     * @param system the library's own code system of the concepts
     * @param of reads one concept, reporting what of it the model does not keep
     * @param noEquivalent what a concept that gives no value is reported as
     * @param none what the array is reported as where no concept gives a value
     * @param further what a concept after the one read is reported as
     * @return the value, empty if no concept gives one
     */
    <T> Optional<T> firstConcept(
            JsonValue element,
            String name,
            String path,
            String system,
            Function<Item, Optional<T>> of,
            String noEquivalent,
            String none,
            String further) {
        List<Item> concepts = array(element, name, path);
        Optional<T> read = Optional.empty();
        List<Item> before = new ArrayList<>();
        for (Item concept : concepts) {
            if (read.isPresent()) {
                skip(concept.path(), further);
                continue;
            }
            read = of.apply(concept);
            if (read.isEmpty()) {
                before.add(concept);
                continue;
            }
            for (Item unread : before) {
                if (code(unread.node(), system).isEmpty()) {
                    skip(unread.path(), noEquivalent);
                }
            }
        }
        if (read.isEmpty() && !concepts.isEmpty()) {
            skip(path + '.' + name, none);
        }
        return read;
    }

    /** What a concept after the one read, with a code of the system the model holds one value of, is reported as. */
    static final String FURTHER_CODE = "a further code of its system; the model holds one";

    /**
     * Reads the first code of the library's own code list among the CodeableConcepts of an array property, such as
     * a plan's service model among its categories, and reports the rest of the array: each further concept with a
     * code of the system, each coding of another system, and each concept without a coding. A coding of the SNOMED
     * CT code {@code kind}, which the writer writes beside the code to say what the resource is (such as Mental
     * health care plan), is not reported.
     *
     * @param kind the SNOMED CT code the writer writes beside, or null for none
     */
    <E extends Enum<E> & Coded> Optional<E> firstCoded(
            JsonValue element, String name, String system, Class<E> type, String path, String kind) {
        Optional<E> found = Optional.empty();
        Predicate<JsonValue> read =
                coding -> isOfSystem(coding, system) || isCoding(coding, FhirCodeSystems.SNOMED, kind);
        for (Item concept : array(element, name, path)) {
            boolean ofSystem = code(concept.node(), system).isPresent();
            if (ofSystem && found.isPresent()) {
                skip(concept.path(), FURTHER_CODE);
                continue;
            }
            if (ofSystem) {
                found = coded(concept.node(), system, type, concept.path());
            } else if (!concept.node().has("coding")) {
                skip(concept.path(), NO_PLACE);
            }
            otherCodings(concept.node(), concept.path(), read);
        }
        return found;
    }

    /**
     * Checks a code that the writer derives from the model, such as a CarePlan's intent; a value other than the
     * one derived is reported, since the model has no place to keep it.
     */
    void derived(JsonValue element, String name, String path, String expected) {
        if (string(element, name, path).filter(value -> !value.equals(expected)).isPresent()) {
            skipDerived(path + '.' + name, expected);
        }
    }

    /**
     * Checks a Coding, or a CodeableConcept's codings, that the writer derives from the model, such as an
     * Encounter's class or a Consent's scope; one without the derived code of its system is reported, since the model
     * has no place to keep it, and so is each coding beside the derived one in a concept.
     */
    void derivedCoding(JsonValue element, String name, String system, String path, String expected) {
        JsonValue coding = element.get(name);
        if (coding == null) {
            return;
        }
        if (code(coding, system).filter(expected::equals).isEmpty()) {
            skipDerived(path + '.' + name, expected);
        } else {
            otherCodings(coding, path + '.' + name, c -> isCoding(c, system, expected));
        }
    }

    /**
     * Checks the CodeableConcepts of an array property that the writer derives, such as a Flag's category from its
     * risk: each coding other than the derived ones is reported, one of a derived coding's system as a value the
     * model does not hold, one of another system as such, and so is each concept without a coding.
     *
     * @param systemsAndCodes the derived codings, each as its system followed by its code
     */
    void derivedConcepts(JsonValue element, String name, String path, String... systemsAndCodes) {
        for (Item concept : array(element, name, path)) {
            if (!concept.node().has("coding")) {
                skip(concept.path(), NO_PLACE);
            }
            for (Item coding : array(concept.node(), "coding", concept.path())) {
                derivedCoding(coding, systemsAndCodes);
            }
        }
    }

    private void derivedCoding(Item coding, String... systemsAndCodes) {
        for (int i = 0; i < systemsAndCodes.length; i += 2) {
            if (isOfSystem(coding.node(), systemsAndCodes[i])) {
                if (!isCoding(coding.node(), systemsAndCodes[i], systemsAndCodes[i + 1])) {
                    skipDerived(coding.path(), systemsAndCodes[i + 1]);
                }
                return;
            }
        }
        skip(coding.path(), OTHER_SYSTEM);
    }

    private void skipDerived(String path, String expected) {
        skip(path, "a value the model does not hold; it gives " + expected);
    }

    /**
     * Reads the text of a CodeableConcept property of which the model keeps the text only, as {@link #text} does, and
     * reports its codings, which the model does not keep.
     */
    Optional<String> textOnly(JsonValue element, String name, String path) {
        JsonValue concept = object(element, name, path);
        if (concept == null) {
            return Optional.empty();
        }
        String at = path + '.' + name;
        Optional<String> text = text(concept, at);
        otherCodings(concept, at);
        return text;
    }

    /** Reads the text of a CodeableConcept, or else the display of the first of its codings that has one. */
    Optional<String> text(JsonValue concept, String path) {
        if (concept == null) {
            return Optional.empty();
        }
        Optional<String> text = string(concept, "text", path);
        if (text.isPresent()) {
            return text;
        }
        for (Item coding : array(concept, "coding", path)) {
            Optional<String> display = string(coding.node(), "display", coding.path());
            if (display.isPresent()) {
                return display;
            }
        }
        return Optional.empty();
    }

    /** What a code that a mapping table has no value of the model's for is reported as. */
    private static final String NO_EQUIVALENT = "a code the model has no equivalent for";

    /** Reads a code through a mapping table, such as FHIR's contact point use to the model's. */
    <T> Optional<T> mapped(JsonValue element, String name, Function<String, T> map, String path) {
        return string(element, name, path).flatMap(code -> {
            T value = map.apply(code);
            if (value == null) {
                skip(path + '.' + name, NO_EQUIVALENT);
            }
            return Optional.ofNullable(value);
        });
    }

    /**
     * Reads a code that the model requires, such as a CarePlan's status, through a mapping table; a code that is
     * missing, not a string or without an equivalent is reported once, with what it is read as instead.
     *
     * @param otherwise the value read where the code gives none
     * @param readAs what the report says {@code otherwise} is, such as {@code "draft"}
     */
    <T> T mappedOr(JsonValue element, String name, Function<String, T> map, String path, T otherwise, String readAs) {
        JsonValue value = element.get(name);
        String problem;
        if (value == null
                || value.isNull()
                || value.isString() && value.stringValue().isBlank()) {
            problem = "missing";
        } else if (!value.isString()) {
            problem = "not a string";
        } else {
            T mapped = map.apply(value.stringValue());
            if (mapped != null) {
                return mapped;
            }
            problem = NO_EQUIVALENT;
        }
        skip(path + '.' + name, problem + "; read as " + readAs);
        return otherwise;
    }
}
