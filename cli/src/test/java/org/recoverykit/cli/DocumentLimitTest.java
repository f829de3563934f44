package org.recoverykit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --max-document-mib} sets the longest document that validate, format, to-fhir and from-fhir read. */
class DocumentLimitTest extends CliRun {
    /** One MiB and one byte of whitespace, which a document may end with. */
    private static final String PAST_ONE_MIB = " ".repeat(1024 * 1024 + 1);

    /** A document of one line, a record with a person alone, longer than one MiB by its trailing whitespace. */
    private Path longDocument() throws IOException {
        return write("long.json", "{\"id\":\"r\",\"person\":{\"id\":\"p\"}}" + PAST_ONE_MIB);
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "format", "to-fhir"})
    void aNativeDocumentLongerThanTheLimitIsUnreadableAndSaysHowToReadIt(String command) throws IOException {
        Path document = longDocument();

        assertThat(run(command, "--max-document-mib", "1", document.toString())).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("recoverykit: " + document
                        + ": document root (line 1, column 30): a document longer than the read limit;"
                        + " --max-document-mib reads a longer one" + NL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "format", "to-fhir"})
    void aNativeDocumentWithinTheLimitReads(String command) throws IOException {
        Path document = longDocument();

        assertThat(run(command, "--max-document-mib", "2", document.toString())).isLessThanOrEqualTo(1);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aBundleLongerThanTheLimitIsUnreadableAndOneWithinItReads() throws IOException {
        Path bundle = dir.resolve("long.bundle.json");
        assertThat(run("to-fhir", longDocument().toString(), "-o", bundle.toString()))
                .isZero();
        Path padded = write("padded.bundle.json", java.nio.file.Files.readString(bundle) + PAST_ONE_MIB);

        assertThat(run("from-fhir", "--max-document-mib", "1", padded.toString()))
                .isEqualTo(2);
        assertThat(err.toString())
                .endsWith(": a document longer than the read limit;" + " --max-document-mib reads a longer one" + NL);
        err.getBuffer().setLength(0);
        assertThat(run("from-fhir", "--max-document-mib", "2", padded.toString()))
                .isZero();
        assertThat(err.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "2048"})
    void aLimitOutsideOneTo2047MibIsAWrongUsage(String mib) throws IOException {
        Path document = sample("str-episode");

        assertThat(run("validate", "--max-document-mib", mib, document.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).isEqualTo("recoverykit: --max-document-mib must be from 1 to 2047" + NL);
    }
}
