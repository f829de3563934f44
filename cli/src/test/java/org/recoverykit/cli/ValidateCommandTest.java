package org.recoverykit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest extends CliRun {
    private Path withoutLifeDomains() throws IOException {
        return write(
                "no-domains.json",
                SampleCommand.read("adult-community-support").replaceFirst("\"lifeDomains\" : \\[ [^]]* \\],", ""));
    }

    @Test
    void exits0WhenNoDocumentHasAnError() throws IOException {
        Path file = sample("adult-community-support");
        assertThat(run("validate", "--as-of", "2026-11-22", file.toString())).isZero();
        assertThat(out.toString()).isEqualTo(file + " (community-support): valid, 0 issues" + NL);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void exits1AndListsTheIssuesWhenADocumentHasAnError() throws IOException {
        Path valid = sample("str-episode");
        Path invalid = withoutLifeDomains();
        assertThat(run("validate", "--as-of", "2026-11-22", valid.toString(), invalid.toString()))
                .isEqualTo(1);
        assertThat(out.toString())
                .isEqualTo(valid + " (support-time-recovery): valid, 1 issue" + NL
                        + "  WARNING MH22-CONTACT-REVIEW /contactArrangements/0/reviewDue: The contact arrangement is"
                        + " past its review date." + NL
                        + invalid + " (community-support): invalid, 1 issue" + NL
                        + "  ERROR CS-GOAL-DOMAIN /plans/0/goals/0/lifeDomains: A goal must name at least one life"
                        + " domain." + NL);
    }

    @Test
    void printsJsonAndAppliesTheNamedPolicy() throws IOException {
        Path invalid = withoutLifeDomains();
        assertThat(run(
                        "validate",
                        "--as-of",
                        "2026-11-22",
                        "--policy",
                        "person-centred-hcbs",
                        "--format",
                        "json",
                        invalid.toString()))
                .isEqualTo(1);
        assertThat(out.toString())
                .startsWith("{\"valid\":false,\"issues\":[{\"severity\":\"ERROR\",\"ruleId\":\"CS-GOAL-DOMAIN\"");
    }

    @Test
    void printsTheReportsOfSeveralFilesAsOneJsonArrayNamingEachFile() throws IOException {
        Path valid = sample("adult-community-support");
        Path bad = write("bad.json", "{");
        Path invalid = withoutLifeDomains();
        Path quoted = Files.copy(invalid, dir.resolve(File.separatorChar == '/' ? "a \"quoted\\ name.json" : "q.json"));
        assertThat(run(
                        "validate",
                        "--as-of",
                        "2026-11-22",
                        "--format",
                        "json",
                        valid.toString(),
                        bad.toString(),
                        quoted.toString()))
                .isEqualTo(2);
        JsonNode reports = JsonMapper.shared().readTree(out.toString());
        assertThat(reports.isArray()).isTrue();
        assertThat(reports.size()).isEqualTo(2);
        assertThat(reports.get(0).get("file").asString()).isEqualTo(valid.toString());
        assertThat(reports.get(0).get("report").toString()).isEqualTo("{\"valid\":true,\"issues\":[]}");
        assertThat(reports.get(1).get("file").asString()).isEqualTo(quoted.toString());
        assertThat(reports.get(1).get("report").get("valid").asBoolean()).isFalse();
        assertThat(reports.get(1)
                        .get("report")
                        .get("issues")
                        .get(0)
                        .get("ruleId")
                        .asString())
                .isEqualTo("CS-GOAL-DOMAIN");
        assertThat(out.toString()).startsWith("[" + NL + "{\"file\":").endsWith("}}" + NL + "]" + NL);
        assertThat(err.toString()).startsWith("recoverykit: " + bad + ": ");
    }

    @Test
    void printsAnEmptyJsonArrayWhenNoneOfSeveralFilesCanBeRead() throws IOException {
        Path bad = write("bad.json", "{");
        assertThat(run("validate", "--format", "json", bad.toString(), bad.toString()))
                .isEqualTo(2);
        assertThat(out.toString()).isEqualTo("[" + NL + "]" + NL);
    }

    @Test
    void exits2ForAnUnreadableFileWithoutItsValues() throws IOException {
        Path bad = write("bad.json", "{\"id\":\"" + CANARY + "\",\"person\":" + CANARY + "}");
        assertThat(run("validate", bad.toString())).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("recoverykit: " + bad + ": /person (line 1, column 30): malformed JSON" + NL)
                .doesNotContain(CANARY);
    }

    @Test
    void validatesTheFilesAfterAnUnreadableOneAndExits2AtTheEnd() throws IOException {
        Path valid = sample("adult-community-support");
        Path bad = write("bad.json", "{");
        Path missing = dir.resolve("missing.json");
        Path invalid = withoutLifeDomains();
        assertThat(run(
                        "validate",
                        "--as-of",
                        "2026-11-22",
                        valid.toString(),
                        bad.toString(),
                        missing.toString(),
                        invalid.toString()))
                .isEqualTo(2);
        assertThat(out.toString())
                .isEqualTo(valid + " (community-support): valid, 0 issues" + NL
                        + invalid + " (community-support): invalid, 1 issue" + NL
                        + "  ERROR CS-GOAL-DOMAIN /plans/0/goals/0/lifeDomains: A goal must name at least one life"
                        + " domain." + NL);
        assertThat(err.toString())
                .isEqualTo("recoverykit: " + bad + ": document root (line 1, column 2): the document ends before it is"
                        + " complete" + NL
                        + "recoverykit: " + missing + ": cannot be opened" + NL);
    }

    @Test
    void exits1WhenEveryFileWasReadAndOneHasAnError() throws IOException {
        Path valid = sample("adult-community-support");
        Path invalid = withoutLifeDomains();
        assertThat(run("validate", "--as-of", "2026-11-22", invalid.toString(), valid.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void printsNoValueOfAnInvalidRecord() throws IOException {
        String document = SampleCommand.read("adult-community-support")
                .replaceFirst("\"lifeDomains\" : \\[ [^]]* \\],", "")
                .replaceFirst("\"strengths\" : \\[ \"[^\"]*\"", "\"strengths\" : [ \" \"")
                .replaceFirst("\"goalIds\" : \\[ \"[^\"]*\"", "\"goalIds\" : [ \"" + CANARY + "\"")
                .replaceFirst("\"response\" : \"[^\"]*\"", "\"response\" : \"" + CANARY + " call 555-0142\"");
        Path planted = write("planted.json", document);
        assertThat(run("validate", "--as-of", "2026-11-22", planted.toString())).isEqualTo(1);
        assertThat(out.toString())
                .contains("ERROR CS-GOAL-DOMAIN", "ERROR FIELD-NOT-BLANK", "ERROR RK-REF", "WARNING MH22-MINIMAL")
                .doesNotContain(CANARY)
                .doesNotContain("555-0142");
        assertThat(run("validate", "--as-of", "2026-11-22", "--format", "json", planted.toString()))
                .isEqualTo(1);
        assertThat(out.toString()).doesNotContain(CANARY);
    }

    @Test
    void exits2ForAWrongUsage() throws IOException {
        Path file = sample("str-episode");
        assertThat(run("validate", "--as-of", "22/11/2026", file.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("recoverykit: --as-of must be a date as YYYY-MM-DD" + NL);
        assertThat(run("validate", "--policy", "nonsense", file.toString())).isEqualTo(2);
        assertThat(run("validate")).isEqualTo(2);
        assertThat(run("validate", "--format", "xml", file.toString())).isEqualTo(2);
    }

    @Test
    void printsAStackTraceOnlyWithDebug() {
        assertThat(run("validate", dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err.toString()).doesNotContain("\tat ");
        assertThat(run("validate", "--debug", dir.resolve("missing.json").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("\tat ");
    }
}
