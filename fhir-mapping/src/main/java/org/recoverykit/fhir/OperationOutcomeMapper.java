package org.recoverykit.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.recoverykit.validation.Issue;
import org.recoverykit.validation.RecordValidator;
import org.recoverykit.validation.Severity;
import org.recoverykit.validation.ValidationReport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a {@link ValidationReport} as a FHIR R4 OperationOutcome.
 *
 * <p>One issue per report issue, in report order: its severity; code {@code invariant}, or {@code structure}
 * for {@value RecordValidator#UNREADABLE}, since FHIR defines {@code structure} as content that cannot be
 * parsed completely; {@code details} with the rule id as a coding of {@link FhirCodeSystems#RULE} (only for
 * the rule ids of that code system, so that an application's own rule is named in the text alone) and the text
 * {@code RULE-ID: message}; {@code diagnostics} with the rule's source clause; {@code expression} with the
 * FHIRPath of the offending element where the mapping places it ({@link ElementPaths}), rooted at the type of the resource it is
 * written into, one for each type it may be written into; and the JSON Pointer of the native document
 * in the extension {@link FhirMapping#JSON_POINTER_EXTENSION}, except for the whole record, whose pointer is
 * the empty string that FHIR does not allow. An empty report gives one informational issue, since FHIR
 * requires at least one. The report holds no value of the record, and neither does the outcome.
 */
final class OperationOutcomeMapper {
    /** The rule code system's resource, whose codes may be written as a coding. */
    private static final String RULES = "codesystems/rule.json";

    private static final Set<String> RULE_CODES = ruleCodes();

    private OperationOutcomeMapper() {}

    static void write(ValidationReport report, JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty("resourceType", "OperationOutcome");
        out.writeArrayPropertyStart("issue");
        if (report.getIssues().isEmpty()) {
            out.writeStartObject();
            out.writeStringProperty("severity", "information");
            out.writeStringProperty("code", "informational");
            out.writeObjectPropertyStart("details");
            out.writeStringProperty("text", "No issues");
            out.writeEndObject();
            out.writeEndObject();
        }
        for (Issue issue : report.getIssues()) {
            writeIssue(issue, out);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void writeIssue(Issue issue, JsonGenerator out) {
        out.writeStartObject();
        if (!issue.getPointer().isEmpty()) {
            out.writeArrayPropertyStart("extension");
            out.writeStartObject();
            out.writeStringProperty("url", FhirMapping.JSON_POINTER_EXTENSION);
            out.writeStringProperty("valueString", issue.getPointer());
            out.writeEndObject();
            out.writeEndArray();
        }
        out.writeStringProperty("severity", severity(issue.getSeverity()));
        out.writeStringProperty(
                "code", issue.getRuleId().equals(RecordValidator.UNREADABLE) ? "structure" : "invariant");
        out.writeObjectPropertyStart("details");
        if (RULE_CODES.contains(issue.getRuleId())) {
            out.writeArrayPropertyStart("coding");
            out.writeStartObject();
            out.writeStringProperty("system", FhirCodeSystems.RULE);
            out.writeStringProperty("code", issue.getRuleId());
            out.writeEndObject();
            out.writeEndArray();
        }
        out.writeStringProperty("text", issue.getRuleId() + ": " + issue.getMessage());
        out.writeEndObject();
        out.writeStringProperty("diagnostics", issue.getSource());
        List<String> expressions = ElementPaths.expressions(issue.getPointer());
        if (!expressions.isEmpty()) {
            out.writeArrayPropertyStart("expression");
            for (String expression : expressions) {
                out.writeString(expression);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "information";
        };
    }

    private static Set<String> ruleCodes() {
        Set<String> codes = new HashSet<>();
        try (InputStream in = OperationOutcomeMapper.class.getResourceAsStream(RULES)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RULES);
            }
            try (JsonParser parser = JsonFactory.builder().build().createParser(ObjectReadContext.empty(), in)) {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token == JsonToken.PROPERTY_NAME && parser.currentName().equals("code")) {
                        parser.nextToken();
                        codes.add(parser.getString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(codes);
    }
}
