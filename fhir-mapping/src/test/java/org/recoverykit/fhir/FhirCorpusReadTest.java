package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.recoverykit.json.ReadLimits;
import org.recoverykit.model.Attendance;
import org.recoverykit.model.Contact;
import org.recoverykit.model.Goal;
import org.recoverykit.model.GoalStatus;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every JSON file of the shared FHIR corpus (real FHIR R4 that nobody on the project wrote; see its README.txt)
 * reads: a file that holds a Patient, alone or in a Bundle, reads into a record, and any other file fails with
 * {@link UnreadableFhirException} for want of a Patient; nothing else escapes. What the two Synthea Bundles'
 * CarePlans, Goals and Encounters become is pinned, against the files' own content.
 */
class FhirCorpusReadTest {
    private static final Path CORPUS = FhirConformanceTest.CORPUS;
    private static final String MILAN = "synthea/Milan_Beatty_e78d0ed2-1b54-4c30-90ae-f7405af1e402.json";
    private static final String LUPE = "synthea/Lupe_Little_f8a42e66-8c03-4ee6-85e3-3817c2942de1.json";

    /** The corpus files that hold a Patient; {@link #theFilesWithAPatientAreTheFourKnownOnes()} checks the list. */
    private static final Set<String> WITH_PATIENT =
            Set.of("r4-spec-examples/Patient-example.json", "sdoh-clinicalcare/Patient-pat-53234.json", LUPE, MILAN);

    private static List<Path> files() throws IOException {
        assumeTrue(
                Files.isDirectory(CORPUS),
                "the shared FHIR corpus is not beside the checkout ("
                        + CORPUS.toAbsolutePath().normalize() + "); CI clones it there");
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            return walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static String name(Path file) {
        return CORPUS.relativize(file).toString().replace('\\', '/');
    }

    private static JsonNode json(Path file) throws IOException {
        return JsonMapper.shared().readTree(file.toFile());
    }

    /** Whether a file holds a Patient, as a resource of its own or as a Bundle entry; read with Jackson alone. */
    private static boolean holdsPatient(Path file) throws IOException {
        JsonNode root = json(file);
        if (root.path("resourceType").asString("").equals("Patient")) {
            return true;
        }
        for (JsonNode entry : root.path("entry")) {
            if (entry.path("resource").path("resourceType").asString("").equals("Patient")) {
                return true;
            }
        }
        return false;
    }

    private static FhirReadResult read(String name) throws IOException, UnreadableFhirException {
        try (InputStream in = Files.newInputStream(CORPUS.resolve(name))) {
            return FhirMapping.defaults().read(in);
        }
    }

    @Test
    void theFilesWithAPatientAreTheFourKnownOnes() throws IOException {
        List<String> withPatient = new ArrayList<>();
        for (Path file : files()) {
            if (holdsPatient(file)) {
                withPatient.add(name(file));
            }
        }
        assertThat(withPatient).containsExactlyInAnyOrderElementsOf(WITH_PATIENT);
        assertThat(files()).hasSizeGreaterThan(30);
    }

    @TestFactory
    Stream<DynamicTest> everyFileReadsIntoARecordOrLacksAPatient() throws IOException {
        return files().stream()
                .map(file -> DynamicTest.dynamicTest(name(file), () -> {
                    if (WITH_PATIENT.contains(name(file))) {
                        FhirReadResult read = read(name(file));
                        JsonNode root = json(file);
                        JsonNode patient =
                                root.path("resourceType").asString("").equals("Patient")
                                        ? root
                                        : root.path("entry").get(0).path("resource");
                        assertThat(patient.path("resourceType").asString("")).isEqualTo("Patient");
                        assertThat(read.getRecord().getPerson().getId())
                                .isEqualTo(patient.path("id").asString(""));
                        assertThat(read.getRecord().getId())
                                .isEqualTo(read.getRecord().getPerson().getId());
                        assertThat(read.getSkipped())
                                .allSatisfy(s ->
                                        assertThat(s.getFhirPath()).startsWith(patient == root ? "Patient" : "Bundle"));
                    } else {
                        UnreadableFhirException e =
                                catchThrowableOfType(UnreadableFhirException.class, () -> read(name(file)));
                        assertThat(e).as("%s holds no Patient", name(file)).isNotNull();
                        assertThat(e.getProblem()).isEqualTo("no Patient to read a record for");
                        assertThat(e.getFhirPath()).isEmpty();
                        assertThat(e.getLine()).isEqualTo(-1);
                    }
                }));
    }

    // The Synthea Bundles, read against their own content.

    /** The CarePlans of a Bundle that are neither crisis plans nor discharge plans, in entry order. */
    private static List<JsonNode> recoveryCarePlans(JsonNode bundle) throws UnreadableFhirException {
        List<JsonNode> plans = new ArrayList<>();
        for (JsonNode entry : bundle.path("entry")) {
            JsonNode resource = entry.path("resource");
            JsonValue categories = categories(resource);
            if (resource.path("resourceType").asString("").equals("CarePlan")
                    && !ReadContext.hasCode(
                            categories, FhirCodeSystems.SNOMED, CrisisPlanMapper.MENTAL_HEALTH_CRISIS_PLAN)
                    && !ReadContext.hasCode(
                            categories, FhirCodeSystems.SNOMED, DischargePlanMapper.DISCHARGE_CARE_PLAN)) {
                plans.add(resource);
            }
        }
        return plans;
    }

    /** A resource's categories, read as the mapping reads them. */
    private static JsonValue categories(JsonNode resource) throws UnreadableFhirException {
        JsonNode categories = resource.get("category");
        return categories == null ? null : JsonValueReader.read(categories.toString(), ReadLimits.defaults());
    }

    private static List<JsonNode> resources(JsonNode bundle, String type) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode entry : bundle.path("entry")) {
            if (entry.path("resource").path("resourceType").asString("").equals(type)) {
                found.add(entry.path("resource"));
            }
        }
        return found;
    }

    /** The Goal a CarePlan's goal reference (a urn:uuid fullUrl in Synthea) names. */
    private static JsonNode goal(JsonNode bundle, String reference) {
        for (JsonNode entry : bundle.path("entry")) {
            if (entry.path("fullUrl").asString("").equals(reference)) {
                return entry.path("resource");
            }
        }
        throw new AssertionError("no entry " + reference);
    }

    @TestFactory
    Stream<DynamicTest> aSyntheaBundlesCarePlansGoalsAndEncountersBecomePlansGoalsAndContacts() throws IOException {
        files();
        return Stream.of(MILAN, LUPE)
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    JsonNode bundle = json(CORPUS.resolve(name));
                    RecoveryRecord record = read(name).getRecord();

                    List<JsonNode> carePlans = recoveryCarePlans(bundle);
                    assertThat(record.getPlans()).hasSameSizeAs(carePlans);
                    for (int p = 0; p < carePlans.size(); p++) {
                        JsonNode carePlan = carePlans.get(p);
                        RecoveryPlan plan = record.getPlans().get(p);
                        assertThat(plan.getId()).isEqualTo(carePlan.path("id").asString(""));
                        // Synthea's activities are inline details: each is an intervention described by its code's
                        // text.
                        List<JsonNode> details = new ArrayList<>();
                        carePlan.path("activity").forEach(a -> details.add(a.path("detail")));
                        assertThat(plan.getInterventions()).as("plan %d", p).hasSameSizeAs(details);
                        for (int i = 0; i < details.size(); i++) {
                            assertThat(plan.getInterventions().get(i).getDescription())
                                    .contains(details.get(i)
                                            .path("code")
                                            .path("text")
                                            .asString(""));
                        }
                        List<String> statements = new ArrayList<>();
                        carePlan.path("goal")
                                .forEach(g -> statements.add(
                                        goal(bundle, g.path("reference").asString(""))
                                                .path("description")
                                                .path("text")
                                                .asString("")));
                        assertThat(plan.getGoals())
                                .extracting(g -> g.getStatement().orElse(""))
                                .containsExactlyElementsOf(statements);
                    }

                    List<JsonNode> encounters = resources(bundle, "Encounter");
                    assertThat(record.getContacts()).hasSameSizeAs(encounters);
                    for (int c = 0; c < encounters.size(); c++) {
                        Contact contact = record.getContacts().get(c);
                        assertThat(contact.getStart())
                                .isEqualTo(OffsetDateTime.parse(encounters
                                        .get(c)
                                        .path("period")
                                        .path("start")
                                        .asString("")));
                        assertThat(contact.getAttendance()).isEqualTo(Attendance.ATTENDED);
                    }
                }));
    }

    @Test
    void milanBeattysSevenCarePlansBecomeSevenPlansWithTheirActivitiesAndGoals() throws Exception {
        RecoveryRecord record = read(MILAN).getRecord();

        assertThat(record.getPlans()).hasSize(7);
        assertThat(record.getPlans())
                .extracting(p -> p.getInterventions().size())
                .containsExactly(2, 1, 8, 0, 2, 2, 2);
        assertThat(record.getPlans().get(2).getInterventions().get(0).getDescription())
                .contains("Psychiatric Follow-up");
        RecoveryPlan diabetes = record.getPlans().get(5);
        assertThat(diabetes.getPeriod())
                .hasValueSatisfying(period -> assertThat(period.getStart()).hasToString("1996-11-02"));
        assertThat(diabetes.getGoals()).hasSize(5);
        Goal first = diabetes.getGoals().get(0);
        assertThat(first.getId()).isEqualTo("2e6c7d16-ddf8-4f02-b4ab-81cb7236cb1f");
        assertThat(first.getStatement()).contains("Hemoglobin A1c total in Blood < 7.0");
        assertThat(first.getStatus()).isEqualTo(GoalStatus.ACCEPTED);
        assertThat(diabetes.getInterventions())
                .extracting(i -> i.getDescription().orElse(""))
                .containsExactly("Diabetic diet", "Exercise therapy");
        assertThat(record.getContacts()).hasSize(15);
        assertThat(record.getContacts().get(0).getStart()).isEqualTo(OffsetDateTime.parse("1992-10-16T06:38:03Z"));
        assertThat(record.getContacts().get(0).getNeed()).contains("Acute bronchitis (disorder)");
    }

    @Test
    void milanBeattysSkippedElementsNameTheirFhirPaths() throws Exception {
        FhirReadResult read = read(MILAN);
        List<String> skipped =
                read.getSkipped().stream().map(SkippedElement::toString).toList();

        assertThat(skipped)
                .contains(
                        "Bundle.entry[0].resource.gender: no place in the model",
                        "Bundle.entry[0].resource.address[0].state: no place in the model",
                        "Bundle.entry[0].resource.name[0].prefix: no place in the model",
                        "Bundle.entry[0].resource.identifier[2].type: no place in the model",
                        "Bundle.entry[0].resource.extension[0]: an extension the mapping does not know",
                        "Bundle.entry[1].resource: a resource the model has no place for (Organization)",
                        "Bundle.entry[3].resource.serviceProvider: no place in the model",
                        "Bundle.entry[8].resource.category: no service model; read as community-support",
                        "Bundle.entry[8].resource.activity[0].detail.status: an activity's own status; the model has none",
                        "Bundle.entry[15].resource.addresses: no place in the model");
        assertThat(read.getSkipped())
                .allSatisfy(s -> assertThat(s.getFhirPath()).startsWith("Bundle.entry["));
        assertThat(skipped).doesNotHaveDuplicates();
    }

    /**
     * Every entry of a Synthea Bundle is either read (the Patient, CarePlans, the Goals they name, Encounters) or
     * reported as a whole as a resource the model has no place for; none is passed over in silence.
     */
    @TestFactory
    Stream<DynamicTest> everyEntryOfASyntheaBundleIsReadOrReported() throws IOException {
        files();
        Set<String> read = Set.of("Patient", "CarePlan", "Goal", "Encounter");
        return Stream.of(MILAN, LUPE)
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    JsonNode entries = json(CORPUS.resolve(name)).path("entry");
                    Set<String> reported = read(name).getSkipped().stream()
                            .filter(s -> s.getReason().startsWith(RecordReader.UNPLACED_RESOURCE))
                            .map(SkippedElement::toString)
                            .collect(Collectors.toSet());
                    for (int i = 0; i < entries.size(); i++) {
                        String type = entries.get(i)
                                .path("resource")
                                .path("resourceType")
                                .asString("");
                        String report = "Bundle.entry[" + i + "].resource: " + RecordReader.UNPLACED_RESOURCE + " ("
                                + type + ")";
                        assertThat(reported.contains(report)).as("%s", report).isEqualTo(!read.contains(type));
                    }
                }));
    }
}
