package org.recoverykit.schemagen;

import com.fasterxml.classmate.AnnotationInclusion;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfig;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.impl.module.FlattenedWrapperModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.recoverykit.model.RecoveryRecord;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the JSON Schema (draft 2020-12) of the native document, generated from the model.
 *
 * <p>The build runs this in the {@code process-classes} phase and ships its output in the core jar; the
 * class itself is not shipped, and the schema generator it uses is not a dependency of the library.
 *
 * <p>The schema follows what {@code RecordJson} writes and reads:
 * <ul>
 *   <li>properties come from the model's {@code getX}/{@code isX} accessors, named and ordered as Jackson
 *       names and orders them ({@code @JsonPropertyOrder});
 *   <li>a code list is a string enum of its lower-kebab codes: the {@code @JsonValue} of
 *       {@code Coded.getCode()}, which each code list inherits;
 *   <li>an attribute the builder requires (an abstract accessor that is neither an {@code Optional} nor a
 *       collection) is required; one with a default ({@code @Value.Default}, a concrete accessor) is not;
 *   <li>an {@code Optional} is its value, and may be {@code null} only where the writer writes absent values
 *       as {@code null} (a type without {@code @JsonInclude(NON_ABSENT)});
 *   <li>no object allows other properties, as the reader is strict;
 *   <li>dates are {@code "format": "date"}, times of service {@code "format": "date-time"}, and durations
 *       and periods {@code "format": "duration"}.
 * </ul>
 */
public final class RecordSchemaGenerator {
    /** The name of the schema resource, next to {@code RecordJson} in the jar. */
    public static final String RESOURCE = "org/recoverykit/json/recovery-record.schema.json";

    private static final Pattern ACCESSOR = Pattern.compile("(get|is)\\p{Lu}.*");
    private static final Set<JsonInclude.Include> LEAVES_OUT_ABSENT =
            Set.of(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_DEFAULT);

    private RecordSchemaGenerator() {}

    /**
     * Writes the schema under a class-path root.
     *
     * @param args one argument: the class-path root, such as {@code target/classes}
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: RecordSchemaGenerator <class-path root>");
        }
        Path file = Path.of(args[0]).resolve(RESOURCE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, generate() + "\n", StandardCharsets.UTF_8);
    }

    /**
     * Generates the schema of the native document.
     *
     * @return the schema, pretty-printed, not null
     */
    public static String generate() {
        ObjectNode schema = new SchemaGenerator(config()).generateSchema(RecoveryRecord.class);
        ObjectNode document = schema.objectNode();
        document.set("$schema", schema.remove("$schema"));
        document.put("title", "RecoveryKit record");
        document.put(
                "description",
                "A RecoveryKit native JSON document, format version " + RecoveryRecord.FORMAT_VERSION
                        + ": one person's community-support record. Generated from the model; do not edit.");
        document.setAll(schema);
        return document.toPrettyString();
    }

    private static SchemaGeneratorConfig config() {
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(
                        SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonSchemaModule(
                        JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE, JacksonOption.RESPECT_JSONPROPERTY_ORDER))
                .with(new JakartaValidationModule(
                        JakartaValidationOption.NOT_NULLABLE_METHOD_IS_REQUIRED,
                        JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
                .with(new FlattenedWrapperModule<>(Optional.class))
                .without(Option.FLATTENED_OPTIONALS, Option.VALUES_FROM_CONSTANT_FIELDS)
                .with(
                        Option.NONSTATIC_NONVOID_NONGETTER_METHODS,
                        Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS,
                        Option.DEFINITIONS_FOR_ALL_OBJECTS,
                        Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                // @JsonValue sits on Coded.getCode(), which each code list overrides.
                .withAnnotationInclusionOverride(JsonValue.class, AnnotationInclusion.INCLUDE_AND_INHERIT);
        builder.forFields().withIgnoreCheck(field -> true);
        builder.forMethods()
                .withIgnoreCheck(method -> !isAccessor(method))
                .withRequiredCheck(RecordSchemaGenerator::isRequired)
                .withNullableCheck(RecordSchemaGenerator::isWrittenAsNull)
                .withEnumResolver(method -> isFormatVersion(method) ? List.of(RecoveryRecord.FORMAT_VERSION) : null);
        return builder.build();
    }

    private static boolean isAccessor(MethodScope method) {
        Method raw = method.getRawMember();
        return method.isPublic()
                && !method.isStatic()
                && method.getArgumentCount() == 0
                && raw.getDeclaringClass() != Object.class
                && ACCESSOR.matcher(method.getDeclaredName()).matches();
    }

    /** Required: what the builder requires, an abstract accessor that is neither optional nor a collection. */
    private static boolean isRequired(MethodScope method) {
        return Modifier.isAbstract(method.getRawMember().getModifiers())
                && !method.getDeclaredType().isInstanceOf(Optional.class)
                && !method.isContainerType();
    }

    /** Nullable: an optional value of a type that writes an absent value as null rather than leaving it out. */
    private static Boolean isWrittenAsNull(MethodScope method) {
        if (method.isFakeContainerItemScope() || !method.getDeclaredType().isInstanceOf(Optional.class)) {
            return null;
        }
        JsonInclude.Include include = Optional.ofNullable(method.getAnnotation(JsonInclude.class))
                .map(JsonInclude::value)
                .filter(value -> value != JsonInclude.Include.USE_DEFAULTS)
                .or(() -> Optional.ofNullable(
                                method.getDeclaringType().getErasedType().getAnnotation(JsonInclude.class))
                        .map(JsonInclude::value))
                .orElse(JsonInclude.Include.ALWAYS);
        return !LEAVES_OUT_ABSENT.contains(include);
    }

    private static boolean isFormatVersion(MethodScope method) {
        return !method.isFakeContainerItemScope()
                && method.getDeclaringType().getErasedType() == RecoveryRecord.class
                && method.getDeclaredName().equals("getFormatVersion");
    }
}
