package org.recoverykit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Callable;
import org.recoverykit.fhir.FhirFeature;
import org.recoverykit.fhir.FhirMapping;
import org.recoverykit.json.RecordJson;
import org.recoverykit.json.UnreadableDocumentException;
import org.recoverykit.model.RecoveryRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reads a native document and writes it as a FHIR R4 Bundle. */
@Command(
        name = "to-fhir",
        description = {
            "Reads a native JSON document and writes its record as a FHIR R4 Bundle.",
            "The Bundle is of type collection unless --transaction is given; from-fhir reads it back.",
            "Exit 0 when written, 2 when the document cannot be read or the usage is wrong, 3 when the output cannot be"
                    + " written."
        },
        mixinStandardHelpOptions = true)
final class ToFhirCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The document to read; - for standard input.")
    private String file;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Where to write the Bundle (default: standard output).")
    private String output;

    @Option(
            names = "--transaction",
            description = "Writes a Bundle of type transaction, each entry a request to create its resource.")
    private boolean transaction;

    @Option(names = "--pretty", description = "Writes indented JSON rather than compact JSON.")
    private boolean pretty;

    @Mixin
    private DocumentLimit limit;

    @Override
    public Integer call() throws IOException {
        CommandFiles.checkOutput(output);
        RecordJson json = limit.recordJson();
        RecoveryRecord record;
        try (InputStream in = CommandFiles.openStream(file)) {
            record = json.read(in);
        } catch (UnreadableDocumentException e) {
            throw InputProblem.unreadable(CommandFiles.display(file), e, limit);
        }
        FhirMapping fhir = mapping();
        CommandFiles.write(spec, output, out -> fhir.writeBundle(record, out));
        return 0;
    }

    private FhirMapping mapping() {
        FhirMapping fhir = FhirMapping.defaults();
        if (transaction) {
            fhir = fhir.with(FhirFeature.TRANSACTION_BUNDLE);
        }
        if (pretty) {
            fhir = fhir.with(FhirFeature.PRETTY_PRINT);
        }
        return fhir;
    }
}
