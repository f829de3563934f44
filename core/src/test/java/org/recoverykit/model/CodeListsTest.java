package org.recoverykit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Codes are published API: every code list's codes and display names are pinned in {@code code-lists.txt},
 * so that renaming a constant cannot change a code unnoticed.
 */
class CodeListsTest {
    static String describeAll() throws IOException {
        Path classes = Path.of("target", "classes", "org", "recoverykit", "model");
        try (Stream<Path> files = Files.list(classes)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> load(n.substring(0, n.length() - ".class".length())))
                    .filter(c -> c.isEnum() && Coded.class.isAssignableFrom(c))
                    .sorted(java.util.Comparator.comparing(Class::getSimpleName))
                    .map(CodeListsTest::describe)
                    .collect(Collectors.joining());
        }
    }

    private static Class<?> load(String simpleName) {
        try {
            return Class.forName("org.recoverykit.model." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(Class<?> list) {
        return list.getSimpleName() + "\n"
                + Arrays.stream(list.getEnumConstants())
                        .map(c -> "  " + ((Coded) c).getCode() + " = " + ((Coded) c).getDisplay() + "\n")
                        .collect(Collectors.joining());
    }

    @Test
    void everyCodeAndDisplayNameIsPinned() throws IOException {
        try (InputStream in = CodeListsTest.class.getResourceAsStream("code-lists.txt")) {
            assertThat(describeAll()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyCodeIsLowerKebabAndFindsItsConstant() {
        for (ContactMode mode : ContactMode.values()) {
            assertThat(mode.getCode()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(Coded.find(ContactMode.class, mode.getCode())).contains(mode);
        }
        assertThat(SourceDocument.CFR_42_441_301.getCode()).isEqualTo("42-cfr-441-301");
        assertThat(Coded.of(SourceDocument.class, "42-cfr-441-301")).isSameAs(SourceDocument.CFR_42_441_301);
    }
}
