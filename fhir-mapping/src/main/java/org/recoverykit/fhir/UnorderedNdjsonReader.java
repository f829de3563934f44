package org.recoverykit.fhir;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.recoverykit.json.ReadLimits;

/**
 * Reads records back from NDJSON streams whose resources come in any order, holding a share of the input at a time.
 * Each stream is read once, and each line is written to one of {@value #SPLIT} temporary files, chosen by a hash of
 * the Patient the line names; then each file is read back, split again first while it is longer than the share
 * size, and its records are read as {@link NdjsonReader} reads them.
 *
 * <p>An entry of a temporary file is the line's type (its index in {@link NdjsonReader#TYPES}), its line number, its
 * Patient's reference and its bytes, so that a file is split again without parsing and a record's report names the
 * line of the input.
 */
final class UnorderedNdjsonReader {
    /** The files a share is split into. */
    static final int SPLIT = 64;
    /** The longest share read whole unless it is one Patient's: 4 MiB of NDJSON. */
    static final long SHARE_BYTES = 4L << 20;
    /**
     * How many times a share is split at most: 64 to the 6th power shares, which only lines whose Patients' hashes
     * collide fill.
     */
    private static final int MAX_DEPTH = 6;

    private static final List<String> TYPES = NdjsonReader.TYPES;

    private final NdjsonInput input;
    private final ReadLimits limits;
    private final long shareBytes;

    UnorderedNdjsonReader(NdjsonInput input, ReadLimits limits, long shareBytes) {
        this.input = input;
        this.limits = limits;
        this.shareBytes = shareBytes;
    }

    /**
     * Reads every record, with its temporary files in a new directory of a directory, which is deleted by the end.
     *
     * @return the number of records read
     */
    long read(Path workDirectory, Consumer<FhirReadResult> each) throws IOException, UnreadableFhirException {
        Path work = Files.createTempDirectory(workDirectory, "recoverykit-ndjson-");
        try {
            Shares shares = new Shares(work.resolve("s"), 0);
            try (shares) {
                splitStreams(shares);
            }
            return readShares(shares, each);
        } finally {
            delete(work);
        }
    }

    /** Writes each line of every stream to its share. */
    private void splitStreams(Shares shares) throws IOException, UnreadableFhirException {
        for (int type = 0; type < TYPES.size(); type++) {
            Optional<InputStream> in = input.open(TYPES.get(type));
            if (in.isEmpty()) {
                continue;
            }
            try (NdjsonLines lines = new NdjsonLines(TYPES.get(type), in.get(), limits)) {
                while (lines.advance()) {
                    shares.add(new Entry(type, lines.line, lines.nextPatient, lines.nextBytes));
                }
            }
        }
    }

    private long readShares(Shares shares, Consumer<FhirReadResult> each) throws IOException, UnreadableFhirException {
        long count = 0;
        for (int i = 0; i < SPLIT; i++) {
            if (shares.sizes[i] > 0) {
                count += readShare(shares, i, each);
            }
        }
        return count;
    }

    /** Reads the records of a share, split again first if it is too long and holds more than one Patient's lines. */
    private long readShare(Shares parent, int i, Consumer<FhirReadResult> each)
            throws IOException, UnreadableFhirException {
        Path file = parent.file(i);
        try {
            if (parent.sizes[i] > shareBytes && parent.depth < MAX_DEPTH && !parent.isOnePatients(i)) {
                Shares shares = new Shares(file.resolveSibling(file.getFileName() + "-"), parent.depth + 1);
                try (shares;
                        EntryReader entries = new EntryReader(file)) {
                    for (Entry entry = entries.next(); entry != null; entry = entries.next()) {
                        shares.add(entry);
                    }
                }
                Files.delete(file);
                return readShares(shares, each);
            }
            return readWhole(file, each);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Reads the records of a share held whole: a record for each Patient line in the order of the Patient stream,
     * the first of a Patient's lines with every other line that names it, as {@link NdjsonReader} reads them.
     */
    private long readWhole(Path file, Consumer<FhirReadResult> each) throws IOException, UnreadableFhirException {
        Map<String, Record> records = new LinkedHashMap<>();
        try (EntryReader entries = new EntryReader(file)) {
            for (Entry entry = entries.next(); entry != null; entry = entries.next()) {
                String type = TYPES.get(entry.type());
                String path = type + ".ndjson:" + entry.line();
                NdjsonReader.Line line = new NdjsonReader.Line(JsonValueReader.read(entry.bytes(), limits), type, path);
                Record record = records.computeIfAbsent(entry.patient(), patient -> new Record());
                if (entry.type() == 0) {
                    record.patients.add(line);
                } else {
                    if (record.resources.isEmpty()) {
                        record.firstLine = entry.line();
                    }
                    record.resources.add(line);
                }
            }
        }
        for (Record record : records.values()) {
            if (record.patients.isEmpty()) {
                NdjsonReader.Line first = record.resources.get(0);
                throw new UnreadableFhirException(
                        first.path(), record.firstLine, -1, "a resource whose Patient is not in Patient.ndjson");
            }
        }
        long count = 0;
        for (Record record : records.values()) {
            for (int k = 0; k < record.patients.size(); k++) {
                each.accept(NdjsonReader.record(record.patients.get(k), k == 0 ? record.resources : List.of()));
                count++;
            }
        }
        return count;
    }

    /** The lines of one Patient's reference in a share: its Patient lines, and the lines of the other types. */
    private static final class Record {
        final List<NdjsonReader.Line> patients = new ArrayList<>(1);
        final List<NdjsonReader.Line> resources = new ArrayList<>();
        int firstLine;
    }

    /** A line of the input as a temporary file keeps it. */
    private record Entry(int type, int line, String patient, byte[] bytes) {}

    /**
     * The {@value #SPLIT} temporary files a share is split into, each made when its first line is written, and
     * their sizes; where a file holds the lines of one Patient only, it says so.
     */
    private static final class Shares implements AutoCloseable {
        final int depth;
        final long[] sizes = new long[SPLIT];
        private final Path prefix;
        private final DataOutputStream[] files = new DataOutputStream[SPLIT];
        /** Each file's first line's Patient, or null once a line of another has been written to it. */
        private final String[] onePatients = new String[SPLIT];

        Shares(Path prefix, int depth) {
            this.prefix = prefix;
            this.depth = depth;
        }

        Path file(int i) {
            return prefix.resolveSibling(prefix.getFileName() + Integer.toString(i));
        }

        boolean isOnePatients(int i) {
            return onePatients[i] != null;
        }

        void add(Entry entry) throws IOException {
            int i = share(entry.patient(), depth);
            DataOutputStream out = files[i];
            if (out == null) {
                out = files[i] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file(i)), 8192));
                onePatients[i] = entry.patient();
            } else if (onePatients[i] != null && !onePatients[i].equals(entry.patient())) {
                onePatients[i] = null;
            }
            byte[] patient = entry.patient().getBytes(StandardCharsets.UTF_8);
            out.writeByte(entry.type());
            out.writeInt(entry.line());
            out.writeInt(patient.length);
            out.write(patient);
            out.writeInt(entry.bytes().length);
            out.write(entry.bytes());
            sizes[i] += 13L + patient.length + entry.bytes().length;
        }

        /**
         * Gets the file of a Patient's reference at a depth of splitting: a hash of the reference, mixed with the
         * depth so that each split divides what the one before put together.
         */
        static int share(String patient, int depth) {
            long mixed = (patient.hashCode() + depth * 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
            mixed ^= mixed >>> 31;
            mixed *= 0x94D049BB133111EBL;
            return (int) (mixed >>> 58);
        }

        @Override
        public void close() throws IOException {
            IOException failure = null;
            for (DataOutputStream file : files) {
                try {
                    if (file != null) {
                        file.close();
                    }
                } catch (IOException e) {
                    failure = failure == null ? e : failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** Reads the entries of a temporary file one at a time. */
    private static final class EntryReader implements AutoCloseable {
        private final DataInputStream in;

        EntryReader(Path file) throws IOException {
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        }

        /** Gets the next entry, or null at the end. */
        Entry next() throws IOException {
            int type;
            try {
                type = in.readUnsignedByte();
            } catch (EOFException end) {
                return null;
            }
            int line = in.readInt();
            String patient = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
            byte[] bytes = in.readNBytes(in.readInt());
            return new Entry(type, line, patient, bytes);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Deletes a directory and what is left in it. */
    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
