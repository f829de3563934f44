package org.recoverykit.validation;

import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * The outcome of validating one record: every issue found, ordered by JSON Pointer.
 *
 * <p>A report is immutable. A record is {@linkplain #isValid() valid} when no issue is an
 * {@link Severity#ERROR}.
 */
@Value.Immutable
public abstract class ValidationReport {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    ValidationReport() {}

    /**
     * Gets the issues, ordered by JSON Pointer, then rule id.
     *
     * @return the issues, not null, empty if none were found
     */
    public abstract List<Issue> getIssues();

    /**
     * Checks whether the record has no errors.
     *
     * @return true if no issue is an {@link Severity#ERROR}
     */
    public boolean isValid() {
        return getIssues().stream().noneMatch(i -> i.getSeverity() == Severity.ERROR);
    }

    /**
     * Gets the issues of one severity.
     *
     * @param severity the severity, not null
     * @return the issues of that severity, in report order, not null
     */
    public List<Issue> getIssues(Severity severity) {
        return getIssues().stream().filter(i -> i.getSeverity() == severity).toList();
    }

    /**
     * Returns the report as text, one issue a line.
     *
     * @return the lines, each ending with a line feed, empty if there are no issues, not null
     */
    public String toText() {
        return getIssues().stream().map(i -> i + "\n").collect(Collectors.joining());
    }

    /**
     * Returns the report as a JSON object: {@code valid} and the {@code issues} with their severity, rule id,
     * pointer, message and source.
     *
     * @return the JSON text, not null
     */
    public String toJson() {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeBooleanProperty("valid", isValid());
            g.writeArrayPropertyStart("issues");
            for (Issue issue : getIssues()) {
                g.writeStartObject();
                g.writeStringProperty("severity", issue.getSeverity().name());
                g.writeStringProperty("ruleId", issue.getRuleId());
                g.writeStringProperty("pointer", issue.getPointer());
                g.writeStringProperty("message", issue.getMessage());
                g.writeStringProperty("source", issue.getSource());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toString();
    }

    /**
     * Obtains a report of the given issues, putting them in report order.
     *
     * @param issues the issues, not null
     * @return the report, not null
     */
    public static ValidationReport of(List<Issue> issues) {
        return ImmutableValidationReport.builder()
                .issues(issues.stream().sorted(Issue.ORDER).toList())
                .build();
    }

    /**
     * Returns the report in its text form.
     *
     * @return the text form, as {@link #toText()}
     */
    @Override
    public String toString() {
        return toText();
    }
}
