package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.hl7.fhir.utilities.http.ManagedWebAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FhirConformanceTest {

    /** The shared corpus, beside the checkout: {@code ../../shared/fhir-corpus} from the module directory. */
    static final Path CORPUS = Path.of("..", "..", "shared", "fhir-corpus");

    private static final String PATIENT = "urn:uuid:7c9e6679-7425-40de-944b-e07fc1f90ae7";
    private static final String CARE_PLAN = "urn:uuid:1b4e28ba-2fa1-41d2-883f-0016d3cca427";
    private static final String GOAL = "urn:uuid:6fa459ea-ee8a-4ca4-894e-db77e160355e";

    /** A collection Bundle: Patient, a mental health CarePlan for them, and a Goal the CarePlan names. */
    private static final String BUNDLE = """
            {
              "resourceType": "Bundle",
              "type": "collection",
              "entry": [
                {
                  "fullUrl": "%1$s",
                  "resource": {
                    "resourceType": "Patient",
                    "name": [ { "use": "usual", "given": [ "Sam" ] } ],
                    "birthDate": "1990-04-01"
                  }
                },
                {
                  "fullUrl": "%2$s",
                  "resource": {
                    "resourceType": "CarePlan",
                    "status": "%4$s",
                    "intent": "plan",
                    "category": [ {
                      "coding": [ {
                        "system": "http://snomed.info/sct",
                        "code": "718347000",
                        "display": "Mental health care plan"
                      } ]
                    } ],
                    "subject": { "reference": "%1$s" },
                    "goal": [ { "reference": "%3$s" } ]
                  }
                },
                {
                  "fullUrl": "%3$s",
                  "resource": {
                    "resourceType": "Goal",
                    %5$s
                    "description": { "text": "Get back to playing football on Saturdays" },
                    "subject": { "reference": "%1$s" },
                    "expressedBy": { "reference": "%1$s" }
                  }
                }
              ]
            }
            """;

    private static final String LIFECYCLE_ACTIVE = "\"lifecycleStatus\": \"active\",";

    private static String bundle(String carePlanStatus, String goalLifecycle) {
        return BUNDLE.formatted(PATIENT, CARE_PLAN, GOAL, carePlanStatus, goalLifecycle);
    }

    /** Prints, once, what the validator cost to build and to run cold and warm; timings are never asserted. */
    @AfterAll
    static void printTimings() {
        System.out.println("FhirConformance timing: " + FhirConformance.timings(bundle("active", LIFECYCLE_ACTIVE)));
    }

    @TestFactory
    Stream<DynamicTest> everyR4SpecExampleValidatesWithoutErrors() throws IOException {
        Path folder = CORPUS.resolve("r4-spec-examples");
        assumeTrue(
                Files.isDirectory(folder),
                "the shared FHIR corpus is not beside the checkout ("
                        + folder.toAbsolutePath().normalize() + "); CI clones it there");
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    FhirConformance.Result result =
                            FhirConformance.validate(Files.readString(file, StandardCharsets.UTF_8));
                    System.out.printf(
                            "%s: %d warnings %s%n",
                            file.getFileName(), result.warnings().size(), result.warnings());
                    assertThat(result.errors()).as("errors in %s", file).isEmpty();
                    assertThat(result.isConformant()).isTrue();
                }));
    }

    @Test
    void aCollectionBundleOfPatientCarePlanAndGoalIsConformant() {
        FhirConformance.Result result = FhirConformance.validate(bundle("active", LIFECYCLE_ACTIVE));

        assertThat(result.errors()).isEmpty();
        assertThat(result.isConformant()).isTrue();
    }

    @Test
    void aCarePlanStatusOutsideItsRequiredValueSetIsAnErrorAtItsPath() {
        FhirConformance.Result result = FhirConformance.validate(bundle("nonsense", LIFECYCLE_ACTIVE));

        assertThat(result.isConformant()).isFalse();
        assertThat(result.errors())
                .anySatisfy(issue -> assertThat(issue.location()).isEqualTo("Bundle.entry[1].resource.status"));
    }

    @Test
    void aGoalWithoutLifecycleStatusIsAnErrorAtTheGoal() {
        FhirConformance.Result result = FhirConformance.validate(bundle("active", ""));

        assertThat(result.isConformant()).isFalse();
        assertThat(result.errors()).anySatisfy(issue -> {
            assertThat(issue.location()).startsWith("Bundle.entry[2].resource");
            assertThat(issue.message()).contains("Goal.lifecycleStatus");
        });
    }

    @Test
    void snomedAndLoincCodesThatNoPackageHoldsAreAtMostWarnings() {
        // Neither SNOMED CT nor LOINC is in any package of the chain: the codes cannot be checked, and that must not
        // be an error (an unknown, made-up SNOMED code included).
        String json = """
                {
                  "resourceType": "DocumentReference",
                  "status": "current",
                  "type": { "coding": [ { "system": "http://loinc.org", "code": "11506-3" } ] },
                  "category": [ { "coding": [ { "system": "http://snomed.info/sct", "code": "999999999999" } ] } ],
                  "subject": { "reference": "Patient/example" },
                  "content": [ { "attachment": { "contentType": "text/plain", "data": "aGVsbG8=" } } ]
                }
                """;

        FhirConformance.Result result = FhirConformance.validate(json);

        assertThat(result.errors()).isEmpty();
    }

    /**
     * Patient.communication.language binds Common Languages {@code preferred}, with All Languages (any BCP-47 tag) as
     * its maximum value set: a valid tag outside Common Languages is no error; see
     * {@link FhirConformance.LanguagesValueSetMembership} for what HAPI 8.8.1 did with it.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cy", "vi", "tl", "so", "cy-GB"})
    void aValidLanguageTagOutsideCommonLanguagesIsNoError(String code) {
        assertThat(FhirConformance.validate(patientSpeaking(code)).errors()).isEmpty();
    }

    @Test
    void aLanguageTagInCommonLanguagesIsNoErrorAndNoWarningAboutIt() {
        FhirConformance.Result result = FhirConformance.validate(patientSpeaking("es"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings())
                .noneSatisfy(issue -> assertThat(issue.location()).contains("communication"));
    }

    /** The maximum value set still holds: a code that is no BCP-47 tag is an error at the language. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"qqq", "xx-QQ"})
    void aLanguageCodeThatIsNoBcp47TagIsStillAnError(String code) {
        FhirConformance.Result result = FhirConformance.validate(patientSpeaking(code));

        assertThat(result.errors())
                .isNotEmpty()
                .allSatisfy(issue -> assertThat(issue.location()).isEqualTo("Patient.communication[0].language"));
    }

    private static String patientSpeaking(String code) {
        return """
                {
                  "resourceType": "Patient",
                  "communication": [ {
                    "language": { "coding": [ { "system": "urn:ietf:bcp:47", "code": "%s" } ] },
                    "preferred": true
                  } ]
                }
                """.formatted(code);
    }

    @Test
    void aGoalCategoryFromALoadedProjectCodeSystemIsChecked() {
        List<String> loaded = FhirConformance.loadCodeSystems("org/recoverykit/fhir/testcodesystems");
        assertThat(loaded).contains("https://recoverykit.org/fhir/CodeSystem/test-life-domain");

        FhirConformance.Result known = FhirConformance.validate(goalWithCategory("meaningful-activity"));
        assertThat(known.errors()).isEmpty();
        assertThat(known.warnings())
                .noneSatisfy(issue -> assertThat(issue.message()).contains("test-life-domain"));

        // The code system is complete, so a code it does not define is an error: proof the validator read it.
        FhirConformance.Result unknown = FhirConformance.validate(goalWithCategory("no-such-domain"));
        assertThat(unknown.errors())
                .anySatisfy(issue -> assertThat(issue.message()).contains("no-such-domain"));
    }

    @Test
    void aProfileTheValidatorDoesNotHoldIsAnErrorAndNothingIsFetched() {
        String json = """
                {
                  "resourceType": "Goal",
                  "meta": { "profile": [ "https://recoverykit.org/fhir/StructureDefinition/not-loaded" ] },
                  "lifecycleStatus": "active",
                  "description": { "text": "See friends every week" },
                  "subject": { "reference": "Patient/example" }
                }
                """;

        FhirConformance.Result result = FhirConformance.validate(json);

        assertThat(result.errors())
                .anySatisfy(issue -> assertThat(issue.location()).isEqualTo("Goal.meta.profile[0]"));
        assertThat(ManagedWebAccess.getAccessPolicy()).isEqualTo(ManagedWebAccess.WebAccessPolicy.PROHIBITED);
    }

    @Test
    void concurrentValidationsGiveTheSameAnswers() throws Exception {
        String valid = bundle("active", LIFECYCLE_ACTIVE);
        String invalid = bundle("nonsense", LIFECYCLE_ACTIVE);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> conformant = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String json = i % 2 == 0 ? valid : invalid;
                conformant.add(pool.submit(() -> FhirConformance.validate(json).isConformant()));
            }
            for (int i = 0; i < conformant.size(); i++) {
                assertThat(conformant.get(i).get(1, TimeUnit.MINUTES))
                        .as("validation %d", i)
                        .isEqualTo(i % 2 == 0);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void codeSystemFilesAreReadFromDirectoriesAndJarsButNotFromSubfolders(@TempDir Path temp) throws IOException {
        String folder = "org/recoverykit/fhir/codesystems";
        Path directory = temp.resolve("classes");
        Files.createDirectories(directory.resolve(folder).resolve("nested"));
        Files.writeString(directory.resolve(folder).resolve("b.json"), "dir-b");
        Files.writeString(directory.resolve(folder).resolve("a.json"), "dir-a");
        Files.writeString(directory.resolve(folder).resolve("notes.txt"), "not json");
        Files.writeString(directory.resolve(folder).resolve("nested").resolve("c.json"), "dir-nested");
        Path jar = temp.resolve("lib.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // Directory entries too, as maven-jar-plugin writes them: a class loader finds a folder in a jar only by
            // its entry.
            for (String[] entry : new String[][] {
                {"org/", null},
                {"org/recoverykit/", null},
                {"org/recoverykit/fhir/", null},
                {folder + "/", null},
                {folder + "/z.json", "jar-z"},
                {folder + "/nested/", null},
                {folder + "/nested/y.json", "jar-nested"},
                {"elsewhere/x.json", "jar-x"}
            }) {
                out.putNextEntry(new JarEntry(entry[0]));
                if (entry[1] != null) {
                    out.write(entry[1].getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }

        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {directory.toUri().toURL(), jar.toUri().toURL()}, null)) {
            assertThat(FhirConformance.readJsonResources(loader, folder)).containsExactly("dir-a", "dir-b", "jar-z");
            assertThat(FhirConformance.readJsonResources(loader, "org/recoverykit/fhir/absent"))
                    .isEmpty();
        }
    }

    private static String goalWithCategory(String code) {
        return """
                {
                  "resourceType": "Goal",
                  "lifecycleStatus": "active",
                  "category": [ { "coding": [ {
                    "system": "https://recoverykit.org/fhir/CodeSystem/test-life-domain",
                    "code": "%s"
                  } ] } ],
                  "description": { "text": "See friends every week" },
                  "subject": { "reference": "Patient/example" }
                }
                """.formatted(code);
    }
}
