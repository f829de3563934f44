package org.recoverykit.cli;

import org.recoverykit.json.ReadLimits;
import picocli.CommandLine.Option;

/**
 * The {@code --max-document-mib} option of the commands that read documents: the longest document they read, which
 * is 64 MiB unless given, as for the library's readers.
 */
final class DocumentLimit {
    /** The most MiB the option takes: a document is read into one array, which holds less than 2 GiB. */
    static final int MAX_MIB = 2047;

    private static final long MIB = 1024 * 1024;

    @Option(
            names = "--max-document-mib",
            paramLabel = "MIB",
            description = "The longest document to read, in MiB, from 1 to " + MAX_MIB + " (default: 64).")
    private Integer mib;

    /**
     * Gets the read limits the option gives: the library's defaults, with the longest document set where the option
     * is given.
     *
     * @return the limits, not null
     * @throws UsageProblem if the option is outside 1 to {@value #MAX_MIB}
     */
    ReadLimits limits() {
        if (mib == null) {
            return ReadLimits.defaults();
        }
        if (mib < 1 || mib > MAX_MIB) {
            throw new UsageProblem("--max-document-mib must be from 1 to " + MAX_MIB);
        }
        return ReadLimits.builder().maxDocumentLength(mib * MIB).build();
    }
}
