package org.recoverykit.fhir;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.recoverykit.model.Coded;
import org.recoverykit.model.RecoveryRecord;
import tools.jackson.core.JsonGenerator;

/**
 * What the mappers of one record share while they write it: the generator, the record, the ids of the
 * resources and how to refer to them, and the extension block of the element being written.
 *
 * <p>Every resource's id is a name-based UUID of the record id and the resource's place in the record, so the
 * same record always gives the same Bundle. In a Bundle a resource is referred to by its {@code urn:uuid:}
 * fullUrl; in NDJSON, where each resource stands alone, by {@code Type/id}. A model id that names nothing in
 * the record is kept as a logical reference, by identifier.
 */
final class WriteContext {
    JsonGenerator out;
    final RecoveryRecord record;
    private final ResourceSink sink;
    private final boolean bundled;
    private final Map<String, String> ids = new HashMap<>();
    /** The ids made so far: most resources are named several times (every subject names the Patient). */
    private final Map<String, String> byPlace = new HashMap<>();
    /** The resource type of each contact, Encounter or Appointment, by its model id. */
    final Map<String, String> contactTypes = new HashMap<>();

    private final byte[] recordKey;
    private boolean extensionsOpen;

    WriteContext(ResourceSink sink, RecoveryRecord record) {
        this.sink = sink;
        this.record = record;
        this.bundled = sink.bundled();
        this.recordKey = recordKey(record.getId());
    }

    /** Gets the resource id for a place in the record, such as {@code plans/0/goals/1}. */
    String id(String place) {
        return byPlace.computeIfAbsent(place, p -> id(recordKey, p));
    }

    /** Gets the resource id of a place in a record: a name-based UUID of the record id and the place. */
    static String id(byte[] recordKey, String place) {
        byte[] key = place.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[recordKey.length + key.length];
        System.arraycopy(recordKey, 0, bytes, 0, recordKey.length);
        System.arraycopy(key, 0, bytes, recordKey.length, key.length);
        return UUID.nameUUIDFromBytes(bytes).toString();
    }

    static byte[] recordKey(String recordId) {
        return (recordId + '|').getBytes(StandardCharsets.UTF_8);
    }

    /** Starts the resource at a place in the record, writing its type and id; returns the id. */
    String begin(String type, String place) {
        String id = id(place);
        out = sink.begin(type, id);
        return id;
    }

    /** Completes the resource begun last. */
    void end() {
        closeExtensions();
        sink.end();
    }

    /** Records that a model id, within a scope such as {@code plans/0/goal}, names the resource at a place. */
    void index(String scope, String modelId, String resourceId) {
        ids.putIfAbsent(scope + '#' + modelId, resourceId);
    }

    /** Gets the resource id that a model id names within a scope, or null. */
    String lookUp(String scope, String modelId) {
        return ids.get(scope + '#' + modelId);
    }

    /** Whether resources are entries of one Bundle, rather than lines of NDJSON. */
    boolean bundled() {
        return bundled;
    }

    /** Writes the reference text to a resource. */
    String referenceText(String type, String resourceId) {
        return bundled ? "urn:uuid:" + resourceId : type + '/' + resourceId;
    }

    // Elements.

    /**
     * Checks that a text is one the writer writes: FHIR forbids an empty string and advises against one of white space
     * alone, which the reader reads as none, so a blank text is left out, as is what would hold nothing else.
     */
    static boolean isNonBlank(String value) {
        return !value.isBlank();
    }

    /** Gets a text that the writer writes, empty if it is blank; see {@link #isNonBlank(String)}. */
    static Optional<String> nonBlank(Optional<String> value) {
        return value.filter(WriteContext::isNonBlank);
    }

    /** Writes a string element, unless it is absent or blank. */
    void string(String name, Optional<String> value) {
        if (value.isPresent() && isNonBlank(value.get())) {
            out.writeStringProperty(name, value.get());
        }
    }

    void date(String name, Optional<LocalDate> value) {
        if (value.isPresent()) {
            date(name, value.get());
        }
    }

    /**
     * Writes a date, or a date as a dateTime. One whose year FHIR cannot hold, before 1 or after 9999, has no value: it
     * is written in the element's {@link FhirExtension#ISO_8601} extension.
     */
    void date(String name, LocalDate value) {
        if (isFhirYear(value.getYear())) {
            out.writeStringProperty(name, value.toString());
        } else {
            iso8601(name, value.toString());
        }
    }

    /**
     * Writes a date-time, or an instant, with seconds. One that FHIR cannot hold as it is, whose offset FHIR has no
     * form for or whose year is before 1 or after 9999, is written in the element's {@link FhirExtension#ISO_8601}
     * extension, and as the same instant at UTC where the year at UTC allows.
     */
    void dateTime(String name, OffsetDateTime value) {
        if (isFhirOffset(value.getOffset()) && isFhirYear(value.getYear())) {
            out.writeStringProperty(name, dateTime(value));
            return;
        }
        OffsetDateTime utc = value.withOffsetSameInstant(ZoneOffset.UTC);
        if (isFhirYear(utc.getYear())) {
            out.writeStringProperty(name, dateTime(utc));
        }
        iso8601(name, dateTime(value));
    }

    /** Whether FHIR's dateTime and instant hold an offset: whole minutes, from -14:00 to +14:00. */
    private static boolean isFhirOffset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        return seconds % 60 == 0 && Math.abs(seconds) <= 14 * 3600;
    }

    /** Whether FHIR's date, dateTime and instant hold a year: from 1 to 9999. */
    private static boolean isFhirYear(int year) {
        return year >= 1 && year <= 9999;
    }

    /** Writes the {@link FhirExtension#ISO_8601} extension of a primitive element, as {@code _name}. */
    private void iso8601(String name, String text) {
        out.writeObjectPropertyStart('_' + name);
        out.writeArrayPropertyStart("extension");
        out.writeStartObject();
        out.writeStringProperty("url", FhirExtension.ISO_8601.getUrl());
        out.writeStringProperty("valueString", text);
        out.writeEndObject();
        out.writeEndArray();
        out.writeEndObject();
    }

    /** Formats a date-time as FHIR needs it: with seconds, which {@code OffsetDateTime.toString()} may leave out. */
    private static String dateTime(OffsetDateTime value) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
    }

    void identifier(String modelId) {
        out.writeArrayPropertyStart("identifier");
        identifierValue(modelId);
        out.writeEndArray();
    }

    void identifierValue(String modelId) {
        out.writeStartObject();
        out.writeStringProperty("system", FhirCodeSystems.ID);
        out.writeStringProperty("value", modelId);
        out.writeEndObject();
    }

    /** Writes a reference object to a resource of this record. */
    void reference(String type, String resourceId) {
        out.writeStartObject();
        out.writeStringProperty("reference", referenceText(type, resourceId));
        out.writeEndObject();
    }

    void reference(String name, String type, String resourceId) {
        out.writeName(name);
        reference(type, resourceId);
    }

    /** Writes a reference to the resource a model id names within a scope, or a logical one if it names none. */
    void referenceById(String type, String scope, String modelId) {
        String resourceId = lookUp(scope, modelId);
        if (resourceId != null) {
            reference(type, resourceId);
            return;
        }
        out.writeStartObject();
        out.writeStringProperty("type", type);
        out.writeName("identifier");
        identifierValue(modelId);
        out.writeEndObject();
    }

    void referenceById(String name, String type, String scope, String modelId) {
        out.writeName(name);
        referenceById(type, scope, modelId);
    }

    /** Writes a reference that holds only a display text. */
    void display(String text) {
        out.writeStartObject();
        out.writeStringProperty("display", text);
        out.writeEndObject();
    }

    void subject() {
        reference("subject", "Patient", id(Places.PERSON));
    }

    void coding(String system, String code) {
        out.writeStartObject();
        out.writeStringProperty("system", system);
        out.writeStringProperty("code", code);
        out.writeEndObject();
    }

    void coding(String system, String code, String display) {
        out.writeStartObject();
        out.writeStringProperty("system", system);
        out.writeStringProperty("code", code);
        out.writeStringProperty("display", display);
        out.writeEndObject();
    }

    void coding(String system, Coded code) {
        coding(system, code.getCode());
    }

    /** Writes a CodeableConcept of one coding. */
    void concept(String system, String code) {
        out.writeStartObject();
        out.writeArrayPropertyStart("coding");
        coding(system, code);
        out.writeEndArray();
        out.writeEndObject();
    }

    /** Writes a CodeableConcept of one coding with its display. */
    void displayedConcept(String system, String code, String display) {
        out.writeStartObject();
        out.writeArrayPropertyStart("coding");
        coding(system, code, display);
        out.writeEndArray();
        out.writeEndObject();
    }

    void concept(String name, String system, String code) {
        out.writeName(name);
        concept(system, code);
    }

    void concepts(String name, String system, String code) {
        out.writeArrayPropertyStart(name);
        concept(system, code);
        out.writeEndArray();
    }

    /** Writes a CodeableConcept that holds only a text. */
    void text(String text) {
        out.writeStartObject();
        out.writeStringProperty("text", text);
        out.writeEndObject();
    }

    /** Writes a required element whose value is not known, as a data-absent-reason of {@code unknown}. */
    void absent(String name) {
        out.writeObjectPropertyStart(name);
        out.writeArrayPropertyStart("extension");
        out.writeStartObject();
        out.writeStringProperty("url", FhirCodeSystems.DATA_ABSENT_REASON);
        out.writeStringProperty("valueCode", "unknown");
        out.writeEndObject();
        out.writeEndArray();
        out.writeEndObject();
    }

    // Extensions: written one after another into the element's one extension array, then closed.

    private void open(String url) {
        if (!extensionsOpen) {
            out.writeArrayPropertyStart("extension");
            extensionsOpen = true;
        }
        out.writeStartObject();
        out.writeStringProperty("url", url);
    }

    /** Ends the extension array of the element being written, if it has one. */
    void closeExtensions() {
        if (extensionsOpen) {
            out.writeEndArray();
            extensionsOpen = false;
        }
    }

    /** Writes a string extension, unless the string is blank. */
    void extString(FhirExtension extension, String value) {
        if (!isNonBlank(value)) {
            return;
        }
        open(extension.getUrl());
        out.writeStringProperty("valueString", value);
        out.writeEndObject();
    }

    void extString(FhirExtension extension, Optional<String> value) {
        if (value.isPresent()) {
            extString(extension, value.get());
        }
    }

    void extStrings(FhirExtension extension, List<String> values) {
        for (String value : values) {
            extString(extension, value);
        }
    }

    void extDate(FhirExtension extension, Optional<LocalDate> value) {
        if (value.isPresent()) {
            open(extension.getUrl());
            date("valueDate", value.get());
            out.writeEndObject();
        }
    }

    void extBoolean(String url, boolean value) {
        open(url);
        out.writeBooleanProperty("valueBoolean", value);
        out.writeEndObject();
    }

    void extBoolean(FhirExtension extension, boolean value) {
        extBoolean(extension.getUrl(), value);
    }

    void extBoolean(FhirExtension extension, Optional<Boolean> value) {
        if (value.isPresent()) {
            extBoolean(extension, value.get());
        }
    }

    void extPositiveInt(FhirExtension extension, Optional<Integer> value) {
        if (value.isPresent()) {
            open(extension.getUrl());
            out.writeNumberProperty("valuePositiveInt", value.get());
            out.writeEndObject();
        }
    }

    void extCoding(FhirExtension extension, String system, Coded code) {
        open(extension.getUrl());
        out.writeName("valueCoding");
        coding(system, code);
        out.writeEndObject();
    }

    void extCoding(FhirExtension extension, String system, Optional<? extends Coded> code) {
        if (code.isPresent()) {
            extCoding(extension, system, code.get());
        }
    }

    void extReferenceById(String url, String type, String scope, String modelId) {
        open(url);
        referenceById("valueReference", type, scope, modelId);
        out.writeEndObject();
    }

    void extContactPoints(FhirExtension extension, List<org.recoverykit.model.ContactPoint> values) {
        for (org.recoverykit.model.ContactPoint value : values) {
            open(extension.getUrl());
            out.writeName("valueContactPoint");
            Datatypes.contactPoint(this, value);
            out.writeEndObject();
        }
    }

    void extTiming(FhirExtension extension, org.recoverykit.model.Frequency frequency) {
        open(extension.getUrl());
        out.writeObjectPropertyStart("valueTiming");
        out.writeObjectPropertyStart("repeat");
        TimingMapper.frequency(this, frequency);
        out.writeEndObject();
        out.writeEndObject();
        out.writeEndObject();
    }

    void extHumanName(FhirExtension extension, org.recoverykit.model.HumanName name) {
        if (!Datatypes.hasText(name)) {
            return;
        }
        open(extension.getUrl());
        out.writeName("valueHumanName");
        Datatypes.humanName(this, name, null);
        out.writeEndObject();
    }

    /** Starts a complex extension; its parts follow with {@link #part}, then {@link #endComplex()}. */
    void startComplex(FhirExtension extension) {
        open(extension.getUrl());
        out.writeArrayPropertyStart("extension");
    }

    /** Starts a part of a complex extension; the caller writes its value and ends the object. */
    void part(String name) {
        out.writeStartObject();
        out.writeStringProperty("url", name);
    }

    void partString(String name, Optional<String> value) {
        if (value.isPresent() && isNonBlank(value.get())) {
            part(name);
            out.writeStringProperty("valueString", value.get());
            out.writeEndObject();
        }
    }

    void endComplex() {
        out.writeEndArray();
        out.writeEndObject();
    }
}
