package org.recoverykit.fhir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import java.util.function.Supplier;
import org.recoverykit.validation.ValidationReport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Maps RecoveryKit objects to FHIR R4 JSON.
 *
 * <p>So far it maps a {@link ValidationReport} to an {@code OperationOutcome}: one issue per report issue with
 * its severity, the rule id as a code of {@link FhirCodeSystems#RULE}, the text {@code RULE-ID: message}, the
 * rule's source clause as diagnostics, the FHIRPath of the offending element where the mapping places it, and
 * the native document's JSON Pointer in the extension {@value #JSON_POINTER_EXTENSION}. The library's own
 * code systems ship in this jar as FHIR CodeSystem resources (see {@link FhirCodeSystems}).
 *
 * <p>The JSON is written with Jackson's streaming generator, compact and in UTF-8; nothing here needs HAPI
 * FHIR at run time. This class is immutable and thread-safe.
 */
public final class FhirMapping {
    /** The url of the extension that holds the JSON Pointer of an issue's element in the native document. */
    public static final String JSON_POINTER_EXTENSION =
            FhirCodeSystems.RECOVERYKIT_BASE + "/StructureDefinition/json-pointer";

    private static final JsonFactory JSON =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private FhirMapping() {}

    /**
     * Obtains a validation report as a FHIR R4 OperationOutcome.
     *
     * @param report the report, not null
     * @return the OperationOutcome as JSON text, not null
     */
    public static String toOperationOutcome(ValidationReport report) {
        StringWriter out = new StringWriter();
        try {
            writeOperationOutcome(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Writes a validation report as a FHIR R4 OperationOutcome to a writer.
     *
     * @param report the report, not null
     * @param out the writer, not null; it is flushed, not closed
     * @throws IOException if the writer fails
     */
    public static void writeOperationOutcome(ValidationReport report, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        write(report, () -> JSON.createGenerator(ObjectWriteContext.empty(), out));
    }

    /**
     * Writes a validation report as a FHIR R4 OperationOutcome to a stream, in UTF-8.
     *
     * @param report the report, not null
     * @param out the stream, not null; it is flushed, not closed
     * @throws IOException if the stream fails
     */
    public static void writeOperationOutcome(ValidationReport report, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        write(report, () -> JSON.createGenerator(ObjectWriteContext.empty(), out));
    }

    private static void write(ValidationReport report, Supplier<JsonGenerator> target) throws IOException {
        Objects.requireNonNull(report, "report");
        try (JsonGenerator generator = target.get()) {
            OperationOutcomeMapper.write(report, generator);
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }
}
