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
import java.util.Locale;
import java.util.SplittableRandom;
import org.recoverykit.fhir.FhirMapping;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.testkit.RecordGenerator;

/**
 * Writes a million generated contacts as FHIR under a small heap, one record at a time: 4,000 records of 250
 * contacts by default, each generated, written and dropped before the next, so that no more than one record is
 * ever held. Prints the contacts, the bytes, the seconds (generating and writing apart) and the peak heap.
 *
 * <pre>{@code
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar org.recoverykit.benchmarks.BulkContacts [RECORDS [CONTACTS [FILE]]]
 * }</pre>
 *
 * <p>Without a file the bytes are counted and dropped. Each record is written by {@link #write}, today as one
 * Bundle a line.
 */
public final class BulkContacts {
    private static final long SEED = 20_261_122L;
    private static final double MIB = 1 << 20;

    private BulkContacts() {}

    /**
     * Writes one record: today its Bundle on one line, so that a file holds one Bundle a line. The one place to
     * change when the mapping's NDJSON writer lands: its resources, one a line, with that writer.
     *
     * @param record the record, not null
     * @param out the stream, not closed
     * @throws IOException if the stream fails
     */
    static void write(RecoveryRecord record, OutputStream out) throws IOException {
        FhirMapping.defaults().writeBundle(record, out);
        out.write('\n');
    }

    /**
     * Runs the bulk write.
     *
     * @param args the records (default 4,000), the contacts per record (default 250, at most
     *     {@link RecordGenerator#MAX_CONTACTS}) and a file to write to (default: count the bytes and drop them)
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 4_000;
        int contactsPerRecord = args.length > 1 ? Integer.parseInt(args[1]) : RecordGenerator.MAX_CONTACTS;
        RecordGenerator generator = RecordGenerator.defaults().withContacts(contactsPerRecord);
        SplittableRandom random = new SplittableRandom(SEED);

        long contacts = 0;
        long generateNanos = 0;
        long writeNanos = 0;
        long start = System.nanoTime();
        try (CountingOutputStream out = new CountingOutputStream(
                args.length > 2
                        ? new BufferedOutputStream(Files.newOutputStream(Path.of(args[2])), 1 << 16)
                        : OutputStream.nullOutputStream())) {
            for (int i = 0; i < records; i++) {
                long t0 = System.nanoTime();
                RecoveryRecord record = generator.record(random.split());
                long t1 = System.nanoTime();
                write(record, out);
                long t2 = System.nanoTime();
                contacts += record.getContacts().size();
                generateNanos += t1 - t0;
                writeNanos += t2 - t1;
            }
            long totalNanos = System.nanoTime() - start;
            long gcCount = 0;
            long gcMillis = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                gcCount += gc.getCollectionCount();
                gcMillis += gc.getCollectionTime();
            }
            System.out.printf(
                    Locale.ROOT,
                    "BulkContacts: %,d records, %,d contacts, %,d bytes in %.1f s (generating %.1f s, writing %.1f s,"
                            + " %.1f MB/s written; process CPU %.1f s); max heap %.1f MiB, peak heap used %.1f MiB (sum of the pools' peaks),"
                            + " %d GCs taking %.1f s%n",
                    records,
                    contacts,
                    out.count,
                    totalNanos / 1e9,
                    generateNanos / 1e9,
                    writeNanos / 1e9,
                    out.count / 1e6 / (writeNanos / 1e9),
                    processCpuNanos() / 1e9,
                    Runtime.getRuntime().maxMemory() / MIB,
                    peakHeap() / MIB,
                    gcCount,
                    gcMillis / 1e3);
        }
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

    /** Counts the bytes that pass to another stream. */
    private static final class CountingOutputStream extends OutputStream {
        private final OutputStream out;
        long count;

        CountingOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
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
