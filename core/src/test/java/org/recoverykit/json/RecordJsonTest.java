package org.recoverykit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.SampleRecords;

class RecordJsonTest {
    private static final String GOLDEN = "complete-record.json";
    private final RecordJson json = RecordJson.defaults();

    static String golden(String name) throws IOException {
        try (InputStream in = RecordJsonTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String minimal(String extra) {
        return "{\"formatVersion\":\"1\",\"id\":\"rec-1\",\"person\":{\"id\":\"per-1\"" + extra + "}}";
    }

    @Test
    void writesTheGoldenDocument() throws IOException {
        assertThat(json.toJson(SampleRecords.complete()))
                .isEqualToNormalizingNewlines(golden(GOLDEN).strip());
    }

    @Test
    void readsTheGoldenDocument() throws Exception {
        assertThat(json.read(golden(GOLDEN))).isEqualTo(SampleRecords.complete());
    }

    @Test
    void readsAndWritesStreamsWithoutClosingThem() throws Exception {
        java.util.concurrent.atomic.AtomicInteger closes = new java.util.concurrent.atomic.AtomicInteger();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closes.incrementAndGet();
            }
        };
        json.write(SampleRecords.complete(), bytes);
        StringWriter chars = new StringWriter() {
            @Override
            public void close() {
                closes.incrementAndGet();
            }
        };
        json.write(SampleRecords.complete(), chars);
        java.io.StringReader in = new java.io.StringReader(chars.toString()) {
            @Override
            public void close() {
                closes.incrementAndGet();
            }
        };
        assertThat(json.read(in)).isEqualTo(SampleRecords.complete());
        java.io.InputStream stream = new java.io.ByteArrayInputStream(bytes.toByteArray()) {
            @Override
            public void close() {
                closes.incrementAndGet();
            }
        };
        assertThat(json.read(stream)).isEqualTo(SampleRecords.complete());
        assertThat(closes).hasValue(0);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(chars.toString());
        assertThat(chars.toString()).isEqualTo(json.toJson(SampleRecords.complete()));
    }

    @Test
    void startsWithTheFormatVersionAndLeavesOutWhatIsAbsent() throws Exception {
        RecoveryRecord record = json.read(minimal(""));
        assertThat(json.toJson(record).replaceAll("\\s", ""))
                .isEqualTo(
                        "{\"formatVersion\":\"1\",\"id\":\"rec-1\",\"person\":{\"id\":\"per-1\",\"interpreterNeeded\":false}}");
    }

    @Test
    void keepsTheOffsetOfATimeOfService() throws Exception {
        RecoveryRecord record = json.read(golden(GOLDEN));
        assertThat(record.getContacts().get(0).getStart()).isEqualTo(SampleRecords.at(10, 2, 10, 0));
        assertThat(json.toJson(record)).contains("\"start\" : \"2026-10-02T10:00:00-07:00\"");
    }

    @Test
    void reportsAStreamThatFailsAsAnUnreadableDocument() {
        java.io.InputStream failing = new java.io.InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("CANARY-7731 disk gone");
            }
        };
        assertThatThrownBy(() -> json.read(failing))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("document root: the document cannot be read from its stream")
                .hasNoCause();
        java.io.Reader failingChars = new java.io.Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("CANARY-7731 disk gone");
            }

            @Override
            public void close() {}
        };
        assertThatThrownBy(() -> json.readLenient(failingChars))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("document root: the document cannot be read from its stream");
    }

    @Test
    void aTargetThatFailsWithinARecordFailsTheWriteWithItsOwnIOException() {
        IOException full = new IOException("no space left");
        java.io.Writer chars = new java.io.Writer() {
            private int left = 100;

            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                left -= length;
                if (left < 0) {
                    throw full;
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        java.io.OutputStream bytes = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw full;
            }
        };

        assertThatThrownBy(() -> json.write(SampleRecords.complete(), chars)).isSameAs(full);
        assertThatThrownBy(() -> json.write(SampleRecords.complete(), bytes)).isSameAs(full);
    }

    @Test
    void rejectsAnUnknownProperty() {
        assertThatThrownBy(() -> json.read(minimal(",\"nickname\":\"CANARY-7731\"")))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("/person (line 1, column 69): unknown property");
    }

    @Test
    void rejectsAnUnknownCodeNamingTheListNotTheCode() {
        String doc = "{\"id\":\"rec-1\",\"person\":{\"id\":\"per-1\"},"
                + "\"contacts\":[{\"id\":\"c-1\",\"start\":\"2026-10-02T10:00:00-07:00\",\"attendance\":\"CANARY-7731\"}]}";
        assertThatThrownBy(() -> json.read(doc))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("/contacts/0/attendance (line 1, column 112): unknown code for Attendance")
                .satisfies(e -> assertThat(((UnreadableDocumentException) e).getPointer())
                        .isEqualTo("/contacts/0/attendance"));
    }

    @Test
    void rejectsAWrongTypeSayingWhatWasExpected() {
        assertThatThrownBy(() -> json.read(minimal(",\"birthDate\":\"CANARY-7731\"")))
                .hasMessage("/person/birthDate (line 1, column 70): invalid value: expected a date (YYYY-MM-DD)");
        assertThatThrownBy(() -> json.read(minimal(",\"interpreterNeeded\":\"yes\"")))
                .hasMessage("/person/interpreterNeeded (line 1, column 78): wrong JSON type: expected true or false");
        assertThatThrownBy(() -> json.read(minimal(",\"strengths\":\"CANARY-7731\"")))
                .hasMessage("/person/strengths (line 1, column 70): wrong JSON type: expected an array");
    }

    @Test
    void rejectsATimeOfServiceWithoutItsOffset() {
        String contact = "{\"id\":\"rec-1\",\"person\":{\"id\":\"per-1\"},\"contacts\":[{\"id\":\"c-1\","
                + "\"attendance\":\"missed\",\"start\":";
        assertThatThrownBy(() -> json.read(contact + "\"2026-10-02T10:00:00\"}]}"))
                .hasMessage(
                        "/contacts/0/start (line 1, column 93): invalid value: expected a date-time with an offset");
        assertThatThrownBy(() -> json.read(contact + "20261002}]}"))
                .hasMessage(
                        "/contacts/0/start (line 1, column 93): wrong JSON type: expected a date-time with an offset");
    }

    @Test
    void rejectsAMissingRequiredAttributeNamingIt() {
        assertThatThrownBy(() -> json.read("{\"id\":\"rec-1\"}"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageEndingWith(
                        ": Cannot build RecoveryRecord, some of required attributes are not set [person]");
    }

    @Test
    void rejectsABrokenInvariantNamingTheAttribute() {
        String doc = "{\"id\":\"rec-1\",\"person\":{\"id\":\"per-1\"},\"contacts\":[{\"id\":\"c-1\","
                + "\"start\":\"2026-10-02T10:00:00-07:00\",\"end\":\"2026-10-02T09:00:00-07:00\",\"attendance\":\"attended\"}]}";
        assertThatThrownBy(() -> json.read(doc))
                .hasMessageStartingWith("/contacts/0")
                .hasMessageEndingWith(": Contact.end must not be before Contact.start");
    }

    @Test
    void rejectsAnotherFormatVersion() {
        assertThatThrownBy(() -> json.read("{\"formatVersion\":\"2\",\"id\":\"rec-1\",\"person\":{\"id\":\"per-1\"}}"))
                .hasMessageEndingWith(": RecoveryRecord.formatVersion must be 1");
    }

    @Test
    void rejectsTrailingContentAndAnEmptyDocument() {
        assertThatThrownBy(() -> json.read(minimal("") + " {}")).isInstanceOf(UnreadableDocumentException.class);
        assertThatThrownBy(() -> json.read("")).isInstanceOf(UnreadableDocumentException.class);
        assertThatThrownBy(() -> json.read("null"))
                .hasMessage("document root (line 1, column 1): the document is empty or null");
    }

    @Test
    void readsLenientlyPastUnknownPropertiesAndCodes() throws Exception {
        String doc = "{\"id\":\"rec-1\",\"person\":{\"id\":\"per-1\",\"goals\":{\"deep\":[1,2]}},"
                + "\"contacts\":[{\"id\":\"c-1\",\"start\":\"2026-10-02T10:00:00-07:00\",\"attendance\":\"missed\","
                + "\"mode\":\"pigeon\"}],\"plans\":[{\"id\":\"p-1\",\"status\":\"active\",\"serviceModel\":\"community-support\","
                + "\"goals\":[{\"id\":\"g-1\",\"status\":\"active\",\"lifeDomains\":[\"housing\",\"astrology\"]}]}]}";
        LenientRead read = json.readLenient(doc);
        LenientRead fromBytes = json.readLenient(
                new java.io.ByteArrayInputStream(doc.getBytes(java.nio.charset.StandardCharsets.UTF_16BE)));
        assertThat(fromBytes.getRecord()).isEqualTo(read.getRecord());
        assertThat(fromBytes.getSkipped()).isEqualTo(read.getSkipped());
        assertThat(read.getSkipped())
                .extracting(SkippedContent::getPointer, SkippedContent::getReason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/person/goals", "unknown property"),
                        org.assertj.core.groups.Tuple.tuple("/contacts/0/mode", "unknown code for ContactMode"),
                        org.assertj.core.groups.Tuple.tuple(
                                "/plans/0/goals/0/lifeDomains/1", "unknown code for LifeDomain"));
        assertThat(read.getRecord().getContacts().get(0).getMode()).isEmpty();
        assertThat(read.getRecord().getPlans().get(0).getGoals().get(0).getLifeDomains())
                .containsExactly(org.recoverykit.model.LifeDomain.HOUSING);
        assertThatThrownBy(() -> json.read(doc)).isInstanceOf(UnreadableDocumentException.class);
    }
}
