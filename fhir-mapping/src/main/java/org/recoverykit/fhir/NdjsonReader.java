package org.recoverykit.fhir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.recoverykit.json.ReadLimits;

/**
 * Reads records back from NDJSON streams, one record at a time: for each line of {@code Patient}, the lines of
 * every other type that name that Patient and come next in their stream. This is the order
 * {@link FhirMapping#writeNdjson} writes; it keeps one line of each stream in memory, whatever the number of
 * records. A resource of another record out of that order fails the read.
 */
final class NdjsonReader implements AutoCloseable {
    /** The resource types the mapping writes, and so reads. */
    static final List<String> TYPES = List.of(
            "Patient",
            "RelatedPerson",
            "Condition",
            "CarePlan",
            "CareTeam",
            "Goal",
            "ServiceRequest",
            "Flag",
            "Encounter",
            "Consent",
            "CommunicationRequest",
            "Appointment",
            "Communication",
            "Task",
            "EpisodeOfCare");

    private final ReadLimits limits;
    private final Map<String, Lines> streams = new LinkedHashMap<>();

    NdjsonReader(NdjsonInput input, ReadLimits limits) throws IOException {
        this.limits = limits;
        for (String type : TYPES) {
            Optional<InputStream> in = input.open(type);
            if (in.isPresent()) {
                streams.put(type, new Lines(type, in.get()));
            }
        }
    }

    /** One type's stream, with the next line read ahead. */
    private final class Lines {
        final String type;
        final BufferedReader reader;
        int line;
        JsonValue next;
        String nextPatient;

        Lines(String type, InputStream in) {
            this.type = type;
            this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        String path() {
            return type + ".ndjson:" + line;
        }

        /** Reads ahead to the next non-blank line; false at the end. */
        boolean advance() throws IOException, UnreadableFhirException {
            String text;
            do {
                text = reader.readLine();
                line++;
                if (text == null) {
                    next = null;
                    return false;
                }
            } while (text.isBlank());
            try {
                next = JsonValueReader.read(text, limits);
            } catch (UnreadableFhirException e) {
                throw new UnreadableFhirException(path(), line, e.getColumn(), e.getProblem());
            }
            String actual = RecordReader.resourceType(next, path());
            if (!actual.equals(type)) {
                throw new UnreadableFhirException(
                        path() + ".resourceType", line, -1, "a resource of another type than its stream");
            }
            nextPatient = type.equals("Patient") ? null : patientOf(next);
            if (nextPatient == null && !type.equals("Patient")) {
                throw new UnreadableFhirException(path(), line, -1, "a resource that names no Patient");
            }
            return true;
        }
    }

    long read(Consumer<FhirReadResult> each) throws IOException, UnreadableFhirException {
        Lines patients = streams.get("Patient");
        if (patients == null) {
            return 0;
        }
        for (Lines lines : streams.values()) {
            if (lines != patients) {
                lines.advance();
            }
        }
        long count = 0;
        while (patients.advance()) {
            ResourceIndex index = new ResourceIndex();
            index.add(patients.next, "Patient", patients.path(), null);
            JsonValue id = patients.next.get("id");
            String patient = "Patient/" + (id != null && id.isString() ? id.stringValue() : "");
            List<Line> contacts = new ArrayList<>();
            for (Lines lines : streams.values()) {
                while (lines != patients && lines.next != null && lines.nextPatient.equals(patient)) {
                    if (lines.type.equals("Encounter") || lines.type.equals("Appointment")) {
                        contacts.add(new Line(lines.next, lines.type, lines.path()));
                    } else {
                        index.add(lines.next, lines.type, lines.path(), null);
                    }
                    lines.advance();
                }
            }
            for (Line contact : inWrittenOrder(contacts, patients.next)) {
                index.add(contact.node(), contact.type(), contact.path(), null);
            }
            each.accept(RecordReader.read(index, Optional.empty()));
            count++;
        }
        for (Lines lines : streams.values()) {
            if (lines.next != null) {
                throw new UnreadableFhirException(
                        lines.path(), lines.line, -1, "a resource whose Patient is not next in Patient.ndjson");
            }
        }
        return count;
    }

    private record Line(JsonValue node, String type, String path) {}

    /**
     * Puts a record's Encounters and Appointments, which come from two streams, back in the order of its
     * contacts: where the record is one the mapping wrote, a contact's id tells its place. The rest (plan
     * reviews, and the contacts of other writers) follow in the order of their streams.
     */
    private static List<Line> inWrittenOrder(List<Line> contacts, JsonValue patient) {
        Optional<String> recordId = ReadContext.extensionString(patient, FhirExtension.RECORD.getUrl());
        if (recordId.isEmpty() || contacts.size() < 2) {
            return contacts;
        }
        byte[] key = WriteContext.recordKey(recordId.get());
        Map<String, Line> byId = new HashMap<>();
        for (Line contact : contacts) {
            JsonValue id = contact.node().get("id");
            if (id != null && id.isString()) {
                byId.put(id.stringValue(), contact);
            }
        }
        List<Line> ordered = new ArrayList<>(contacts.size());
        for (int i = 0; i < contacts.size(); i++) {
            Line contact = byId.remove(WriteContext.id(key, ContactMapper.place(i)));
            if (contact == null) {
                break;
            }
            ordered.add(contact);
        }
        Set<Line> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        placed.addAll(ordered);
        for (Line other : contacts) {
            if (!placed.contains(other)) {
                ordered.add(other); // a plan review, or a contact of another writer's
            }
        }
        return ordered;
    }

    /** Gets the reference text of the Patient a resource belongs to, such as {@code Patient/123}. */
    private static String patientOf(JsonValue resource) {
        for (String reference : RecordReader.patientReferences(resource)) {
            if (reference.startsWith("Patient/")) {
                return reference;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Lines lines : streams.values()) {
            try {
                lines.reader.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
