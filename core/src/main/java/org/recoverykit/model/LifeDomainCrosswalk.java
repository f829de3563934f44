package org.recoverykit.model;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The crosswalk of each {@link LifeDomain} to the Recovery Star, the DLA-20 and the SDOH categories.
 *
 * <p>The standard crosswalk is read once, on first use, from {@code life-domain-crosswalk.csv} beside this
 * class. Its columns: {@code code} (a life domain code), {@code recovery_star}, {@code recovery_star_indirect}
 * ({@code true} or {@code false}), {@code dla20} and {@code sdoh_categories}; several values in a cell are
 * separated by {@code |}. Every life domain has exactly one row.
 */
final class LifeDomainCrosswalk {
    /** The mappings of one life domain. */
    record Mapping(
            List<String> recoveryStarAreas,
            boolean recoveryStarIndirect,
            List<String> dla20Domains,
            List<String> sdohCategories) {}

    static final String RESOURCE = "life-domain-crosswalk.csv";
    static final List<String> HEADER =
            List.of("code", "recovery_star", "recovery_star_indirect", "dla20", "sdoh_categories");
    private static final String TABLE = "Life domain crosswalk";

    private final Map<LifeDomain, Mapping> mappings;

    private LifeDomainCrosswalk(Map<LifeDomain, Mapping> mappings) {
        this.mappings = mappings;
    }

    private static final class Standard {
        static final LifeDomainCrosswalk INSTANCE =
                CsvTable.readResource(LifeDomainCrosswalk.class, RESOURCE, LifeDomainCrosswalk::read);
    }

    static LifeDomainCrosswalk standard() {
        return Standard.INSTANCE;
    }

    Mapping get(LifeDomain domain) {
        return mappings.get(domain);
    }

    /**
     * Reads a crosswalk table.
     *
     * @param reader the table, not null; not closed
     * @return the crosswalk, not null
     * @throws IOException if the reader fails
     * @throws ReferenceDataException if the table is malformed, a code is unknown or repeated, or a life
     *     domain has no row
     */
    static LifeDomainCrosswalk read(Reader reader) throws IOException {
        CsvTable.Table table = CsvTable.read(reader, TABLE, HEADER);
        Map<LifeDomain, Mapping> mappings = new EnumMap<>(LifeDomain.class);
        for (CsvTable.Row row : table.rows()) {
            int line = row.lineNumber();
            Optional<LifeDomain> domain = Coded.find(LifeDomain.class, row.cell(0));
            if (domain.isEmpty()) {
                throw new ReferenceDataException(TABLE, line, "code is not a life domain code");
            }
            if (mappings.containsKey(domain.get())) {
                throw new ReferenceDataException(TABLE, line, "a second row for the same life domain");
            }
            List<String> recoveryStar = CsvTable.values(row.cell(1));
            boolean indirect = parseBoolean(row.cell(2), line);
            if (indirect && recoveryStar.isEmpty()) {
                throw new ReferenceDataException(
                        TABLE, line, "recovery_star_indirect must be false where recovery_star is empty");
            }
            List<String> dla20 = CsvTable.values(row.cell(3));
            List<String> sdoh = CsvTable.values(row.cell(4));
            for (List<String> names : List.of(recoveryStar, dla20)) {
                if (names.stream().anyMatch(String::isEmpty)) {
                    throw new ReferenceDataException(TABLE, line, "a name must not be empty");
                }
            }
            if (!sdoh.stream().allMatch(c -> Invariants.LOWER_KEBAB.matcher(c).matches())) {
                throw new ReferenceDataException(TABLE, line, "sdoh_categories must hold lower-kebab codes");
            }
            mappings.put(domain.get(), new Mapping(recoveryStar, indirect, dla20, sdoh));
        }
        if (mappings.size() < LifeDomain.values().length) {
            String missing = Arrays.stream(LifeDomain.values())
                    .filter(d -> !mappings.containsKey(d))
                    .map(LifeDomain::getCode)
                    .collect(Collectors.joining(", "));
            throw new ReferenceDataException(TABLE, table.endLine(), "no row for the life domains: " + missing);
        }
        return new LifeDomainCrosswalk(Collections.unmodifiableMap(mappings));
    }

    private static boolean parseBoolean(String cell, int line) {
        return switch (cell) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ReferenceDataException(TABLE, line, "recovery_star_indirect must be true or false");
        };
    }
}
