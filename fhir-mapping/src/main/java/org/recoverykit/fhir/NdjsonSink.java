package org.recoverykit.fhir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes each resource as one line of the NDJSON stream of its type, referring to others by {@code Type/id}.
 * It holds one generator per type and nothing of the records, so memory does not grow with their number.
 */
final class NdjsonSink implements ResourceSink {
    private static final JsonFactory NDJSON = JsonFactory.builder()
            .rootValueSeparator((String) null)
            .enable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final NdjsonOutput output;
    private final Map<String, JsonGenerator> generators = new LinkedHashMap<>();
    /** The generator of the resource begun last. */
    private JsonGenerator current;

    NdjsonSink(NdjsonOutput output) {
        this.output = output;
    }

    @Override
    public JsonGenerator begin(String type, String id) {
        JsonGenerator out = generators.get(type);
        if (out == null) {
            out = NDJSON.createGenerator(ObjectWriteContext.empty(), open(type));
            generators.put(type, out);
        }
        current = out;
        out.writeStartObject();
        out.writeStringProperty("resourceType", type);
        out.writeStringProperty("id", id);
        return out;
    }

    private OutputStream open(String type) {
        try {
            return output.open(type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void end() {
        current.writeEndObject();
        current.writeRaw('\n');
    }

    @Override
    public boolean bundled() {
        return false;
    }

    /** Flushes and closes every stream, passing on the first failure. */
    void close() {
        RuntimeException failure = null;
        for (JsonGenerator out : generators.values()) {
            try {
                out.close();
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
