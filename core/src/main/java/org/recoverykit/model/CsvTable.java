package org.recoverykit.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A reader of the library's reference tables: comma-separated values with a fixed header row.
 *
 * <p>The format: UTF-8 text; lines that start with {@code #} are comments and blank lines are ignored; the
 * first other line is the header and must name exactly the expected columns; every following line is a row
 * with one cell per column. A cell may be quoted with double quotes, inside which a doubled quote stands for
 * one quote; a quoted cell cannot span lines. Unquoted cells are trimmed. Problems throw
 * {@link ReferenceDataException} with the line number and never the content of a cell.
 */
final class CsvTable {
    /** One data row, with the number of its line. */
    record Row(int lineNumber, List<String> cells) {
        String cell(int column) {
            return cells.get(column);
        }
    }

    /** The data rows of a table, and the number of the line after its last line. */
    record Table(List<Row> rows, int endLine) {}

    /** Reads a table from a reader; the shape of {@code load} and {@code read} methods of the tables. */
    @FunctionalInterface
    interface Loader<T> {
        T load(Reader reader) throws IOException;
    }

    private CsvTable() {}

    /**
     * Reads a table bundled as a resource beside a class, in UTF-8.
     *
     * @param owner the class the resource sits beside
     * @param resource the resource's name
     * @param loader what makes of the table
     * @return what the loader made, not null
     * @throws IllegalStateException if the resource is missing
     * @throws UncheckedIOException if it cannot be read
     */
    static <T> T readResource(Class<?> owner, String resource, Loader<T> loader) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + resource + " is missing from the class path");
            }
            return loader.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /**
     * Reads the rows of a table.
     *
     * @param reader the table's text, not null; not closed
     * @param table the name of the table, for messages
     * @param header the expected column names, in order
     * @return the data rows in table order, not null
     * @throws IOException if the reader fails
     * @throws ReferenceDataException if the table is malformed
     */
    static Table read(Reader reader, String table, List<String> header) throws IOException {
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = split(line, table, lineNumber);
            if (!headerSeen) {
                if (!cells.equals(header)) {
                    throw new ReferenceDataException(
                            table, lineNumber, "the header must be " + String.join(",", header));
                }
                headerSeen = true;
            } else if (cells.size() != header.size()) {
                throw new ReferenceDataException(
                        table, lineNumber, "expected " + header.size() + " cells, found " + cells.size());
            } else {
                rows.add(new Row(lineNumber, List.copyOf(cells)));
            }
        }
        if (!headerSeen) {
            throw new ReferenceDataException(table, lineNumber + 1, "the header must be " + String.join(",", header));
        }
        return new Table(List.copyOf(rows), lineNumber + 1);
    }

    /**
     * Splits a cell of several values separated by {@code |}.
     *
     * @param cell the cell
     * @return the trimmed values, empty if the cell is empty
     */
    static List<String> values(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|", -1)).map(String::trim).toList();
    }

    private static List<String> split(String line, String table, int lineNumber) {
        List<String> cells = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                StringBuilder cell = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        throw new ReferenceDataException(table, lineNumber, "a quoted cell is not closed");
                    }
                    char c = line.charAt(i++);
                    if (c != '"') {
                        cell.append(c);
                    } else if (i < n && line.charAt(i) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                cells.add(cell.toString());
                if (i < n && line.charAt(i) != ',') {
                    throw new ReferenceDataException(
                            table, lineNumber, "a quoted cell must be followed by a comma or the end of the line");
                }
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                String cell = line.substring(i, end).trim();
                if (cell.indexOf('"') >= 0) {
                    throw new ReferenceDataException(
                            table, lineNumber, "a cell that holds a double quote must be quoted");
                }
                cells.add(cell);
                i = end;
            }
            if (i >= n) {
                return cells;
            }
            i++; // the comma
        }
    }
}
