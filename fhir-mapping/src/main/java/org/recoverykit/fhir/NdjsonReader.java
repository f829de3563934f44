package org.recoverykit.fhir;

import java.io.IOException;
import java.io.InputStream;
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

    private final Map<String, NdjsonLines> streams = new LinkedHashMap<>();

    NdjsonReader(NdjsonInput input, ReadLimits limits) throws IOException {
        for (String type : TYPES) {
            Optional<InputStream> in = input.open(type);
            if (in.isPresent()) {
                streams.put(type, new NdjsonLines(type, in.get(), limits));
            }
        }
    }

    long read(Consumer<FhirReadResult> each) throws IOException, UnreadableFhirException {
        NdjsonLines patients = streams.get("Patient");
        for (NdjsonLines lines : streams.values()) {
            if (lines != patients) {
                lines.advance();
            }
        }
        long count = 0;
        while (patients != null && patients.advance()) {
            Line patient = Line.next(patients);
            List<Line> resources = new ArrayList<>();
            for (NdjsonLines lines : streams.values()) {
                while (lines != patients && lines.next != null && lines.nextPatient.equals(patients.nextPatient)) {
                    resources.add(Line.next(lines));
                    lines.advance();
                }
            }
            each.accept(record(patient, resources));
            count++;
        }
        for (NdjsonLines lines : streams.values()) {
            if (lines.next != null) {
                throw new UnreadableFhirException(
                        lines.path(), lines.line, -1, "a resource whose Patient is not next in Patient.ndjson");
            }
        }
        return count;
    }

    /** A resource read from a line of NDJSON, with its type and its path, such as {@code Goal.ndjson:12}. */
    record Line(JsonValue node, String type, String path) {
        /** Gets the line a stream has read ahead to. */
        static Line next(NdjsonLines lines) {
            return new Line(lines.next, lines.type, lines.path());
        }
    }

    /**
     * Reads one record from its Patient and the other resources that name it, in the order of {@link #TYPES} and
     * then of their lines; its contacts in the order they were written, where they say it.
     */
    static FhirReadResult record(Line patient, List<Line> resources) throws UnreadableFhirException {
        ResourceIndex index = new ResourceIndex();
        index.add(patient.node(), patient.type(), patient.path(), null);
        List<Line> contacts = new ArrayList<>();
        for (Line resource : resources) {
            if (resource.type().equals("Encounter") || resource.type().equals("Appointment")) {
                contacts.add(resource);
            } else {
                index.add(resource.node(), resource.type(), resource.path(), null);
            }
        }
        for (Line contact : inWrittenOrder(contacts, patient.node())) {
            index.add(contact.node(), contact.type(), contact.path(), null);
        }
        return RecordReader.read(index, Optional.empty());
    }

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

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (NdjsonLines lines : streams.values()) {
            try {
                lines.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
