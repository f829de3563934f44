package org.recoverykit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints one of the fictional sample records bundled with the command line. */
@Command(
        name = "sample",
        description = "Prints a bundled, fictional sample record as a native JSON document.",
        mixinStandardHelpOptions = true)
final class SampleCommand implements Callable<Integer> {
    /** The bundled samples, the first being the default. */
    static final List<String> NAMES = List.of(
            "adult-community-support",
            "youth-family-school",
            "str-episode",
            "peer-referral-by-choice",
            "discharge-with-aftercare",
            "medi-cal-housing-navigation");

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The sample to print (default: ${DEFAULT-VALUE}).")
    private String name = NAMES.get(0);

    @Option(names = "--list", description = "Lists the names of the samples instead.")
    private boolean list;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            NAMES.forEach(out::println);
            CommandFiles.flush(spec);
            return 0;
        }
        if (!NAMES.contains(name)) {
            throw new UsageProblem("there is no sample of that name; --list shows them");
        }
        out.print(read(name));
        CommandFiles.flush(spec);
        return 0;
    }

    static String read(String name) throws IOException {
        try (InputStream in = SampleCommand.class.getResourceAsStream("samples/" + name + ".json")) {
            if (in == null) {
                throw new IOException("the sample is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
