package org.recoverykit.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
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
        final InputStream in;
        /** The bytes read from the stream and not yet taken, from {@link #position} to {@link #limit}. */
        private final byte[] buffer = new byte[1 << 16];

        private int position;
        private int limit;
        /** Whether bytes of a line without its line break yet have been taken. */
        private boolean pendingLine;
        /** The bytes of the line being read; it grows up to one byte beyond the document length limit. */
        private byte[] bytes = new byte[8192];

        int line;
        JsonValue next;
        String nextPatient;

        Lines(String type, InputStream in) {
            this.type = type;
            this.in = in;
        }

        String path() {
            return type + ".ndjson:" + line;
        }

        /** Reads ahead to the next line that is not blank; false at the end. */
        boolean advance() throws IOException, UnreadableFhirException {
            int length;
            do {
                length = readLine();
                line++;
                if (length < 0) {
                    next = null;
                    return false;
                }
            } while (isBlank(length));
            try {
                next = JsonValueReader.read(Arrays.copyOf(bytes, length), limits);
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

        /**
         * Reads the bytes of the next line into {@link #bytes}, without its line break, and no more than one byte
         * beyond the document length limit and a carriage return, so that the JSON reader reports a line too long.
         *
         * @return the number of bytes read, or -1 at the end of the stream
         */
        private int readLine() throws IOException {
            // One byte beyond the limit, and one for the carriage return of a CRLF line break, which is cut after.
            int cap = (int) Math.min(limits.getMaxDocumentLength() + 2, Integer.MAX_VALUE - 8);
            int length = 0;
            for (; ; ) {
                if (position == limit) {
                    limit = in.read(buffer);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        boolean atEnd = !pendingLine;
                        pendingLine = false;
                        return atEnd ? -1 : trimmed(length);
                    }
                }
                pendingLine = true;
                int end = position;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                int take = Math.min(end - position, cap - length);
                if (length + take > bytes.length) {
                    bytes = Arrays.copyOf(bytes, (int) Math.min(Math.max(2L * bytes.length, length + take), cap));
                }
                System.arraycopy(buffer, position, bytes, length, take);
                length += take;
                if (length == cap) {
                    return length;
                }
                position = end;
                if (end < limit) {
                    position++;
                    pendingLine = false;
                    return trimmed(length);
                }
            }
        }

        /** Gets the length of a line without the carriage return of a CRLF line break. */
        private int trimmed(int length) {
            return length > 0 && bytes[length - 1] == '\r' ? length - 1 : length;
        }

        private boolean isBlank(int length) {
            for (int i = 0; i < length; i++) {
                byte b = bytes[i];
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    long read(Consumer<FhirReadResult> each) throws IOException, UnreadableFhirException {
        Lines patients = streams.get("Patient");
        for (Lines lines : streams.values()) {
            if (lines != patients) {
                lines.advance();
            }
        }
        long count = 0;
        while (patients != null && patients.advance()) {
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
                lines.in.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
