package org.recoverykit.fhir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The property names that FHIR R4 JSON can have: the name of every element of every R4 resource and datatype, each
 * choice element once per type it allows ({@code valueString}, {@code onsetDateTime}), the {@code _} name of each
 * element of a primitive type ({@code _birthDate}), and {@code resourceType}.
 *
 * <p>The names are read from a list that ships beside this class, generated from the R4 StructureDefinitions that
 * HAPI FHIR ships; {@code R4ElementNamesTest} regenerates it and fails the build where it differs. They are read on
 * first use, since a read that reports no unread property never needs them. Without the list, as from a build that
 * left it out, there are none: every unread property is then reported at its element's path, which says less,
 * never more.
 */
final class R4ElementNames {
    /** The list, one name per line, sorted, beside this class. */
    static final String RESOURCE = "r4-element-names.txt";

    /** The names, read as the class is initialized: on the first call of {@link #contains}. */
    private static final Set<String> ALL = read();

    private R4ElementNames() {}

    /** Checks whether a property name is one that FHIR R4 JSON can have. */
    static boolean contains(String name) {
        return ALL.contains(name);
    }

    private static Set<String> read() {
        try (InputStream in = R4ElementNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Set.of();
            }
            Set<String> names = new HashSet<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                names.add(line);
            }
            return Set.copyOf(names);
        } catch (IOException e) {
            return Set.of();
        }
    }
}
