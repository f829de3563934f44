package org.recoverykit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recoverykit.fhir.FhirMapping;
import org.recoverykit.json.RecordJson;
import org.recoverykit.json.UnreadableDocumentException;
import org.recoverykit.json.UnreadableInputException;
import picocli.CommandLine;

/** {@code --max-document-mib} sets the longest document that validate, format, to-fhir and from-fhir read. */
class DocumentLimitTest extends CliRun {
    /** One MiB and one byte of whitespace, which a document may end with. */
    private static final String PAST_ONE_MIB = " ".repeat(1024 * 1024 + 1);

    /** What a document past the limit is reported as, after its place. */
    private static final String TOO_LONG =
            "a document longer than the read limit; --max-document-mib reads a longer one";

    /**
     * A document of one line, a record with a person alone, longer than one MiB by its trailing whitespace; it lacks
     * the person's strengths, so validate finds an error in it.
     */
    private Path longDocument() throws IOException {
        return write("long.json", "{\"id\":\"r\",\"person\":{\"id\":\"p\"}}" + PAST_ONE_MIB);
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "format", "to-fhir"})
    void aNativeDocumentLongerThanTheLimitIsUnreadableAndSaysHowToReadIt(String command) throws IOException {
        Path document = longDocument();

        assertThat(run(command, "--max-document-mib", "1", document.toString())).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("recoverykit: " + document + ": document root (line 1, column 30): " + TOO_LONG + NL);
    }

    @ParameterizedTest
    @CsvSource({"validate, 1", "format, 0", "to-fhir, 0"})
    void aNativeDocumentWithinTheLimitReads(String command, int exitCode) throws IOException {
        assertThat(run(command, "--max-document-mib", "2", longDocument().toString()))
                .isEqualTo(exitCode);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aBundleLongerThanTheLimitIsUnreadableAndOneWithinItReads() throws IOException {
        Path bundle = dir.resolve("long.bundle.json");
        assertThat(run("to-fhir", longDocument().toString(), "-o", bundle.toString()))
                .isZero();
        String json = Files.readString(bundle);
        Path padded = write("padded.bundle.json", json + PAST_ONE_MIB);

        assertThat(run("from-fhir", "--max-document-mib", "1", padded.toString()))
                .isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("recoverykit: " + padded + ": the input (line 2, column " + (1024 * 1024 + 1 - json.length())
                        + "): " + TOO_LONG + NL);
        err.getBuffer().setLength(0);
        assertThat(run("from-fhir", "--max-document-mib", "2", padded.toString()))
                .isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theLongestLimitIsTaken() throws IOException {
        assertThat(run(
                        "format",
                        "--max-document-mib",
                        "1023",
                        sample("str-episode").toString()))
                .isZero();
        assertThat(err.toString()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"validate, 0", "format, -1", "to-fhir, 1024", "from-fhir, 0"})
    void aLimitOutsideOneTo1023MibIsAWrongUsage(String command, String mib) throws IOException {
        Path document = sample("str-episode");

        assertThat(run(command, "--max-document-mib", mib, document.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("recoverykit: --max-document-mib must be from 1 to 1023" + NL);
    }

    @ParameterizedTest
    @CsvSource({
        "'', '; --max-document-mib reads a longer one'",
        "1022, '; --max-document-mib reads a longer one'",
        "1023, ''"
    })
    void aDocumentPastTheLimitSaysHowToReadItUnlessTheLimitIsTheLongest(String mib, String hint) {
        DocumentLimit limit = new DocumentLimit();
        new CommandLine(limit).parseArgs(mib.isEmpty() ? new String[0] : new String[] {"--max-document-mib", mib});
        UnreadableDocumentException tooLong =
                new UnreadableDocumentException("", 1, 30, UnreadableInputException.DOCUMENT_TOO_LONG);

        assertThat(InputProblem.unreadable("long.json", tooLong, limit))
                .hasMessage(
                        "long.json: document root (line 1, column 30): a document longer than the read limit" + hint);
    }

    @Test
    void withoutTheOptionTheLibrarysDefaultsRead() {
        DocumentLimit absent = new DocumentLimit();

        assertThat(absent.recordJson()).isSameAs(RecordJson.defaults());
        assertThat(absent.fhirMapping()).isSameAs(FhirMapping.defaults());
    }
}
