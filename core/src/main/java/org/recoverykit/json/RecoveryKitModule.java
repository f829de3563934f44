package org.recoverykit.json;

import java.time.OffsetDateTime;
import org.recoverykit.model.Coded;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module that (de)serializes the model in the native document's format, for an
 * application's own {@code JsonMapper}.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new RecoveryKitModule()).build();
 * RecoveryRecord record = mapper.readValue(json, RecoveryRecord.class);
 * }</pre>
 *
 * <p>The model's types carry their own property names and order; the module adds what must not depend on
 * the mapper's settings: a time of service keeps the offset it was written with, and a code list reads
 * only its own codes. {@link RecordJson} uses it too, with read limits and error reporting on top.
 */
public final class RecoveryKitModule extends JacksonModule {
    /** Creates the module; register it with {@code JsonMapper.builder().addModule(...)}. */
    public RecoveryKitModule() {}

    @Override
    public String getModuleName() {
        return "recoverykit";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializer(OffsetDateTime.class, OffsetDateTimeCodec.SERIALIZER);
        context.addSerializers(serializers);

        SimpleDeserializers deserializers = new SimpleDeserializers();
        deserializers.addDeserializer(OffsetDateTime.class, OffsetDateTimeCodec.DESERIALIZER);
        context.addDeserializers(deserializers);
        context.addDeserializers(new CodedDeserializers());
    }

    private static final class CodedDeserializers extends Deserializers.Base {
        @Override
        public ValueDeserializer<?> findEnumDeserializer(
                JavaType type, DeserializationConfig config, BeanDescription.Supplier description) {
            return hasDeserializerFor(config, type.getRawClass()) ? new CodedDeserializer(type.getRawClass()) : null;
        }

        @Override
        public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
            return valueType.isEnum() && Coded.class.isAssignableFrom(valueType);
        }
    }
}
