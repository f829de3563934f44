package org.recoverykit.testkit;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.recoverykit.json.RecordJson;
import org.recoverykit.json.RecoveryKitModule;
import org.recoverykit.model.RecoveryRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * A record with one of its texts changed, and the JSON Pointer of that text. The record's document is read back
 * with a mapper that changes the chosen string as it reads it and, unlike {@link RecordJson}, takes any text, half
 * of a surrogate pair alone included. Texts are counted in document order; codes, dates and numbers are not read as
 * strings, so they are never chosen.
 */
final class PlantedText {
    private static final ObjectReader READER = JsonMapper.builder()
            .addModule(new RecoveryKitModule())
            .addModule(new SimpleModule("planted-text").addDeserializer(String.class, new Planting()))
            .build()
            .readerFor(RecoveryRecord.class);

    private final RecoveryRecord record;
    private final String pointer;

    private PlantedText(RecoveryRecord record, String pointer) {
        this.record = record;
        this.pointer = pointer;
    }

    /** Counts the texts of a record. */
    static int count(RecoveryRecord record) {
        Change counting = new Change(-1, UnaryOperator.identity());
        READER.withAttribute(Change.class, counting)
                .readValue(RecordJson.defaults().toJson(record));
        return counting.seen;
    }

    /**
     * Changes one text of a record.
     *
     * @param index the text's index in document order
     * @return the changed record, or empty if the model refuses the changed text, as a billing code refuses all but
     *     its own form
     */
    static Optional<PlantedText> plant(RecoveryRecord record, int index, UnaryOperator<String> change) {
        Change planting = new Change(index, change);
        try {
            RecoveryRecord changed = READER.withAttribute(Change.class, planting)
                    .readValue(RecordJson.defaults().toJson(record));
            return Optional.of(new PlantedText(changed, planting.pointer));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    RecoveryRecord getRecord() {
        return record;
    }

    String getPointer() {
        return pointer;
    }

    /** The change of one read, and where it was made. */
    private static final class Change {
        final int index;
        final UnaryOperator<String> change;
        int seen;
        String pointer;

        Change(int index, UnaryOperator<String> change) {
            this.index = index;
            this.change = change;
        }
    }

    /** Reads a string, changing the chosen one. */
    private static final class Planting extends StdScalarDeserializer<String> {
        Planting() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            Change change = (Change) context.getAttribute(Change.class);
            String text = parser.getString();
            if (change.seen++ != change.index) {
                return text;
            }
            change.pointer = parser.streamReadContext().pathAsPointer().toString();
            return change.change.apply(text);
        }
    }
}
