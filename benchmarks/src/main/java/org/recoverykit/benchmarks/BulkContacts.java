package org.recoverykit.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.SplittableRandom;
import org.recoverykit.fhir.FhirMapping;
import org.recoverykit.fhir.NdjsonOutput;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.testkit.RecordGenerator;
import org.recoverykit.testkit.Seeds;

/**
 * Writes a million generated contacts as FHIR Bulk Data NDJSON under a small heap: 4,000 records of 250 contacts
 * by default, handed to {@link FhirMapping#writeNdjson} one at a time, each generated only when the writer asks
 * for it, so that no more than one record is ever held. Prints the contacts, the bytes, the seconds (generating
 * and writing apart) and the peak heap.
 *
 * <pre>{@code
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar org.recoverykit.benchmarks.BulkContacts [RECORDS [CONTACTS [DIRECTORY]]]
 * }</pre>
 *
 * <p>Without a directory the bytes are counted and dropped; with one, each resource type goes to its
 * {@code <Type>.ndjson} there.
 */
public final class BulkContacts {
    private static final double MIB = 1 << 20;

    private BulkContacts() {}

    /**
     * Runs the bulk write.
     *
     * @param args the records (default 4,000), the contacts per record (default 250, at most
     *     {@link RecordGenerator#MAX_CONTACTS}) and a directory to write to (default: count the bytes and drop them)
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 4_000;
        int contactsPerRecord = args.length > 1 ? Integer.parseInt(args[1]) : RecordGenerator.MAX_CONTACTS;
        Path directory = args.length > 2 ? Path.of(args[2]) : null;
        RecordGenerator generator = RecordGenerator.defaults().withContacts(contactsPerRecord);
        SplittableRandom random = new SplittableRandom(Seeds.DEFAULT_BASE);

        long[] contacts = {0};
        long[] generateNanos = {0};
        long[] bytes = {0};
        Iterator<RecoveryRecord> generated = new Iterator<>() {
            private int made;

            @Override
            public boolean hasNext() {
                return made < records;
            }

            @Override
            public RecoveryRecord next() {
                long t0 = System.nanoTime();
                RecoveryRecord record = generator.record(random.split());
                generateNanos[0] += System.nanoTime() - t0;
                contacts[0] += record.getContacts().size();
                made++;
                return record;
            }
        };
        NdjsonOutput output = type -> new CountingOutputStream(
                directory == null
                        ? OutputStream.nullOutputStream()
                        : new BufferedOutputStream(Files.newOutputStream(directory.resolve(type + ".ndjson")), 1 << 16),
                bytes);
        long start = System.nanoTime();
        FhirMapping.defaults().writeNdjson(generated, output);
        long totalNanos = System.nanoTime() - start;
        long writeNanos = totalNanos - generateNanos[0];
        long gcCount = 0;
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcCount += gc.getCollectionCount();
            gcMillis += gc.getCollectionTime();
        }
        System.out.printf(
                Locale.ROOT,
                "BulkContacts: %,d records, %,d contacts, %,d bytes of NDJSON in %.1f s (generating %.1f s, writing"
                        + " %.1f s, %.1f MB/s written; process CPU %.1f s); max heap %.1f MiB, peak heap used %.1f MiB"
                        + " (sum of the pools' peaks), %d GCs taking %.1f s%n",
                records,
                contacts[0],
                bytes[0],
                totalNanos / 1e9,
                generateNanos[0] / 1e9,
                writeNanos / 1e9,
                bytes[0] / 1e6 / (writeNanos / 1e9),
                processCpuNanos() / 1e9,
                Runtime.getRuntime().maxMemory() / MIB,
                peakHeap() / MIB,
                gcCount,
                gcMillis / 1e3);
    }

    /** The CPU time of every thread of this JVM so far: on a shared machine, steadier than the wall time. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The sum of the heap pools' peak usage: at least the true peak, since the pools peak at different times. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** Counts the bytes that pass to another stream, into a counter that several streams share. */
    private static final class CountingOutputStream extends OutputStream {
        private final OutputStream out;
        private final long[] count;

        CountingOutputStream(OutputStream out, long[] count) {
            this.out = out;
            this.count = count;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count[0]++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count[0] += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
