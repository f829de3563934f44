package org.recoverykit.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.recoverykit.model.Address;
import org.recoverykit.model.Coded;
import org.recoverykit.model.ContactPoint;
import org.recoverykit.model.ContactPointSystem;
import org.recoverykit.model.ContactPointUse;
import org.recoverykit.model.HumanName;

/** Maps the model's small value types to FHIR datatypes and back: HumanName, ContactPoint and Address. */
final class Datatypes {
    private static final Set<String> NAME = Set.of("given", "family");
    private static final Set<String> NAME_AND_USE = Set.of("use", "given", "family");
    private static final Set<String> CONTACT_POINT = Set.of("system", "value", "use");
    /** The properties of a Reference that holds only a display, as the writer writes a provider. */
    private static final Set<String> DISPLAY = Set.of("display");

    private static final Set<String> ADDRESS = Set.of("line", "city", "district", "postalCode", "country");

    private Datatypes() {}

    // HumanName.

    /** Writes a HumanName; its blank given names and family are left out. */
    static void humanName(WriteContext ctx, HumanName name, String use) {
        ctx.out.writeStartObject();
        if (use != null) {
            ctx.out.writeStringProperty("use", use);
        }
        ctx.string("family", name.getFamily());
        strings(ctx, "given", name.getGiven());
        ctx.out.writeEndObject();
    }

    /** Writes an array of strings, leaving out the blank ones, unless none is left. */
    private static void strings(WriteContext ctx, String name, List<String> values) {
        if (values.stream().anyMatch(WriteContext::isNonBlank)) {
            ctx.out.writeArrayPropertyStart(name);
            for (String value : values) {
                if (WriteContext.isNonBlank(value)) {
                    ctx.out.writeString(value);
                }
            }
            ctx.out.writeEndArray();
        }
    }

    /** Whether a name has a given name or family that is not blank, and so is written. */
    static boolean hasText(HumanName name) {
        return WriteContext.nonBlank(name.getFamily()).isPresent()
                || name.getGiven().stream().anyMatch(WriteContext::isNonBlank);
    }

    /** Writes a name as a list of one, unless it has no text. */
    static void humanNames(WriteContext ctx, Optional<HumanName> name) {
        if (name.isPresent() && hasText(name.get())) {
            ctx.out.writeArrayPropertyStart("name");
            humanName(ctx, name.get(), null);
            ctx.out.writeEndArray();
        }
    }

    /**
     * Reads a HumanName; a name with neither given names nor family is empty. The other parts of a name that is
     * read (prefix, suffix, text, period, ...) are reported; {@code use} too, unless the caller reads it.
     */
    static Optional<HumanName> humanName(ReadContext ctx, JsonValue name, String path, boolean useRead) {
        List<String> given = ctx.strings(name, "given", path);
        Optional<String> family = ctx.string(name, "family", path);
        if (given.isEmpty() && family.isEmpty()) {
            return Optional.empty();
        }
        ctx.skipOthers(name, path, useRead ? NAME_AND_USE : NAME);
        return Optional.of(HumanName.builder().given(given).family(family).build());
    }

    /** Reads the first name of a resource that has a name list; a further name is reported. */
    static Optional<HumanName> firstName(ReadContext ctx, JsonValue resource, String path) {
        Optional<HumanName> first = Optional.empty();
        for (ReadContext.Item name : ctx.array(resource, "name", path)) {
            String at = name.path();
            if (first.isPresent()) {
                ctx.skip(at, "a further name; the model holds one");
            } else {
                first = humanName(ctx, name.node(), at, false);
                if (first.isEmpty()) {
                    ctx.skip(at, "a name without given names or family");
                }
            }
        }
        return first;
    }

    // ContactPoint.

    static void contactPoint(WriteContext ctx, ContactPoint point) {
        ctx.out.writeStartObject();
        ctx.out.writeStringProperty("system", point.getSystem().getCode());
        ctx.out.writeStringProperty("value", point.getValue());
        if (point.getUse().isPresent()) {
            ctx.out.writeStringProperty("use", use(point.getUse().get()));
        }
        ctx.out.writeEndObject();
    }

    static void contactPoints(WriteContext ctx, String name, List<ContactPoint> points) {
        if (!points.isEmpty()) {
            ctx.out.writeArrayPropertyStart(name);
            for (ContactPoint point : points) {
                contactPoint(ctx, point);
            }
            ctx.out.writeEndArray();
        }
    }

    private static String use(ContactPointUse use) {
        return use == ContactPointUse.TEMPORARY ? "temp" : use.getCode();
    }

    static Optional<ContactPoint> contactPoint(ReadContext ctx, JsonValue point, String path) {
        Optional<String> value = ctx.string(point, "value", path);
        if (value.isEmpty()) {
            ctx.skip(path, "a contact point without a value");
            return Optional.empty();
        }
        if (ctx.string(point, "use", path).filter("old"::equals).isPresent()) {
            ctx.skip(path, "a contact point no longer in use; the model holds current ones");
            return Optional.empty();
        }
        Optional<String> system = ctx.string(point, "system", path);
        ContactPointSystem mapped =
                system.flatMap(s -> Coded.find(ContactPointSystem.class, s)).orElse(ContactPointSystem.OTHER);
        if (system.isPresent() && !system.get().equals(mapped.getCode())) {
            ctx.skip(path + ".system", "a system the model has no equivalent for; read as other");
        }
        Optional<ContactPointUse> use = ctx.mapped(
                point,
                "use",
                code -> code.equals("temp")
                        ? ContactPointUse.TEMPORARY
                        : Coded.find(ContactPointUse.class, code).orElse(null),
                path);
        ctx.skipOthers(point, path, CONTACT_POINT);
        return Optional.of(ContactPoint.builder()
                .system(mapped)
                .value(value.get())
                .use(use)
                .build());
    }

    static List<ContactPoint> contactPoints(ReadContext ctx, JsonValue element, String name, String path) {
        List<ReadContext.Item> nodes = ctx.array(element, name, path);
        List<ContactPoint> points = new ArrayList<>(nodes.size());
        for (ReadContext.Item node : nodes) {
            contactPoint(ctx, node.node(), node.path()).ifPresent(points::add);
        }
        return points;
    }

    // Address.

    /** Writes addresses; an address whose parts are all blank is left out. */
    static void addresses(WriteContext ctx, List<Address> addresses) {
        List<Address> written = addresses.stream().filter(Datatypes::hasText).toList();
        if (written.isEmpty()) {
            return;
        }
        ctx.out.writeArrayPropertyStart("address");
        for (Address address : written) {
            ctx.out.writeStartObject();
            strings(ctx, "line", address.getLines());
            ctx.string("city", address.getCity());
            ctx.string("district", address.getDistrict());
            ctx.string("postalCode", address.getPostalCode());
            ctx.string("country", address.getCountry());
            ctx.out.writeEndObject();
        }
        ctx.out.writeEndArray();
    }

    private static boolean hasText(Address address) {
        return address.getLines().stream().anyMatch(WriteContext::isNonBlank)
                || Stream.of(address.getCity(), address.getDistrict(), address.getPostalCode(), address.getCountry())
                        .anyMatch(part -> WriteContext.nonBlank(part).isPresent());
    }

    static List<Address> addresses(ReadContext ctx, JsonValue resource, String path) {
        List<ReadContext.Item> nodes = ctx.array(resource, "address", path);
        List<Address> addresses = new ArrayList<>(nodes.size());
        for (ReadContext.Item item : nodes) {
            JsonValue node = item.node();
            String at = item.path();
            ctx.skipOthers(node, at, ADDRESS);
            addresses.add(Address.builder()
                    .lines(ctx.strings(node, "line", at))
                    .city(ctx.string(node, "city", at))
                    .district(ctx.string(node, "district", at))
                    .postalCode(ctx.string(node, "postalCode", at))
                    .country(ctx.string(node, "country", at))
                    .build());
        }
        return addresses;
    }

    /**
     * Reads a Reference that holds only a display, as the writer writes a provider or an organization; what else it
     * holds is reported.
     */
    static Optional<String> display(ReadContext ctx, JsonValue reference, String path) {
        Optional<String> display = ctx.string(reference, "display", path);
        ctx.skipOthers(reference, path, DISPLAY);
        return display;
    }
}
