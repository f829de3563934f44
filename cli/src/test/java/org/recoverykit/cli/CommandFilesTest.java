package org.recoverykit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandFilesTest {
    @TempDir
    Path dir;

    private String[] files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void leavesAnEarlierFileAsItWasAndNoPartOfTheNewOneWhenAWriteFails() throws IOException {
        Path file = Files.writeString(dir.resolve("out.json"), "earlier");
        assertThatThrownBy(() -> CommandFiles.write(null, file.toString(), out -> {
                    out.write("{\"id\" : ");
                    out.flush();
                    throw new IOException("No space left on device");
                }))
                .isInstanceOf(OutputProblem.class)
                .hasMessage(file + ": cannot be written");
        assertThat(file).hasContent("earlier");
        assertThat(files()).containsExactly("out.json");
    }

    @Test
    void leavesNoFileWhenAWriteFails() throws IOException {
        Path file = dir.resolve("out.json");
        assertThatThrownBy(() -> CommandFiles.write(null, file.toString(), out -> {
                    throw new IllegalStateException("a mapping failure");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(files()).isEmpty();
    }

    @Test
    void replacesAFileKeepingItsPermissions() throws IOException {
        Path file = Files.writeString(dir.resolve("out.json"), "earlier");
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        assumeThat(view).isNotNull();
        view.setPermissions(PosixFilePermissions.fromString("rw-------"));
        CommandFiles.write(null, file.toString(), out -> out.write("{ }"));
        assertThat(file).hasContent("{ }" + System.lineSeparator());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(files()).containsExactly("out.json");
    }

    @Test
    void writesThroughASymbolicLink() throws IOException {
        Path target = Files.writeString(dir.resolve("target.json"), "earlier");
        Path link = dir.resolve("link.json");
        try {
            Files.createSymbolicLink(link, target.getFileName());
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(e).as("symbolic links").isNull();
        }
        CommandFiles.write(null, link.toString(), out -> out.write("{ }"));
        assertThat(link).isSymbolicLink();
        assertThat(target).hasContent("{ }" + System.lineSeparator());
    }

    @Test
    void refusesToReplaceAReadOnlyFile() throws IOException {
        Path file = Files.writeString(dir.resolve("out.json"), "earlier");
        assumeThat(file.toFile().setWritable(false)).isTrue();
        assumeThat(Files.isWritable(file)).as("a file the user cannot write").isFalse();
        assertThatThrownBy(() -> CommandFiles.write(null, file.toString(), out -> out.write("{ }")))
                .isInstanceOf(OutputProblem.class)
                .hasMessage(file + ": cannot be written");
        assertThat(file).hasContent("earlier");
        assertThat(files()).containsExactly("out.json");
    }

    @Test
    void writesAFileWithAnotherHardLinkInPlaceSoThatTheLinkSharesIt() throws IOException {
        Path file = Files.writeString(dir.resolve("out.json"), "earlier");
        Path link = Files.createLink(dir.resolve("link.json"), file);

        CommandFiles.write(null, file.toString(), out -> out.write("{ }"));

        assertThat(link).hasContent("{ }" + System.lineSeparator());
        assertThat(files()).containsExactly("link.json", "out.json");
    }

    @Test
    void writesAFileWhoseNameLeavesNoRoomForTheOneBesideItInPlace() throws IOException {
        Path file = dir.resolve("r".repeat(250) + ".json");
        Files.writeString(file, "earlier");

        CommandFiles.write(null, file.toString(), out -> out.write("{ }"));
        Files.delete(file);
        CommandFiles.write(null, file.toString(), out -> out.write("{ }"));

        assertThat(file).hasContent("{ }" + System.lineSeparator());
        assertThat(files()).hasSize(1);
    }

    @Test
    void writesAFileOfAnotherOwnerInPlaceSoThatItKeepsItsOwner() throws IOException {
        Path file = Files.writeString(dir.resolve("out.json"), "earlier");
        java.nio.file.attribute.UserPrincipal nobody;
        try {
            nobody = file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(file, nobody);
        } catch (IOException | UnsupportedOperationException e) {
            nobody = null; // only a privileged user can give a file away
        }
        assumeThat(nobody).isNotNull();

        CommandFiles.write(null, file.toString(), out -> out.write("{ }"));

        assertThat(file).hasContent("{ }" + System.lineSeparator());
        assertThat(Files.getOwner(file)).isEqualTo(nobody);
    }
}
