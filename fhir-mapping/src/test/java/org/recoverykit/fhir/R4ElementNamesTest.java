package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.ElementDefinition.PropertyRepresentation;
import org.hl7.fhir.r4.model.ElementDefinition.TypeRefComponent;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.StructureDefinition.StructureDefinitionKind;
import org.hl7.fhir.r4.model.StructureDefinition.TypeDerivationRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The list of FHIR R4 property names that {@link R4ElementNames} ships is the one that R4's StructureDefinitions, as
 * HAPI FHIR ships them, give.
 *
 * <p>To regenerate the list, run this class with the system property {@value #WRITE} set to true:
 *
 * <pre>
 * mvn -B -o -q -pl core,testkit,fhir-mapping test -Djacoco.skip=true -Dtest=R4ElementNamesTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Drecoverykit.writeElementNames=true
 * </pre>
 */
class R4ElementNamesTest {
    /** The system property that makes {@link #theShippedListIsTheOneR4sStructureDefinitionsGive} write the list. */
    static final String WRITE = "recoverykit.writeElementNames";

    /** The list in the module's sources, relative to the module's directory, where Maven runs the tests. */
    private static final Path SOURCE = Path.of("src/main/resources/org/recoverykit/fhir/" + R4ElementNames.RESOURCE);

    private static final String HOW_TO_REGENERATE = "The list is stale or was edited by hand; regenerate it with"
            + " mvn -B -o -q -pl core,testkit,fhir-mapping test -Djacoco.skip=true -Dtest=R4ElementNamesTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -D" + WRITE + "=true";

    @Test
    void theShippedListIsTheOneR4sStructureDefinitionsGive() throws IOException {
        String generated = String.join("\n", Generated.NAMES) + "\n";
        if (Boolean.getBoolean(WRITE)) {
            Files.writeString(SOURCE, generated, StandardCharsets.UTF_8);
            return;
        }
        String shipped;
        try (InputStream in = R4ElementNames.class.getResourceAsStream(R4ElementNames.RESOURCE)) {
            assertThat(in).as(R4ElementNames.RESOURCE).isNotNull();
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(shipped).as(HOW_TO_REGENERATE).isEqualTo(generated);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "resourceType",
                "id",
                "meta",
                "implicitRules",
                "language",
                "text",
                "contained",
                "extension",
                "modifierExtension",
                "_id",
                "_implicitRules",
                "url",
                "_url",
                "_language",
                "maritalStatus",
                "valueCodeableConcept",
                "valueString",
                "_valueString",
                "onsetDateTime",
                "_onsetDateTime",
                "deceasedBoolean",
                "multipleBirthInteger",
                "_birthDate",
                "statusHistory",
                "photo",
                "div",
                "_value",
                "lifecycleStatus",
                "achievementStatus",
                "defaultValueCodeableConcept"
            })
    void theListHoldsEveryNameThatR4JsonCanHave(String name) {
        assertThat(R4ElementNames.contains(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "maryJones",
                "janeDoe",
                "value[x]",
                "valueX",
                "a1",
                "_value[x]",
                "_maritalStatus",
                "_contained",
                "_div",
                "_photo",
                "_extension",
                "Patient",
                "_",
                ""
            })
    void theListHoldsNoNameThatR4JsonCannotHave(String name) {
        assertThat(R4ElementNames.contains(name)).isFalse();
    }

    @Test
    void everyNameHasTheShapeOfAFhirElementName() {
        assertThat(Generated.NAMES)
                .hasSizeGreaterThan(2000)
                .allMatch(name -> name.matches("_?[a-z][A-Za-z0-9]*"))
                .doesNotContain("maryJones", "janeDoe");
    }

    /**
     * A read that reports no unread property never reads the list: the library's own Bundle, read in a class loader
     * of its own, leaves {@link R4ElementNames} unloaded, and a Bundle with a property no R4 element has then loads
     * it.
     */
    @Test
    void theListIsReadOnlyWhenAnUnreadPropertyIsReported() throws Exception {
        String own = FhirMapping.defaults().toBundle(ExampleBundlesTest.example(ExampleBundlesTest.NAMES.get(0)));
        String unread = """
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient", "maryJones": 1 } } ] }
                """;
        try (Isolated loader = new Isolated()) {
            @SuppressWarnings("unchecked")
            ToIntFunction<String> skipped = (ToIntFunction<String>) loader.loadClass(SkippedCount.class.getName())
                    .getConstructor()
                    .newInstance();

            assertThat(skipped.applyAsInt(own)).isZero();
            assertThat(loader.isLoaded(R4ElementNames.class.getName())).isFalse();
            assertThat(skipped.applyAsInt(unread)).isOne();
            assertThat(loader.isLoaded(R4ElementNames.class.getName())).isTrue();
        }
    }

    /**
     * Counts what a read of FHIR JSON skips. An {@link Isolated} loader loads it, so that it reads with that loader's
     * classes.
     */
    public static final class SkippedCount implements ToIntFunction<String> {
        @Override
        public int applyAsInt(String fhir) {
            try {
                return FhirMapping.defaults().read(fhir).getSkipped().size();
            } catch (UnreadableFhirException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Loads the test's class path anew, apart from the loader of the tests, so that what a read loads can be told by
     * what it has loaded.
     */
    private static final class Isolated extends URLClassLoader {
        Isolated() throws IOException {
            super(classPath(), ClassLoader.getPlatformClassLoader());
        }

        boolean isLoaded(String name) {
            return findLoadedClass(name) != null;
        }

        private static URL[] classPath() throws IOException {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                urls.add(Path.of(entry).toUri().toURL());
            }
            return urls.toArray(URL[]::new);
        }
    }

    /** The names that {@link #generate} gives, generated once for the tests that need them. */
    private static final class Generated {
        static final SortedSet<String> NAMES = generate();
    }

    /**
     * Gets every property name that FHIR R4 JSON can have, sorted: the name of every element of every resource,
     * datatype and primitive type that R4 defines (its snapshot, so with what it inherits, and with its backbone
     * elements), each choice element as one name per type it allows, the {@code _} name of each element of a
     * primitive type, and {@code resourceType}.
     */
    static SortedSet<String> generate() {
        FhirContext context = FhirContext.forR4Cached();
        List<IBaseResource> definitions = new DefaultProfileValidationSupport(context).fetchAllStructureDefinitions();
        Set<String> primitives = new TreeSet<>();
        for (IBaseResource resource : definitions) {
            StructureDefinition definition = (StructureDefinition) resource;
            if (isBase(definition)
                    && definition.getKind() == StructureDefinitionKind.PRIMITIVETYPE
                    && isExtensible(definition)) {
                primitives.add(definition.getType());
            }
        }
        SortedSet<String> names = new TreeSet<>();
        names.add("resourceType");
        for (IBaseResource resource : definitions) {
            StructureDefinition definition = (StructureDefinition) resource;
            if (!isBase(definition)) {
                continue;
            }
            for (ElementDefinition element : definition.getSnapshot().getElement()) {
                String path = element.getPath();
                int dot = path.lastIndexOf('.');
                if (dot < 0) {
                    continue; // the root: the type itself
                }
                String name = path.substring(dot + 1);
                boolean attribute = element.getRepresentation().stream()
                        .anyMatch(r -> r.getValue() == PropertyRepresentation.XMLATTR);
                if (name.endsWith("[x]")) {
                    String stem = name.substring(0, name.length() - 3);
                    for (TypeRefComponent type : element.getType()) {
                        String code = type.getCode();
                        String choice = stem + Character.toUpperCase(code.charAt(0)) + code.substring(1);
                        add(names, choice, primitives.contains(code) && !attribute);
                    }
                } else {
                    boolean primitive =
                            element.getType().stream().anyMatch(type -> primitives.contains(fhirType(type)));
                    add(names, name, primitive && !attribute);
                }
            }
        }
        return names;
    }

    private static void add(Set<String> names, String name, boolean primitive) {
        names.add(name);
        if (primitive) {
            names.add('_' + name);
        }
    }

    /**
     * Gets the FHIR type of an element's type. An element of a FHIRPath system type, such as a resource's {@code id},
     * names its FHIR type in an extension.
     */
    private static String fhirType(TypeRefComponent type) {
        String code = type.getCode();
        if (code.startsWith(FHIRPATH_SYSTEM) && type.hasExtension(FHIR_TYPE)) {
            return type.getExtensionString(FHIR_TYPE);
        }
        return code;
    }

    private static final String FHIRPATH_SYSTEM = "http://hl7.org/fhirpath/System.";
    private static final String FHIR_TYPE = "http://hl7.org/fhir/StructureDefinition/structuredefinition-fhir-type";

    /**
     * Whether a primitive type's values can have extensions, and so a {@code _} property in JSON: all but
     * {@code xhtml}, whose {@code extension} has a maximum of 0.
     */
    private static boolean isExtensible(StructureDefinition definition) {
        return definition.getSnapshot().getElement().stream()
                .filter(element -> element.getPath().equals(definition.getType() + ".extension"))
                .noneMatch(element -> element.getMax().equals("0"));
    }

    /**
     * Whether a StructureDefinition defines a resource or a datatype of R4 itself, not a profile of one (a
     * constraint, which adds no element) nor a logical model.
     */
    private static boolean isBase(StructureDefinition definition) {
        return definition.getKind() != StructureDefinitionKind.LOGICAL
                && definition.getDerivation() != TypeDerivationRule.CONSTRAINT;
    }
}
