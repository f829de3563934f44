package org.recoverykit.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.recoverykit.fhir.FhirMapping;
import org.recoverykit.model.RecoveryRecord;

/**
 * What the first Bundle write and the first read cost in a fresh JVM, ours next to HAPI FHIR's, in process CPU
 * time (every thread of the JVM: JIT compilers and GC too) and wall time.
 *
 * <p>Run with no argument, it prepares the inputs, then starts a fresh JVM for each case and each round, the cases
 * in a rotating order, and prints every run and the medians:
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.recoverykit.benchmarks.ColdStart [ROUNDS]
 * }</pre>
 *
 * <p>Each case times what a user pays on first use, from a JVM that already holds the input in memory:
 *
 * <ul>
 *   <li>{@code write}: {@code FhirMapping.defaults().writeBundle} of {@link FhirBenchmark}'s record ({@link BundleRecord}), generated
 *       before timing, to a byte stream; the mapping's classes and Jackson are loaded in the timed part.
 *   <li>{@code hapi-encode}: {@code FhirContext.forR4()}, then {@code newJsonParser().encodeResourceToWriter} of
 *       the same Bundle as HAPI model objects, deserialized (Java serialization) before timing, as if the
 *       application had built them; the context is created in the timed part, as it is on a user's first encode.
 *   <li>{@code read}: {@code FhirMapping.defaults().read} of the Bundle's bytes.
 *   <li>{@code hapi-parse}: {@code FhirContext.forR4()}, then {@code newJsonParser().parseResource(Bundle.class)}
 *       of the same bytes.
 * </ul>
 *
 * <p>Before the timed part, each JVM waits half a second for the background compilation of its set-up to settle.
 */
public final class ColdStart {
    private static final int DEFAULT_ROUNDS = 5;
    private static final long SETTLE_MILLIS = 500;

    private ColdStart() {}

    /** A case, timed in its own JVM. */
    enum Case {
        WRITE("write", "our first Bundle write"),
        HAPI_ENCODE("hapi-encode", "HAPI: context + first encode"),
        READ("read", "our first Bundle read"),
        HAPI_PARSE("hapi-parse", "HAPI: context + first parse");

        final String name;
        final String title;

        Case(String name, String title) {
            this.name = name;
            this.title = title;
        }

        static Case named(String name) {
            return Arrays.stream(values())
                    .filter(c -> c.name.equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown case " + name));
        }
    }

    /** The figures of one run: process CPU, the thread's CPU, wall time, classes loaded, all in the timed part. */
    record Run(long processCpuNanos, long threadCpuNanos, long wallNanos, long classesLoaded) {}

    /**
     * Runs every case in fresh JVMs and prints the medians, or, with {@code --child CASE BUNDLE-JSON HAPI-BUNDLE},
     * runs one case in this JVM and prints its figures.
     *
     * @param args the rounds (default 5), or the arguments of a child
     * @throws Exception if a child fails or a file cannot be written
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            Run run = child(Case.named(args[1]), Path.of(args[2]), Path.of(args[3]));
            System.out.printf(
                    Locale.ROOT,
                    "RUN %d %d %d %d%n",
                    run.processCpuNanos(),
                    run.threadCpuNanos(),
                    run.wallNanos(),
                    run.classesLoaded());
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ROUNDS;
        parent(rounds);
    }

    private static void parent(int rounds) throws Exception {
        Path dir = Files.createTempDirectory("recoverykit-coldstart");
        Path json = dir.resolve("bundle.json");
        Path serialized = dir.resolve("bundle.ser");
        byte[] bytes = FhirMapping.defaults().toBundle(BundleRecord.generate()).getBytes(StandardCharsets.UTF_8);
        Files.write(json, bytes);
        Bundle bundle =
                FhirContext.forR4().newJsonParser().parseResource(Bundle.class, new ByteArrayInputStream(bytes));
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(serialized))) {
            out.writeObject(bundle);
        }
        System.out.printf(
                Locale.ROOT,
                "ColdStart: %d resources, %d bytes; %d rounds of %d fresh JVMs; %s %s, %d processors%n",
                bundle.getEntry().size(),
                bytes.length,
                rounds,
                Case.values().length,
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                Runtime.getRuntime().availableProcessors());

        Map<Case, List<Run>> runs = new EnumMap<>(Case.class);
        Case[] cases = Case.values();
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < cases.length; i++) {
                Case c = cases[(i + round) % cases.length];
                Run run = spawn(c, json, serialized);
                runs.computeIfAbsent(c, k -> new ArrayList<>()).add(run);
                System.out.printf(
                        Locale.ROOT,
                        "  round %d %-12s process CPU %7.1f ms, thread CPU %7.1f ms, wall %7.1f ms, %5d classes%n",
                        round + 1,
                        c.name,
                        millis(run.processCpuNanos()),
                        millis(run.threadCpuNanos()),
                        millis(run.wallNanos()),
                        run.classesLoaded());
            }
        }

        System.out.printf(
                Locale.ROOT,
                "%n%-30s %16s %15s %10s %8s%n",
                "case (median of " + rounds + ")",
                "process CPU ms",
                "thread CPU ms",
                "wall ms",
                "classes");
        for (Case c : cases) {
            List<Run> r = runs.get(c);
            System.out.printf(
                    Locale.ROOT,
                    "%-30s %16.1f %15.1f %10.1f %8d%n",
                    c.title,
                    millis(median(r, Run::processCpuNanos)),
                    millis(median(r, Run::threadCpuNanos)),
                    millis(median(r, Run::wallNanos)),
                    median(r, Run::classesLoaded));
        }
        System.out.printf(
                Locale.ROOT,
                "%nwrite / HAPI encode, process CPU: %.3f (target: at most 0.2)%n"
                        + "read / HAPI parse, process CPU:   %.3f%n",
                ratio(runs, Case.WRITE, Case.HAPI_ENCODE),
                ratio(runs, Case.READ, Case.HAPI_PARSE));
        Files.delete(json);
        Files.delete(serialized);
        Files.delete(dir);
    }

    private static double ratio(Map<Case, List<Run>> runs, Case ours, Case theirs) {
        return (double) median(runs.get(ours), Run::processCpuNanos) / median(runs.get(theirs), Run::processCpuNanos);
    }

    private static long median(List<Run> runs, java.util.function.ToLongFunction<Run> figure) {
        long[] values = runs.stream().mapToLong(figure).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static Run spawn(Case c, Path json, Path serialized) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        ColdStart.class.getName(),
                        "--child",
                        c.name,
                        json.toString(),
                        serialized.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String result = null;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RUN ")) {
                    result = line;
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || result == null) {
            throw new IllegalStateException("the " + c.name + " child failed with exit code " + exit);
        }
        long[] f = Arrays.stream(result.substring(4).split(" "))
                .mapToLong(Long::parseLong)
                .toArray();
        return new Run(f[0], f[1], f[2], f[3]);
    }

    private static Run child(Case c, Path json, Path serialized) throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();

        // The input, in memory before timing, as an application would hold it.
        RecoveryRecord record = null;
        Bundle bundle = null;
        byte[] bytes = Files.readAllBytes(json);
        if (c == Case.WRITE) {
            record = BundleRecord.generate();
        } else if (c == Case.HAPI_ENCODE) {
            try (InputStream in = Files.newInputStream(serialized);
                    ObjectInputStream objects = new ObjectInputStream(in)) {
                bundle = (Bundle) objects.readObject();
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        Thread.sleep(SETTLE_MILLIS);

        long classes0 = classes.getTotalLoadedClassCount();
        long wall0 = System.nanoTime();
        long thread0 = threads.getCurrentThreadCpuTime();
        long process0 = os.getProcessCpuTime();
        Object result = timed(c, record, bundle, bytes, out);
        long process1 = os.getProcessCpuTime();
        long thread1 = threads.getCurrentThreadCpuTime();
        long wall1 = System.nanoTime();
        long classes1 = classes.getTotalLoadedClassCount();

        if (result == null) {
            throw new IllegalStateException("nothing was written or read");
        }
        return new Run(process1 - process0, thread1 - thread0, wall1 - wall0, classes1 - classes0);
    }

    private static Object timed(Case c, RecoveryRecord record, Bundle bundle, byte[] bytes, OutputStream out)
            throws Exception {
        switch (c) {
            case WRITE -> {
                FhirMapping.defaults().writeBundle(record, out);
                return out;
            }
            case HAPI_ENCODE -> {
                FhirContext context = FhirContext.forR4();
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                context.newJsonParser().encodeResourceToWriter(bundle, writer);
                writer.flush();
                return out;
            }
            case READ -> {
                return FhirMapping.defaults().read(new ByteArrayInputStream(bytes));
            }
            default -> {
                FhirContext context = FhirContext.forR4();
                return context.newJsonParser().parseResource(Bundle.class, new ByteArrayInputStream(bytes));
            }
        }
    }
}
