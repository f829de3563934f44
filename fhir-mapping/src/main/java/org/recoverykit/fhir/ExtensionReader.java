package org.recoverykit.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recoverykit.model.Coded;
import org.recoverykit.model.ContactPoint;

/**
 * The extensions of one element, by url, for a mapper to take one by one; {@link #close()} reports those it did
 * not take, so that an unknown extension is listed, never a failure.
 */
final class ExtensionReader {
    private static final int[] NONE = {};
    /** What a further extension of a url, or part of a name, whose value the model holds once is reported as. */
    static final String FURTHER = "a further extension of a url the model holds one value of";

    private final ReadContext ctx;
    private final String path;
    private final List<ReadContext.Item> extensions;
    /** Each extension's url until a mapper takes it; null once taken, and for an extension without a url. */
    private final String[] untaken;

    ExtensionReader(ReadContext ctx, JsonValue element, String path) {
        this.ctx = ctx;
        this.path = path;
        this.extensions = ctx.array(element, "extension", path);
        this.untaken = new String[extensions.size()];
        for (int i = 0; i < untaken.length; i++) {
            JsonValue url = get(i).get("url");
            if (url != null && url.isString()) {
                untaken[i] = url.stringValue();
            } else {
                ctx.skip(at(i), "an extension without a url");
            }
        }
    }

    /** Gets the path of the element whose extensions this reads, such as a complex extension's. */
    String path() {
        return path;
    }

    /** Gets the path of the extension at a place of the list, which names its index in the input. */
    private String at(int i) {
        return extensions.get(i).path();
    }

    /** Gets the extension at a place of the list. */
    private JsonValue get(int i) {
        return extensions.get(i).node();
    }

    /** Takes the extensions of a url, as their places in order. */
    private int[] take(String url) {
        int count = 0;
        for (String u : untaken) {
            if (url.equals(u)) {
                count++;
            }
        }
        if (count == 0) {
            return NONE;
        }
        int[] found = new int[count];
        for (int i = 0, n = 0; n < count; i++) {
            if (url.equals(untaken[i])) {
                found[n++] = i;
                untaken[i] = null;
            }
        }
        return found;
    }

    /**
     * Takes the extensions of a url of which the model holds one value: the first is given, the further ones are
     * reported; so is the first if it lacks the value its definition gives.
     *
     * @param url the url
     * @param valueName the name of the value, such as {@code valueString}
     * @return the first extension's place, or -1 if there is none or it lacks the value
     */
    private int takeOne(String url, String valueName) {
        return takeOne(url, extension -> extension.has(valueName), valueName);
    }

    private int takeOne(String url, java.util.function.Predicate<JsonValue> hasValue, String valueName) {
        int i = takeFirst(url);
        if (i >= 0 && !hasValue.test(get(i))) {
            ctx.skip(at(i), "an extension without the " + valueName + " its definition gives");
            return -1;
        }
        return i;
    }

    /** Takes the extensions of a url of which the model holds one: the first's place, or -1; the rest are reported. */
    private int takeFirst(String url) {
        int[] found = take(url);
        for (int k = 1; k < found.length; k++) {
            ctx.skip(at(found[k]), FURTHER);
        }
        return found.length == 0 ? -1 : found[0];
    }

    List<String> strings(FhirExtension extension) {
        List<String> values = new ArrayList<>();
        for (int i : take(extension.getUrl())) {
            ctx.string(get(i), "valueString", at(i)).ifPresent(values::add);
        }
        return values;
    }

    Optional<String> string(FhirExtension extension) {
        int i = takeOne(extension.getUrl(), "valueString");
        return i < 0 ? Optional.empty() : ctx.string(get(i), "valueString", at(i));
    }

    /**
     * Takes a url's date extension; its value may be in the {@link FhirExtension#ISO_8601} extension of {@code
     * _valueDate}, as {@link ReadContext#date} reads.
     */
    Optional<LocalDate> date(FhirExtension extension) {
        int i = takeOne(
                extension.getUrl(),
                get -> get.has("valueDate") || ReadContext.hasIso8601(get, "valueDate"),
                "valueDate");
        return i < 0 ? Optional.empty() : ctx.date(get(i), "valueDate", at(i));
    }

    Optional<Boolean> bool(String url) {
        int i = takeOne(url, "valueBoolean");
        return i < 0 ? Optional.empty() : ctx.bool(get(i), "valueBoolean", at(i));
    }

    Optional<Boolean> bool(FhirExtension extension) {
        return bool(extension.getUrl());
    }

    Optional<Integer> positiveInt(FhirExtension extension) {
        int i = takeOne(extension.getUrl(), "valuePositiveInt");
        return i < 0 ? Optional.empty() : ctx.positiveInt(get(i), "valuePositiveInt", at(i));
    }

    <E extends Enum<E> & Coded> List<E> codes(FhirExtension extension, String system, Class<E> type) {
        List<E> values = new ArrayList<>();
        for (Item coding : values(extension, "valueCoding")) {
            ctx.codedValue(coding.node(), system, type, coding.path()).ifPresent(values::add);
        }
        return values;
    }

    <E extends Enum<E> & Coded> Optional<E> code(FhirExtension extension, String system, Class<E> type) {
        return value(extension, "valueCoding")
                .flatMap(coding -> ctx.codedValue(coding.node(), system, type, coding.path()));
    }

    /** Takes the values of a url's extensions as objects of a value type, with their paths. */
    List<Item> values(String url, String valueName) {
        List<Item> values = new ArrayList<>();
        for (int i : take(url)) {
            valueAt(i, valueName).ifPresent(values::add);
        }
        return values;
    }

    /** Gets the value of a complex type of the extension at a place, with its path; one that is no object is reported. */
    private Optional<Item> valueAt(int i, String valueName) {
        JsonValue value = ctx.object(get(i), valueName, at(i));
        return value == null ? Optional.empty() : Optional.of(new Item(value, at(i) + '.' + valueName));
    }

    /**
     * Takes the one extension of a url whose value the model holds once, as {@link #takeOne} does, giving its value
     * of a complex type with its path; a value that is no JSON object is reported.
     */
    Optional<Item> value(FhirExtension extension, String valueName) {
        int i = takeOne(extension.getUrl(), valueName);
        return i < 0 ? Optional.empty() : valueAt(i, valueName);
    }

    List<Item> values(FhirExtension extension, String valueName) {
        return values(extension.getUrl(), valueName);
    }

    /** Takes a url's Reference extensions and reads the model ids they name, in order; others are reported. */
    List<String> referenceIds(String url, ResourceIndex.Resource from) {
        List<String> ids = new ArrayList<>();
        for (Item item : values(url, "valueReference")) {
            ctx.referenceId(item.node(), from, item.path()).ifPresent(ids::add);
        }
        return ids;
    }

    /** Takes a url's Reference extension and reads the model id that it names; a further one is reported. */
    Optional<String> referenceId(FhirExtension extension, ResourceIndex.Resource from) {
        return value(extension, "valueReference")
                .flatMap(reference -> ctx.referenceId(reference.node(), from, reference.path()));
    }

    /** Takes a url's ContactPoint extensions and reads them; one without a value is reported. */
    List<ContactPoint> contactPoints(FhirExtension extension) {
        List<ContactPoint> points = new ArrayList<>();
        for (Item item : values(extension, "valueContactPoint")) {
            Datatypes.contactPoint(ctx, item.node(), item.path()).ifPresent(points::add);
        }
        return points;
    }

    /** Takes the complex extensions of a url, each as a reader of its parts. */
    List<ExtensionReader> complex(FhirExtension extension) {
        List<ExtensionReader> parts = new ArrayList<>();
        for (int i : take(extension.getUrl())) {
            parts.add(new ExtensionReader(ctx, get(i), at(i)));
        }
        return parts;
    }

    /**
     * Takes the complex extensions of a url of which the model holds one, giving the first as a reader of its parts;
     * the further ones are reported.
     */
    Optional<ExtensionReader> complexOne(FhirExtension extension) {
        int i = takeFirst(extension.getUrl());
        return i < 0 ? Optional.empty() : Optional.of(new ExtensionReader(ctx, get(i), at(i)));
    }

    /** Takes a part of a complex extension by its name, as the node that holds its value; a further one is reported. */
    Optional<Item> part(String name) {
        int i = takeFirst(name);
        return i < 0 ? Optional.empty() : Optional.of(new Item(get(i), at(i)));
    }

    List<Item> parts(String name) {
        List<Item> items = new ArrayList<>();
        for (int i : take(name)) {
            items.add(new Item(get(i), at(i)));
        }
        return items;
    }

    /** Reports the extensions that no mapper took. */
    void close() {
        for (String url : untaken) {
            if (url != null) {
                for (int i : take(url)) {
                    ctx.skip(at(i), "an extension the mapping does not know");
                }
            }
        }
    }

    /** A JSON node and its FHIR path. */
    record Item(JsonValue node, String path) {}
}
