package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.recoverykit.json.ReadLimits;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;

/**
 * Input that is not FHIR, or is FHIR meant to hurt: each fails with an {@link UnreadableFhirException} that says
 * where and what, or reads with what it passed over reported. The canary {@value #CANARY}, planted as the
 * offending value, never appears in an exception's message or problem, nor in a skipped element.
 */
class HostileFhirInputTest {
    private static final String CANARY = ReadChecks.CANARY;

    private static final FhirMapping FHIR = FhirMapping.defaults();

    private interface Read {
        FhirReadResult read() throws Exception;
    }

    private static UnreadableFhirException unreadable(Read read) {
        UnreadableFhirException e = catchThrowableOfType(UnreadableFhirException.class, (ThrowingCallable) read::read);
        assertThat(e).as("an UnreadableFhirException").isNotNull();
        assertThat(e.getCause()).isNull();
        for (String text : new String[] {e.getMessage(), e.getProblem(), e.getFhirPath(), e.toString()}) {
            assertThat(text).doesNotContain(CANARY).doesNotContain("7731");
        }
        return e;
    }

    private static FhirReadResult readable(Read read) throws Exception {
        return ReadChecks.withoutCanary(read.read());
    }

    /** A reader of {@code prefix}, then {@code middle} {@code count} times, then {@code suffix}, made as it is read. */
    private static Reader repeated(String prefix, String middle, long count, String suffix) {
        return new Reader() {
            private long written;
            private int at;

            @Override
            public int read(char[] buffer, int offset, int length) {
                int n = 0;
                while (n < length) {
                    char c;
                    if (written == 0 && at < prefix.length()) {
                        c = prefix.charAt(at++);
                        if (at == prefix.length()) {
                            written = 1;
                            at = 0;
                        }
                    } else if (written >= 1 && written <= count) {
                        c = middle.charAt(at++);
                        if (at == middle.length()) {
                            written++;
                            at = 0;
                        }
                    } else if (at < suffix.length()) {
                        c = suffix.charAt(at++);
                    } else {
                        break;
                    }
                    buffer[offset + n++] = c;
                }
                return n == 0 && length > 0 ? -1 : n;
            }

            @Override
            public void close() {}
        };
    }

    private static String bundle(String... resources) {
        StringBuilder json =
                new StringBuilder("{ \"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [");
        for (int i = 0; i < resources.length; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{ \"fullUrl\": \"urn:uuid:7e3f5c1a-0000-4000-8000-00000000000")
                    .append(i + 1)
                    .append("\", \"resource\": ")
                    .append(resources[i])
                    .append('}');
        }
        return json.append("] }").toString();
    }

    private static final String PATIENT = "{ \"resourceType\": \"Patient\", \"id\": \"pat\" }";
    private static final String SUBJECT =
            "\"subject\": { \"reference\": \"urn:uuid:7e3f5c1a-0000-4000-8000-000000000001\" }";
    private static final String SERVICE_MODEL = "\"category\": [ { \"coding\": [ { \"system\": "
            + "\"https://recoverykit.org/fhir/CodeSystem/service-model\", \"code\": \"community-support\" } ] } ]";

    // Not JSON, or not FHIR.

    @Test
    void malformedJsonFailsWithItsLineAndColumn() {
        UnreadableFhirException e = unreadable(() -> FHIR.read("""
                {
                  "resourceType": "Patient",
                  "name": [ { "family": CANARY-7731 } ]
                }
                """));

        assertThat(e.getProblem()).isEqualTo("malformed JSON");
        assertThat(e.getFhirPath()).isEmpty();
        assertThat(e.getLine()).isEqualTo(3);
        assertThat(e.getColumn()).isEqualTo(25);
        assertThat(e.getMessage()).isEqualTo("the input (line 3, column 25): malformed JSON");
    }

    @Test
    void aResourceTypeThatR4DoesNotDefineFailsAtItsPath() {
        UnreadableFhirException root = unreadable(() -> FHIR.read("{ \"resourceType\": \"CANARY-7731\" }"));
        assertThat(root.getFhirPath()).isEqualTo("resourceType");
        assertThat(root.getProblem()).isEqualTo("a resource type that FHIR R4 does not define");

        UnreadableFhirException entry =
                unreadable(() -> FHIR.read(bundle(PATIENT, "{ \"resourceType\": \"CANARY-7731\" }")));
        assertThat(entry.getFhirPath()).isEqualTo("Bundle.entry[1].resource.resourceType");
        assertThat(entry.getProblem()).isEqualTo("a resource type that FHIR R4 does not define");
        assertThat(entry.getMessage())
                .isEqualTo("Bundle.entry[1].resource.resourceType: a resource type that FHIR R4 does not define");
    }

    @Test
    void aJsonArrayAtTheRootIsNotAResource() {
        UnreadableFhirException e =
                unreadable(() -> FHIR.read("[ { \"resourceType\": \"Patient\" }, \"CANARY-7731\" ]"));

        assertThat(e.getFhirPath()).isEmpty();
        assertThat(e.getProblem()).isEqualTo("not a FHIR resource: not a JSON object");
    }

    @Test
    void aBundleWithoutAPatientHasNoRecordToReadFor() {
        UnreadableFhirException e = unreadable(
                () -> FHIR.read(
                        bundle(
                                "{ \"resourceType\": \"Goal\", \"lifecycleStatus\": \"active\","
                                        + " \"description\": { \"text\": \"CANARY-7731\" }, \"subject\": { \"reference\": \"Patient/x\" } }")));

        assertThat(e.getFhirPath()).isEmpty();
        assertThat(e.getProblem()).isEqualTo("no Patient to read a record for");
        assertThat(e.getLine()).isEqualTo(-1);
    }

    @Test
    void aBundleEntryWithoutAResourceIsReportedAndOneThatIsNoObjectIsUnreadable() throws Exception {
        FhirReadResult read = readable(() -> FHIR.read("{ \"resourceType\": \"Bundle\", \"type\": \"collection\","
                + " \"entry\": [ { \"resource\": " + PATIENT + " }, { \"fullUrl\": \"urn:uuid:CANARY-7731\" } ] }"));
        ReadChecks.assertThatSkipped(read).containsExactly("Bundle.entry[1]: an entry without a resource");

        UnreadableFhirException entry = unreadable(() -> FHIR.read("{ \"resourceType\": \"Bundle\","
                + " \"entry\": [ { \"resource\": " + PATIENT + " }, \"CANARY-7731\" ] }"));
        assertThat(entry.getFhirPath()).isEqualTo("Bundle.entry[1]");
        assertThat(entry.getProblem()).isEqualTo("not a Bundle entry: not a JSON object");

        UnreadableFhirException resource = unreadable(() -> FHIR.read("{ \"resourceType\": \"Bundle\","
                + " \"entry\": [ { \"resource\": " + PATIENT + " }, { \"resource\": [ \"CANARY-7731\" ] } ] }"));
        assertThat(resource.getFhirPath()).isEqualTo("Bundle.entry[1].resource");
        assertThat(resource.getProblem()).isEqualTo("not a FHIR resource: not a JSON object");
    }

    // References.

    @Test
    void aCycleOfReplacedPlansAndOfAContainedMemberThatReferencesItsTeamReads() {
        String carePlanA =
                "{ \"resourceType\": \"CarePlan\", \"id\": \"a\", \"status\": \"active\", \"intent\": \"plan\", "
                        + SERVICE_MODEL + ", " + SUBJECT + ", \"replaces\": [ { \"reference\": \"CarePlan/b\" } ],"
                        + " \"careTeam\": [ { \"reference\": \"CareTeam/t\" } ] }";
        String carePlanB =
                "{ \"resourceType\": \"CarePlan\", \"id\": \"b\", \"status\": \"revoked\", \"intent\": \"plan\", "
                        + SERVICE_MODEL + ", " + SUBJECT + ", \"replaces\": [ { \"reference\": \"CarePlan/a\" } ] }";
        // The member is a contained Practitioner whose extension references the CareTeam that contains it.
        String careTeam = "{ \"resourceType\": \"CareTeam\", \"id\": \"t\", \"contained\": [ {"
                + " \"resourceType\": \"Practitioner\", \"id\": \"m\", \"name\": [ { \"family\": \"Okafor\" } ],"
                + " \"extension\": [ { \"url\": \"https://example.org/fhir/team\","
                + " \"valueReference\": { \"reference\": \"CareTeam/t\", \"display\": \"CANARY-7731\" } } ] } ],"
                + " \"participant\": [ { \"member\": { \"reference\": \"#m\" } } ] }";
        String json = bundle(PATIENT, carePlanA, carePlanB, careTeam);

        FhirReadResult read = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> readable(() -> FHIR.read(json)));

        RecoveryRecord record = read.getRecord();
        assertThat(record.getPlans()).extracting(RecoveryPlan::getId).containsExactly("a", "b");
        assertThat(record.getPlans().get(0).getReplacesPlanId()).contains("b");
        assertThat(record.getPlans().get(1).getReplacesPlanId()).contains("a");
        assertThat(record.getPlans().get(0).getTeam())
                .singleElement()
                .satisfies(
                        m -> assertThat(m.getName().flatMap(n -> n.getFamily())).contains("Okafor"));
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        "Bundle.entry[3].resource.contained[0].extension[0]: an extension the mapping does not know");
    }

    @Test
    void aReferenceToAnEntryThatIsNotThereReadsAndIsReportedAtItsPath() throws Exception {
        String carePlan = "{ \"resourceType\": \"CarePlan\", \"status\": \"active\", \"intent\": \"plan\", "
                + SERVICE_MODEL + ", " + SUBJECT + ", \"goal\": [ { \"reference\": \"Goal/CANARY-7731\" } ] }";

        FhirReadResult read = readable(() -> FHIR.read(bundle(PATIENT, carePlan)));

        assertThat(read.getRecord().getPlans())
                .singleElement()
                .satisfies(p -> assertThat(p.getGoals()).isEmpty());
        assertThat(read.getSkipped())
                .containsExactly(new SkippedElement(
                        "Bundle.entry[1].resource.goal[0].reference",
                        "a reference to a resource that is not in the input"));
    }

    @Test
    void aCarePlanWhoseGoalOrTeamIsAnotherKindOfResourceReadsWithoutItAndSaysSo() throws Exception {
        String carePlan = "{ \"resourceType\": \"CarePlan\", \"status\": \"active\", \"intent\": \"plan\", "
                + SERVICE_MODEL + ", " + SUBJECT + ","
                + " \"careTeam\": [ { \"reference\": \"urn:uuid:7e3f5c1a-0000-4000-8000-000000000001\" } ],"
                + " \"goal\": [ { \"reference\": \"Patient/pat\" }, { \"reference\": \"Observation/o\" } ] }";
        String observation = "{ \"resourceType\": \"Observation\", \"id\": \"o\", \"status\": \"final\","
                + " \"code\": { \"text\": \"CANARY-7731\" } }";

        FhirReadResult read = readable(() -> FHIR.read(bundle(PATIENT, carePlan, observation)));

        RecoveryPlan plan = read.getRecord().getPlans().get(0);
        assertThat(plan.getGoals()).isEmpty();
        assertThat(plan.getTeam()).isEmpty();
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        "Bundle.entry[1].resource.careTeam[0]: a reference to a resource that is not a CareTeam",
                        "Bundle.entry[1].resource.goal[0]: a reference to a resource that is not a Goal",
                        "Bundle.entry[1].resource.goal[1]: a reference to a resource that is not a Goal",
                        "Bundle.entry[2].resource: a resource the model has no place for (Observation)");
    }

    @Test
    void anActivityOrSupportingInformationOfAnotherKindOfResourceIsReportedAtItsReference() throws Exception {
        String carePlan = "{ \"resourceType\": \"CarePlan\", \"status\": \"active\", \"intent\": \"plan\", "
                + SERVICE_MODEL + ", " + SUBJECT + ","
                + " \"activity\": [ { \"reference\": { \"reference\": \"Observation/o\" } } ],"
                + " \"supportingInfo\": [ { \"reference\": \"Observation/o\" } ] }";
        String discharge = "{ \"resourceType\": \"CarePlan\", \"status\": \"active\", \"intent\": \"plan\", "
                + SUBJECT + ", \"category\": [ { \"coding\": [ { \"system\": \"http://snomed.info/sct\","
                + " \"code\": \"" + DischargePlanMapper.DISCHARGE_CARE_PLAN + "\" } ] } ],"
                + " \"activity\": [ { \"reference\": { \"reference\": \"Observation/o\" } } ] }";
        String observation = "{ \"resourceType\": \"Observation\", \"id\": \"o\", \"status\": \"final\","
                + " \"code\": { \"text\": \"CANARY-7731\" } }";

        FhirReadResult read = readable(() -> FHIR.read(bundle(PATIENT, carePlan, discharge, observation)));

        RecoveryPlan plan = read.getRecord().getPlans().get(0);
        assertThat(plan.getInterventions()).isEmpty();
        assertThat(plan.getSupports()).isEmpty();
        assertThat(plan.getRisks()).isEmpty();
        assertThat(plan.getReviews()).isEmpty();
        assertThat(read.getRecord().getDischargePlans()).singleElement().satisfies(d -> {
            assertThat(d.getContinuingServices()).isEmpty();
            assertThat(d.getFollowUpAppointments()).isEmpty();
        });
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        "Bundle.entry[1].resource.activity[0].reference: an activity the model has no place for",
                        "Bundle.entry[1].resource.supportingInfo[0]: supporting information the model has no place"
                                + " for",
                        "Bundle.entry[2].resource.activity[0].reference: an activity the model has no place for",
                        "Bundle.entry[3].resource: a resource the model has no place for (Observation)");
    }

    @Test
    void aReferenceThatNamesNoResourceIsReported() throws Exception {
        String carePlan = "{ \"resourceType\": \"CarePlan\", \"status\": \"active\", \"intent\": \"plan\", "
                + SERVICE_MODEL + ", " + SUBJECT + ", \"goal\": ["
                + " { \"display\": \"CANARY-7731\" },"
                + " { \"reference\": \" \" },"
                + " { \"identifier\": { \"system\": \"https://example.org/goals\", \"value\": \"CANARY-7731\" } },"
                + " { \"reference\": 7731 } ],"
                + " \"activity\": [ { \"reference\": { \"display\": \"CANARY-7731\" } } ] }";

        FhirReadResult read = readable(() -> FHIR.read(bundle(PATIENT, carePlan)));

        assertThat(read.getRecord().getPlans().get(0).getGoals()).isEmpty();
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        "Bundle.entry[1].resource.goal[0]: a reference that names no resource",
                        "Bundle.entry[1].resource.goal[1]: a reference that names no resource",
                        "Bundle.entry[1].resource.goal[2]: a reference that names no resource",
                        "Bundle.entry[1].resource.goal[3].reference: not a string",
                        "Bundle.entry[1].resource.activity[0].reference: a reference that names no resource");
    }

    // Read limits: each input would be far larger than memory allows if it were built before the read.

    @Test
    void nestingBeyondTheReadLimitFailsEarly() {
        int depth = 100_000;
        assertThat(depth).isGreaterThan(ReadLimits.DEFAULT_NESTING_DEPTH);

        UnreadableFhirException e = unreadable(() ->
                FHIR.read(repeated("{ \"resourceType\": \"Patient\", \"name\": [ \"CANARY-7731\", ", "[", depth, "")));

        assertThat(e.getProblem()).isEqualTo("nesting deeper than the read limit");
        assertThat(e.getLine()).isEqualTo(1);
        assertThat(e.getColumn()).isPositive();
    }

    @Test
    void aFiftyMegabyteStringFailsAtTheReadLimit() {
        long repeats = 50L * 1024 * 1024 / CANARY.length();

        UnreadableFhirException e = unreadable(() -> FHIR.read(
                repeated("{ \"resourceType\": \"Patient\", \"text\": { \"div\": \"", CANARY, repeats, "\" } }")));

        assertThat(e.getProblem()).isEqualTo("a string longer than the read limit");
        assertThat(e.getLine()).isEqualTo(1);
    }

    @Test
    void aTenThousandDigitNumberFailsAtTheReadLimit() {
        UnreadableFhirException e = unreadable(() -> FHIR.read(
                repeated("{ \"resourceType\": \"Patient\", \"multipleBirthInteger\": ", "7731", 2_500, " }")));

        assertThat(e.getProblem()).isEqualTo("a number longer than the read limit");
        assertThat(e.getLine()).isEqualTo(1);
    }

    // Ambiguous or broken text.

    @Test
    void aDuplicateKeyFails() {
        UnreadableFhirException e = unreadable(
                () -> FHIR.read(
                        "{ \"resourceType\": \"Patient\",\n \"birthDate\": \"1990-01-01\",\n \"birthDate\": \"CANARY-7731\" }"));

        assertThat(e.getProblem()).isEqualTo("duplicate property");
        assertThat(e.getLine()).isEqualTo(3);
    }

    @Test
    void invalidUtf8Fails() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{ \"resourceType\": \"Patient\", \"name\": [ { \"family\": \"CANARY-7731"
                .getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC3); // the lead byte of a two-byte sequence, followed by one that cannot continue it
        bytes.write(0x28);
        bytes.writeBytes("\" } ] }".getBytes(StandardCharsets.UTF_8));

        UnreadableFhirException e = unreadable(() -> FHIR.read(new ByteArrayInputStream(bytes.toByteArray())));

        assertThat(e.getProblem()).isEqualTo("invalid UTF-8");
        assertThat(e.getLine()).isEqualTo(1);
    }

    // Values of the wrong kind read, with a report.

    @Test
    void aValueThatIsNotWhatFhirSaysIsReportedWithoutTheValue() throws Exception {
        FhirReadResult read = readable(() -> FHIR.read("""
                {
                  "resourceType": "Patient",
                  "birthDate": "CANARY-7731",
                  "telecom": [ { "system": "CANARY-7731", "value": "555-0100" } ],
                  "communication": [ { "language": { "text": "CANARY-7731" } } ]
                }
                """));

        assertThat(read.getRecord().getPerson().getBirthDate()).isEmpty();
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        "Patient.telecom[0].system: a system the model has no equivalent for; read as other",
                        "Patient.birthDate: not a full date",
                        "Patient.communication[0]: a language without a BCP-47 code");
    }

    @Test
    void valuesTheModelsRulesRefuseAreReportedNotThrown() throws Exception {
        String support = "\"category\": [ { \"coding\": [ { \"system\": \"" + FhirCodeSystems.SUPPORT_KIND
                + "\", \"code\": \"natural\" } ] } ]";
        FhirReadResult read = readable(() -> FHIR.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:", "resource": { "resourceType": "Patient",
                    "communication": [ { "language": { "coding": [ { "system": "urn:ietf:bcp:47", "code": " " } ] } } ]
                  } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:" },
                    "activity": [ { "reference": { "reference": "urn:uuid:s" } },
                                  { "reference": { "reference": "urn:uuid:t" } } ] } },
                  { "fullUrl": "urn:uuid:s", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "plan", SUPPORT,
                    "code": { "coding": [ { "system": "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
                      "code": "h0043" } ] },
                    "occurrenceTiming": { "repeat": { "duration": 1e-12, "durationUnit": "h",
                      "boundsDuration": { "value": 400000000, "code": "wk" } } } } },
                  { "fullUrl": "urn:uuid:t", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "plan", "occurrenceTiming": { "repeat": {
                      "boundsDuration": { "value": -3, "code": "mo" } } } } },
                  { "fullUrl": "urn:uuid:", "resource": { "resourceType": "Encounter", "status": "finished",
                    "period": { "start": "2026-03-01T10:00:00Z" } } } ] }
                """.replace("SUPPORT", support)));

        assertThat(read.getRecord().getId()).isNotBlank();
        assertThat(read.getRecord().getPerson().getLanguages()).isEmpty();
        ReadChecks.assertThatSkipped(read)
                .contains(
                        "Bundle.entry[0].resource.communication[0]: a language without a BCP-47 code",
                        "Bundle.entry[2].resource.code: a billing code that is not a HCPCS Level II code with up to"
                                + " four distinct modifiers",
                        "Bundle.entry[2].resource.occurrenceTiming.repeat.duration: a duration the model cannot hold",
                        "Bundle.entry[2].resource.occurrenceTiming.repeat.boundsDuration: a length the model has no"
                                + " equivalent for",
                        "Bundle.entry[3].resource.occurrenceTiming.repeat.boundsDuration: a length the model has no"
                                + " equivalent for",
                        "Bundle.entry[4].resource: " + ResourceIndex.REPEAT);
    }

    @Test
    void numbersBeyondWhatTheModelHoldsAreReportedNotThrown() throws Exception {
        FhirReadResult read = readable(() -> FHIR.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "subject": { "reference": "urn:uuid:p" },
                    "activity": [ { "reference": { "reference": "urn:uuid:s" } } ] } },
                  { "fullUrl": "urn:uuid:s", "resource": { "resourceType": "ServiceRequest",
                    "occurrenceTiming": { "repeat": {
                      "duration": 1e9999999999, "durationUnit": "h",
                      "frequency": 1, "period": 3000000000, "periodUnit": "wk",
                      "boundsDuration": { "value": 1e3, "code": "wk" } } } } } ] }
                """));

        assertThat(read.getRecord().getPlans().get(0).getInterventions()).hasSize(1);
        String timing = "Bundle.entry[2].resource.occurrenceTiming.repeat";
        ReadChecks.assertThatSkipped(read)
                .contains(
                        timing + ".duration: a duration the model cannot hold",
                        timing + ".frequency: a frequency the model has no equivalent for",
                        timing + ".boundsDuration: a length the model has no equivalent for");
    }

    @Test
    void aCodeTheWriterDerivesIsReportedWhereItDiffers() throws Exception {
        FhirReadResult read = readable(() -> FHIR.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "draft",
                    "intent": "order", "subject": { "reference": "urn:uuid:p" },
                    "careTeam": [ { "reference": "urn:uuid:u" } ] } },
                  { "fullUrl": "urn:uuid:d", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:p" },
                    "careTeam": [ { "reference": "urn:uuid:t" } ],
                    "supportingInfo": [ { "reference": "urn:uuid:r" } ] } },
                  { "fullUrl": "urn:uuid:t", "resource": { "resourceType": "CareTeam", "status": "active",
                    "name": "CANARY-7731", "period": { "start": "2026-01-01" } } },
                  { "fullUrl": "urn:uuid:r", "resource": { "resourceType": "Encounter", "status": "finished",
                    "class": { "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "HH" },
                    "period": { "start": "2026-02-01" } } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "Encounter", "status": "finished",
                    "class": { "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "EMER" },
                    "subject": { "reference": "urn:uuid:p" },
                    "period": { "start": "2026-03-01T10:00:00Z", "end": "2026-03-01T11:00:00Z" } } },
                  { "fullUrl": "urn:uuid:u", "resource": { "resourceType": "CareTeam", "status": "active" } } ] }
                """));

        assertThat(read.getRecord().getPlans()).hasSize(2);
        assertThat(read.getRecord().getPlans().get(1).getReviews()).hasSize(1);
        assertThat(read.getRecord().getContacts()).hasSize(1);
        ReadChecks.assertThatSkipped(read)
                .contains(
                        "Bundle.entry[1].resource.intent: a value the model does not hold; it gives proposal",
                        "Bundle.entry[3].resource.name: no place in the model",
                        "Bundle.entry[3].resource.period: no place in the model",
                        "Bundle.entry[4].resource.class: a value the model does not hold; it gives AMB",
                        "Bundle.entry[5].resource.class: a value the model does not hold; it gives AMB",
                        "Bundle.entry[6].resource.status: a value the model does not hold; it gives inactive")
                .noneMatch(skipped -> skipped.startsWith("Bundle.entry[2].resource.intent"))
                .noneMatch(skipped -> skipped.startsWith("Bundle.entry[3].resource.status"));
    }
}
