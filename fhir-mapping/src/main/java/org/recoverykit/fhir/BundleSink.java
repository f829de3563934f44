package org.recoverykit.fhir;

import tools.jackson.core.JsonGenerator;

/** Writes each resource as an entry of one Bundle, with a {@code urn:uuid:} fullUrl. */
final class BundleSink implements ResourceSink {
    private final JsonGenerator out;
    private final boolean transaction;
    /** The type of the resource begun last, which a transaction entry's request names. */
    private String type;

    BundleSink(JsonGenerator out, boolean transaction) {
        this.out = out;
        this.transaction = transaction;
    }

    /** Starts the Bundle, whose identifier is the record id, and its entries. */
    void start(String recordId) {
        out.writeStartObject();
        out.writeStringProperty("resourceType", "Bundle");
        out.writeObjectPropertyStart("identifier");
        out.writeStringProperty("system", FhirCodeSystems.ID);
        out.writeStringProperty("value", recordId);
        out.writeEndObject();
        out.writeStringProperty("type", transaction ? "transaction" : "collection");
        out.writeArrayPropertyStart("entry");
    }

    void finish() {
        out.writeEndArray();
        out.writeEndObject();
    }

    @Override
    public JsonGenerator begin(String type, String id) {
        this.type = type;
        out.writeStartObject();
        out.writeStringProperty("fullUrl", "urn:uuid:" + id);
        out.writeObjectPropertyStart("resource");
        out.writeStringProperty("resourceType", type);
        out.writeStringProperty("id", id);
        return out;
    }

    @Override
    public void end() {
        out.writeEndObject();
        if (transaction) {
            out.writeObjectPropertyStart("request");
            out.writeStringProperty("method", "POST");
            out.writeStringProperty("url", type);
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    @Override
    public boolean bundled() {
        return true;
    }
}
