package org.recoverykit.cli;

import org.recoverykit.fhir.FhirMapping;
import org.recoverykit.json.ReadLimits;
import org.recoverykit.json.RecordJson;
import picocli.CommandLine.Option;

/**
 * The {@code --max-document-mib} option of the commands that read documents: the longest document they read, which
 * is the library's default unless given.
 */
final class DocumentLimit {
    /**
     * The most MiB the option takes: a document is read into one array, which holds less than 2 GiB, and a UTF-16
     * document of this many characters takes twice as many bytes.
     */
    static final int MAX_MIB = 1023;

    private static final long MIB = 1024 * 1024;

    private static final long DEFAULT_MIB = ReadLimits.DEFAULT_DOCUMENT_LENGTH / MIB;

    @Option(
            names = "--max-document-mib",
            paramLabel = "MIB",
            description = "The longest document to read, in MiB, from 1 to " + MAX_MIB + " (default: " + DEFAULT_MIB
                    + "); a long one needs a Java heap several times its size (java -Xmx).")
    private Integer mib;

    /**
     * Gets the native reader for the option.
     *
     * @return the library's default reader, or one with the longest document set where the option is given
     * @throws UsageProblem if the option is outside 1 to {@value #MAX_MIB}
     */
    RecordJson recordJson() {
        return mib == null ? RecordJson.defaults() : RecordJson.withLimits(limits());
    }

    /**
     * Gets the FHIR mapping for the option.
     *
     * @return the library's default mapping, or one with the longest document set where the option is given
     * @throws UsageProblem if the option is outside 1 to {@value #MAX_MIB}
     */
    FhirMapping fhirMapping() {
        return mib == null ? FhirMapping.defaults() : FhirMapping.defaults().withLimits(limits());
    }

    /**
     * Checks whether the option gives the longest document it can.
     *
     * @return true if it is given as {@value #MAX_MIB}
     */
    boolean isLongest() {
        return mib != null && mib == MAX_MIB;
    }

    private ReadLimits limits() {
        if (mib < 1 || mib > MAX_MIB) {
            throw new UsageProblem("--max-document-mib must be from 1 to " + MAX_MIB);
        }
        return ReadLimits.builder().maxDocumentLength(mib * MIB).build();
    }
}
