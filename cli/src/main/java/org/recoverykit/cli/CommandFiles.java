package org.recoverykit.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.recoverykit.json.RecordJson;
import org.recoverykit.model.RecoveryRecord;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The input and output of the commands that read one file, given as a path or {@code -} for standard input, and
 * write one result to standard output or to a file.
 */
final class CommandFiles {
    private static final String STANDARD_INPUT = "-";

    private CommandFiles() {}

    /** The name of an input in messages: its path as given, or {@code standard input}. */
    static String display(String file) {
        return file.equals(STANDARD_INPUT) ? "standard input" : file;
    }

    /** Lists what a lenient read skipped on standard error, one {@code FILE: skipped ...} line each, and flushes. */
    static void listSkipped(CommandSpec spec, String file, List<?> skipped) {
        PrintWriter err = spec.commandLine().getErr();
        skipped.forEach(element -> err.println(display(file) + ": skipped " + element));
        err.flush();
    }

    /** Opens an input as bytes; a file that cannot be opened is an {@link InputProblem}. */
    static InputStream openStream(String file) throws InputProblem {
        if (file.equals(STANDARD_INPUT)) {
            return System.in;
        }
        try {
            return new BufferedInputStream(Files.newInputStream(Path.of(file)));
        } catch (IOException e) {
            throw InputProblem.cannotOpen(display(file));
        }
    }

    /**
     * Writes a record as a native document, followed by a line break, to the command's standard output, or to
     * {@code output} in UTF-8 when it is not null.
     */
    static void writeRecord(CommandSpec spec, String output, RecoveryRecord record) throws IOException {
        write(spec, output, out -> RecordJson.defaults().write(record, out));
    }

    /**
     * Checks an {@code -o} option before any input is read.
     *
     * @throws UsageProblem if it is given but empty, which names no file
     */
    static void checkOutput(String output) {
        if (output != null && output.isEmpty()) {
            throw new UsageProblem("--output must name a file");
        }
    }

    /**
     * Flushes the command's standard output, which does not throw when a write fails.
     *
     * @throws OutputProblem if a write to it failed, now or before
     */
    static void flush(CommandSpec spec) throws OutputProblem {
        if (spec.commandLine().getOut().checkError()) {
            throw OutputProblem.standardOutput();
        }
    }

    /** What a command writes as its output. */
    interface Text {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes a command's output, followed by a line break, to its standard output, or to {@code output} in UTF-8
     * when it is not null.
     *
     * @throws OutputProblem if the output cannot be written
     */
    static void write(CommandSpec spec, String output, Text text) throws IOException {
        if (output == null) {
            writeText(spec.commandLine().getOut(), text);
            flush(spec);
            return;
        }
        try {
            writeFile(Path.of(output), text);
        } catch (IOException | InvalidPathException e) {
            throw OutputProblem.cannotWrite(output, e);
        }
    }

    /**
     * Writes a file. A new file, or a regular file that only this write's content would change, is written beside it
     * first and moved into place when complete, so that a failed write leaves no partial file and an earlier one as
     * it was; the permissions of the file it replaces are kept. A file that replacing would change otherwise (another
     * owner or group, another hard link to it), one beside which nothing can be created (a read-only directory, a
     * name at the length limit), a device, a pipe and a symbolic link are written in place; a read-only file or a
     * directory fails.
     *
     * <p>The text is written to a {@code PrintWriter}, which keeps a failed write to itself for {@code checkError()}:
     * a library that is handed the failure may pass it on as another exception.
     */
    private static void writeFile(Path file, Text text) throws IOException {
        boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        if (exists && (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || hasOtherLinks(file))) {
            writeInPlace(file, text);
            return;
        }
        if (exists && !Files.isWritable(file)) {
            throw new AccessDeniedException(file.toString());
        }
        Path temporary = file.resolveSibling("." + file.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
            Files.createFile(temporary);
        } catch (FileSystemException e) {
            writeInPlace(file, text);
            return;
        }
        try {
            if (exists && !sameOwners(file, temporary)) {
                writeInPlace(file, text);
                return;
            }
            if (exists) {
                keepPermissions(file, temporary);
            }
            writeInPlace(temporary, text);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void writeInPlace(Path file, Text text) throws IOException {
        PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        try (out) {
            writeText(out, text);
        }
        checkWritten(out);
    }

    /** Tells whether a file has other hard links, which a file moved into its place would not share. */
    private static boolean hasOtherLinks(Path file) throws IOException {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue() > 1;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return false; // a file system without the unix view
        }
    }

    /** Tells whether two files have one owner and, where the file system tells groups, one group. */
    private static boolean sameOwners(Path a, Path b) throws IOException {
        if (!Files.getOwner(a, LinkOption.NOFOLLOW_LINKS).equals(Files.getOwner(b, LinkOption.NOFOLLOW_LINKS))) {
            return false;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(a, PosixFileAttributeView.class);
        return view == null
                || view.readAttributes()
                        .group()
                        .equals(Files.readAttributes(b, PosixFileAttributes.class)
                                .group());
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(Files.getPosixFilePermissions(from));
        }
    }

    private static void writeText(PrintWriter out, Text text) throws IOException {
        text.writeTo(out);
        out.println();
    }

    private static void checkWritten(PrintWriter closed) throws IOException {
        if (closed.checkError()) {
            throw new IOException("a write to the file failed");
        }
    }
}
