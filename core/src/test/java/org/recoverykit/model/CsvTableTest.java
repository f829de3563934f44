package org.recoverykit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {
    private static final List<String> HEADER = List.of("a", "b", "c");

    private static CsvTable.Table read(String text) throws IOException {
        return CsvTable.read(new StringReader(text), "Test table", HEADER);
    }

    @Test
    void readsRowsWithTheirLineNumbers() throws IOException {
        CsvTable.Table t = read("\uFEFF# comment\r\na,b,c\r\n\r\n x , y ,\n\"q,1\",\"say \"\"hi\"\"\",\"\"\n# end\n");
        assertThat(t.rows()).extracting(CsvTable.Row::lineNumber).containsExactly(4, 5);
        assertThat(t.rows().get(0).cells()).containsExactly("x", "y", "");
        assertThat(t.rows().get(1).cells()).containsExactly("q,1", "say \"hi\"", "");
        assertThat(t.endLine()).isEqualTo(7);
    }

    @Test
    void values() {
        assertThat(CsvTable.values("")).isEmpty();
        assertThat(CsvTable.values("A | B|C")).containsExactly("A", "B", "C");
        assertThat(CsvTable.values("A||")).containsExactly("A", "", "");
    }

    @Test
    void malformedTables() {
        assertThatThrownBy(() -> read("")).hasMessage("Test table, line 1: the header must be a,b,c");
        assertThatThrownBy(() -> read("# only a comment\n")).hasMessage("Test table, line 2: the header must be a,b,c");
        assertThatThrownBy(() -> read("a,b,c\n1,2\n")).hasMessage("Test table, line 2: expected 3 cells, found 2");
        assertThatThrownBy(() -> read("a,b,c\n1,2,3,4\n")).hasMessage("Test table, line 2: expected 3 cells, found 4");
        assertThatThrownBy(() -> read("a,b,c\n1,\"2,3\n"))
                .hasMessage("Test table, line 2: a quoted cell is not closed");
        assertThatThrownBy(() -> read("a,b,c\n1,\"2\"x,3\n"))
                .hasMessage("Test table, line 2: a quoted cell must be followed by a comma or the end of the line");
        assertThatThrownBy(() -> read("a,b,c\n1,2 \"x\",3\n"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("Test table, line 2: a cell that holds a double quote must be quoted");
    }
}
