package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recoverykit.json.ReadLimits;
import org.recoverykit.model.Attendance;
import org.recoverykit.model.Contact;
import org.recoverykit.model.ContactMode;
import org.recoverykit.model.PlanStatus;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.ReferralStatus;

/**
 * Input that is not FHIR, or is FHIR meant to hurt: each fails with an {@link UnreadableFhirException} that says
 * where and what, or reads with what it passed over reported. The canary {@value #CANARY}, planted as the
 * offending value, never appears in an exception's message or problem, nor in a skipped element.
 */
class HostileFhirInputTest {
    private static final String CANARY = "CANARY-7731";

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
        FhirReadResult result = read.read();
        assertThat(result.getSkipped())
                .allSatisfy(s -> assertThat(s.toString()).doesNotContain(CANARY).doesNotContain("7731"));
        return result;
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
        assertThat(read.getSkipped())
                .map(SkippedElement::toString)
                .containsExactly("Bundle.entry[1]: an entry without a resource");

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
        assertThat(read.getSkipped())
                .map(SkippedElement::toString)
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
        assertThat(read.getSkipped())
                .map(SkippedElement::toString)
                .containsExactly(
                        "Bundle.entry[1].resource.careTeam[0]: a reference to a resource that is not a CareTeam",
                        "Bundle.entry[1].resource.goal[0]: a reference to a resource that is not a Goal",
                        "Bundle.entry[1].resource.goal[1]: a reference to a resource that is not a Goal",
                        "Bundle.entry[2].resource: a resource the model has no place for");
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
        assertThat(read.getSkipped())
                .map(SkippedElement::toString)
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
        assertThat(read.getSkipped())
                .map(SkippedElement::toString)
                .containsExactly(
                        "Patient.telecom[0].system: a system the model has no equivalent for; read as other",
                        "Patient.birthDate: not a full date",
                        "Patient.communication[0]: a language without a BCP-47 code");
    }

    @Test
    void theResourcesOfAnotherPatientAreReportedNotTakenIntoTheRecord() throws Exception {
        FhirReadResult read = readable(() -> FHIR.read("""
                { "resourceType": "Bundle", "type": "searchset", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient", "id": "a" } },
                  { "fullUrl": "urn:uuid:b", "resource": { "resourceType": "Patient", "id": "b" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:b" },
                    "goal": [ { "reference": "urn:uuid:g" } ] } },
                  { "fullUrl": "urn:uuid:g", "resource": { "resourceType": "Goal", "lifecycleStatus": "active",
                    "description": { "text": "CANARY-7731" }, "subject": { "reference": "Patient/b" } } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "Encounter", "status": "finished",
                    "subject": { "reference": "Patient/elsewhere" },
                    "period": { "start": "2026-01-01T10:00:00Z" } } },
                  { "fullUrl": "urn:uuid:m", "resource": { "resourceType": "Appointment", "status": "noshow",
                    "start": "2026-01-02T10:00:00Z", "end": "2026-01-02T11:00:00Z",
                    "participant": [ { "actor": { "reference": "Patient/b" }, "status": "declined" } ] } },
                  { "fullUrl": "urn:uuid:r", "resource": { "resourceType": "RelatedPerson",
                    "patient": { "reference": "http://example.org/fhir/Patient/b" } } },
                  { "fullUrl": "urn:uuid:x", "resource": { "resourceType": "Encounter", "status": "finished",
                    "subject": { "reference": "Patient/a" },
                    "participant": [ { "individual": { "reference": "urn:uuid:b" } } ],
                    "period": { "start": "2026-01-03T10:00:00Z" } } } ] }
                """));

        RecoveryRecord record = read.getRecord();
        assertThat(record.getId()).isEqualTo("a");
        assertThat(record.getPlans()).isEmpty();
        assertThat(record.getPerson().getNaturalSupports()).isEmpty();
        assertThat(record.getContacts()).extracting(contact -> contact.getId()).containsExactly("x");
        assertThat(read.getSkipped())
                .map(SkippedElement::toString)
                .startsWith(
                        "Bundle.entry[1].resource: another Patient; a record is one person's",
                        "Bundle.entry[2].resource: a resource of another Patient than the record's",
                        "Bundle.entry[3].resource: a resource of another Patient than the record's",
                        "Bundle.entry[4].resource: a resource of another Patient than the record's",
                        "Bundle.entry[5].resource: a resource of another Patient than the record's",
                        "Bundle.entry[6].resource: a resource of another Patient than the record's")
                .noneMatch(s -> s.startsWith("Bundle.entry[7].resource:"));
    }

    @Test
    void aReferenceFromTheRecordToAnotherPatientsResourceIsReportedNotFollowed() throws Exception {
        FhirReadResult read = readable(() -> FHIR.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "goal": [ { "reference": "urn:uuid:g" } ],
                    "supportingInfo": [ { "reference": "urn:uuid:f" } ] } },
                  { "fullUrl": "urn:uuid:g", "resource": { "resourceType": "Goal", "lifecycleStatus": "active",
                    "description": { "text": "CANARY-7731" }, "subject": { "reference": "Patient/b" } } },
                  { "fullUrl": "urn:uuid:f", "resource": { "resourceType": "Flag", "status": "active",
                    "code": { "text": "CANARY-7731" }, "subject": { "reference": "Patient/b" } } } ] }
                """));

        assertThat(read.getRecord().getPlans()).singleElement().satisfies(plan -> {
            assertThat(plan.getGoals()).isEmpty();
            assertThat(plan.getRisks()).isEmpty();
        });
        assertThat(read.getSkipped())
                .map(SkippedElement::toString)
                .contains(
                        "Bundle.entry[2].resource: a resource of another Patient than the record's",
                        "Bundle.entry[3].resource: a resource of another Patient than the record's",
                        "Bundle.entry[1].resource.goal[0].reference: a reference to another Patient's resource");
    }

    @Test
    void aContactThatEndsBeforeItStartsIsReadWithoutItsEnd() throws Exception {
        FhirReadResult read = readable(() -> FHIR.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "Encounter", "status": "finished",
                    "subject": { "reference": "urn:uuid:a" },
                    "period": { "start": "2026-07-08T14:00:00-07:00", "end": "2026-07-08" } } },
                  { "fullUrl": "urn:uuid:m", "resource": { "resourceType": "Appointment", "status": "noshow",
                    "participant": [ { "actor": { "reference": "urn:uuid:a" }, "status": "declined" } ],
                    "start": "2026-07-09T10:00:00Z", "end": "2026-07-09T09:00:00Z" } } ] }
                """));

        assertThat(read.getRecord().getContacts())
                .hasSize(2)
                .allSatisfy(contact -> assertThat(contact.getEnd()).isEmpty());
        assertThat(read.getSkipped())
                .map(SkippedElement::toString)
                .contains(
                        "Bundle.entry[1].resource.period.end: a date without a time; read as midnight UTC",
                        "Bundle.entry[1].resource.period.end: an end before the start",
                        "Bundle.entry[2].resource.end: an end before the start");
    }

    @Test
    void theTimeOfADateTimeWhereTheModelKeepsADateIsReported() throws Exception {
        FhirReadResult read = readable(() -> FHIR.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "created": "2026-01-05T23:30:00-05:00" } } ] }
                """));

        assertThat(read.getRecord().getPlans())
                .singleElement()
                .extracting(RecoveryPlan::getCreatedOn)
                .isEqualTo(Optional.of(LocalDate.of(2026, 1, 5)));
        assertThat(read.getSkipped())
                .map(SkippedElement::toString)
                .contains("Bundle.entry[1].resource.created: a date-time of which the model keeps the date only");
    }

    @Test
    void aResourceThatTwoPlacesOfTheRecordReferenceIsReadIntoTheFirstOnly() throws Exception {
        String crisisCategory = "\"category\": [ { \"coding\": [ { \"system\": \"http://snomed.info/sct\","
                + " \"code\": \"" + CrisisPlanMapper.MENTAL_HEALTH_CRISIS_PLAN + "\" } ] } ]";
        String dischargeCategory = "\"category\": [ { \"coding\": [ { \"system\": \"http://snomed.info/sct\","
                + " \"code\": \"" + DischargePlanMapper.DISCHARGE_CARE_PLAN + "\" } ] } ]";
        FhirReadResult read = readable(
                () -> FHIR.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:p1", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "goal": [ { "reference": "urn:uuid:g" } ],
                    "activity": [ { "reference": { "reference": "urn:uuid:s" } } ] } },
                  { "fullUrl": "urn:uuid:p2", "resource": { "resourceType": "CarePlan", "status": "draft",
                    "intent": "proposal", "subject": { "reference": "urn:uuid:a" },
                    "goal": [ { "reference": "urn:uuid:g" } ] } },
                  { "fullUrl": "urn:uuid:g", "resource": { "resourceType": "Goal", "lifecycleStatus": "active",
                    "description": { "text": "CANARY-7731" }, "subject": { "reference": "urn:uuid:a" } } },
                  { "fullUrl": "urn:uuid:s", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" } } },
                  { "fullUrl": "urn:uuid:k", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" }, CRISIS,
                    "partOf": [ { "reference": "urn:uuid:p1" }, { "reference": "urn:uuid:p2" } ] } },
                  { "fullUrl": "urn:uuid:d", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" }, DISCHARGE,
                    "activity": [ { "reference": { "reference": "urn:uuid:s" } } ] } } ] }
                """.replace("CRISIS", crisisCategory).replace("DISCHARGE", dischargeCategory)));

        List<RecoveryPlan> plans = read.getRecord().getPlans();
        assertThat(plans).hasSize(2);
        assertThat(plans.get(0).getGoals()).hasSize(1);
        assertThat(plans.get(0).getInterventions()).hasSize(1);
        assertThat(plans.get(0).getCrisisPlan()).isPresent();
        assertThat(plans.get(1).getGoals()).isEmpty();
        assertThat(plans.get(1).getCrisisPlan()).isEmpty();
        assertThat(read.getRecord().getDischargePlans())
                .singleElement()
                .satisfies(discharge ->
                        assertThat(discharge.getContinuingServices()).isEmpty());
        assertThat(read.getSkipped())
                .map(SkippedElement::toString)
                .contains(
                        "Bundle.entry[5].resource.partOf: " + ReadContext.READ_ELSEWHERE,
                        "Bundle.entry[2].resource.goal[0]: " + ReadContext.READ_ELSEWHERE,
                        "Bundle.entry[6].resource.activity[0].reference: " + ReadContext.READ_ELSEWHERE);
    }

    @Test
    void aFurtherExtensionOfAValueTheModelHoldsOnceAndOneWithoutItsValueAreReported() throws Exception {
        String base = FhirExtension.BASE;
        FhirReadResult read = readable(() -> FHIR.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "extension": [ { "url": "BASEplan-version", "valuePositiveInt": 2 },
                                   { "url": "BASEplan-version", "valuePositiveInt": 3 } ],
                    "goal": [ { "reference": "urn:uuid:g" } ] } },
                  { "fullUrl": "urn:uuid:g", "resource": { "resourceType": "Goal", "lifecycleStatus": "active",
                    "extension": [ { "url": "BASEin-own-words", "valueString": "CANARY-7731" } ],
                    "description": { "text": "CANARY-7731" }, "subject": { "reference": "urn:uuid:a" } } } ] }
                """.replace("BASE", base)));

        RecoveryPlan plan = read.getRecord().getPlans().get(0);
        assertThat(plan.getVersion()).isEqualTo(2);
        assertThat(plan.getGoals())
                .singleElement()
                .satisfies(goal -> assertThat(goal.isInOwnWords()).isFalse());
        assertThat(read.getSkipped())
                .map(SkippedElement::toString)
                .contains(
                        "Bundle.entry[1].resource.extension[1]: a further extension of a url the model holds one"
                                + " value of",
                        "Bundle.entry[2].resource.extension[0]: an extension without the valueBoolean its"
                                + " definition gives");
    }

    @Test
    void aStatusThatGivesNoValueOfTheModelsIsReportedNotGuessed() throws Exception {
        String mode = "\"medium\": [ { \"coding\": [ { \"system\": \"" + FhirCodeSystems.CONTACT_MODE
                + "\", \"code\": \"phone\" } ] } ]";
        FhirReadResult read = readable(() -> FHIR.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:r", "resource": { "resourceType": "ServiceRequest", "status": "on-hold",
                    "intent": "order", "subject": { "reference": "urn:uuid:a" },
                    "category": [ { "coding": [ { "system": "http://snomed.info/sct", "code": "410606002" } ] } ]
                    } },
                  { "fullUrl": "urn:uuid:o", "resource": { "resourceType": "Communication", "status": "in-progress",
                    "basedOn": [ { "reference": "urn:uuid:r" } ], "sent": "2026-02-01", MODE,
                    "statusReason": { "coding": [ { "system": "http://example.org/outcomes", "code": "x" } ] },
                    "subject": { "reference": "urn:uuid:a" } } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "EpisodeOfCare",
                    "patient": { "reference": "urn:uuid:a" } } } ] }
                """.replace("MODE", mode)));

        assertThat(read.getRecord().getReferrals()).singleElement().satisfies(referral -> {
            assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SENT);
            assertThat(referral.getOutreachAttempts()).isEmpty();
        });
        assertThat(read.getSkipped())
                .map(SkippedElement::toString)
                .contains(
                        "Bundle.entry[1].resource.status: no referral status of the model's, and no Task; read as sent",
                        "Bundle.entry[2].resource.statusReason: no outreach outcome of the model's; the outcome is"
                                + " read from the status",
                        "Bundle.entry[2].resource: a communication without a date, a medium of the model's and an"
                                + " outcome",
                        "Bundle.entry[3].resource.status: missing or unknown; read as active");
    }

    @Test
    void aCodeOfASystemTheMappingDoesNotReadIsReportedNotDropped() throws Exception {
        FhirReadResult read = readable(() -> FHIR.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "goal": [ { "reference": "urn:uuid:g" } ],
                    "activity": [ { "reference": { "reference": "urn:uuid:s" } } ] } },
                  { "fullUrl": "urn:uuid:s", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" },
                    "code": { "coding": [ { "system": "http://snomed.info/sct", "code": "385823001",
                      "display": "CANARY-7731" } ] } } },
                  { "fullUrl": "urn:uuid:g", "resource": { "resourceType": "Goal", "lifecycleStatus": "active",
                    "achievementStatus": { "coding": [ { "system": "http://snomed.info/sct", "code": "1" } ] },
                    "description": { "text": "CANARY-7731",
                      "coding": [ { "system": "http://loinc.org", "code": "2", "display": "CANARY-7731" } ] },
                    "subject": { "reference": "urn:uuid:a" } } } ] }
                """));

        assertThat(read.getRecord().getPlans().get(0).getGoals())
                .singleElement()
                .satisfies(goal -> {
                    assertThat(goal.getStatement()).hasValue("CANARY-7731");
                    assertThat(goal.getAchievement()).isEmpty();
                });
        assertThat(read.getRecord().getPlans().get(0).getInterventions())
                .singleElement()
                .satisfies(intervention ->
                        assertThat(intervention.getDescription()).hasValue("CANARY-7731"));
        assertThat(read.getSkipped())
                .map(SkippedElement::toString)
                .contains(
                        "Bundle.entry[2].resource.code.coding[0]: " + ReadContext.OTHER_SYSTEM,
                        "Bundle.entry[3].resource.achievementStatus.coding[0]: " + ReadContext.OTHER_SYSTEM,
                        "Bundle.entry[3].resource.description.coding[0]: " + ReadContext.OTHER_SYSTEM);
    }

    @Test
    void aFurtherValueWhereTheModelHoldsOneIsReported() throws Exception {
        String mode = "{ \"coding\": [ { \"system\": \"" + FhirCodeSystems.CONTACT_MODE + "\", \"code\": \"";
        FhirReadResult read = readable(() -> FHIR.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "Encounter", "status": "finished",
                    "subject": { "reference": "urn:uuid:a" }, "period": { "start": "2026-03-01T10:00:00Z" },
                    "type": [ MODEphone" } ] }, MODEvideo" } ] }, { "text": "CANARY-7731" } ],
                    "episodeOfCare": [ { "reference": "urn:uuid:x" }, { "reference": "urn:uuid:y" } ] } },
                  { "fullUrl": "urn:uuid:x", "resource": { "resourceType": "EpisodeOfCare", "status": "active",
                    "patient": { "reference": "urn:uuid:a" } } },
                  { "fullUrl": "urn:uuid:y", "resource": { "resourceType": "EpisodeOfCare", "status": "active",
                    "patient": { "reference": "urn:uuid:a" } } } ] }
                """.replace("MODE", mode)));

        assertThat(read.getRecord().getContacts()).singleElement().satisfies(contact -> {
            assertThat(contact.getMode()).hasValue(ContactMode.PHONE);
            assertThat(contact.getEpisodeId()).hasValue("x");
        });
        assertThat(read.getSkipped())
                .map(SkippedElement::toString)
                .contains(
                        "Bundle.entry[1].resource.type[1]: a further mode or setting; the model holds one of each",
                        "Bundle.entry[1].resource.type[2]: a type without a mode or setting of the model's",
                        "Bundle.entry[1].resource.episodeOfCare[1]: a further reference; the model holds one");
    }

    @Test
    void aCancellationWithoutAReasonIsReportedWhereItIsReadAsTheServices() throws Exception {
        FhirReadResult read = readable(() -> FHIR.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:m", "resource": { "resourceType": "Appointment", "status": "cancelled",
                    "start": "2026-07-09T10:00:00Z",
                    "participant": [ { "actor": { "reference": "urn:uuid:a" }, "status": "accepted" } ] } } ] }
                """));

        assertThat(read.getRecord().getContacts())
                .singleElement()
                .extracting(contact -> contact.getAttendance())
                .isEqualTo(Attendance.CANCELLED_BY_SERVICE);
        assertThat(read.getSkipped())
                .map(SkippedElement::toString)
                .containsExactly("Bundle.entry[1].resource.status: a cancellation without a reason; read as cancelled"
                        + " by the service");
    }

    @Test
    void aFollowUpAppointmentWithoutARequestedPeriodIsReadFromItsStartWithoutAReport() throws Exception {
        String discharge = "\"category\": [ { \"coding\": [ { \"system\": \"http://snomed.info/sct\"," + " \"code\": \""
                + DischargePlanMapper.DISCHARGE_CARE_PLAN + "\" } ] } ]";
        FhirReadResult read = readable(() -> FHIR.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:d", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" }, DISCHARGE,
                    "activity": [ { "reference": { "reference": "urn:uuid:f" } } ] } },
                  { "fullUrl": "urn:uuid:f", "resource": { "resourceType": "Appointment", "status": "proposed",
                    "start": "2026-08-01T10:00:00Z",
                    "participant": [ { "actor": { "reference": "urn:uuid:a" }, "status": "needs-action" } ] } } ] }
                """.replace("DISCHARGE", discharge)));

        assertThat(read.getRecord().getDischargePlans())
                .singleElement()
                .satisfies(plan -> assertThat(plan.getFollowUpAppointments()).hasSize(1));
        assertThat(read.getSkipped()).map(SkippedElement::toString).noneMatch(s -> s.startsWith("Bundle.entry[2]"));
    }

    @Test
    void aResourceThatRepeatsAnEarlierEntrysIsReadOnceAndTheRepeatReported() throws Exception {
        FhirReadResult history = readable(() -> FHIR.read("""
                { "resourceType": "Bundle", "type": "history", "entry": [
                  { "fullUrl": "http://example.org/fhir/Patient/a", "resource": { "resourceType": "Patient",
                    "id": "a" } },
                  { "fullUrl": "http://example.org/fhir/CarePlan/c", "resource": { "resourceType": "CarePlan",
                    "id": "c", "meta": { "versionId": "2" }, "status": "active", "intent": "plan",
                    "subject": { "reference": "Patient/a" } } },
                  { "fullUrl": "http://example.org/fhir/CarePlan/c", "resource": { "resourceType": "CarePlan",
                    "id": "c", "meta": { "versionId": "1" }, "status": "draft", "intent": "plan",
                    "subject": { "reference": "Patient/a" } } } ] }
                """));
        FhirReadResult copies = readable(() -> FHIR.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "resource": { "resourceType": "Goal", "id": "g", "lifecycleStatus": "active",
                    "description": { "text": "work again" }, "subject": { "reference": "urn:uuid:a" } } },
                  { "resource": { "resourceType": "Goal", "id": "g", "lifecycleStatus": "active",
                    "description": { "text": "work again" }, "subject": { "reference": "urn:uuid:a" } } },
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } } ] }
                """));

        assertThat(history.getRecord().getPlans())
                .singleElement()
                .extracting(RecoveryPlan::getStatus)
                .isEqualTo(PlanStatus.ACTIVE);
        assertThat(history.getSkipped())
                .map(SkippedElement::toString)
                .contains("Bundle.entry[2].resource: " + ResourceIndex.REPEAT)
                .noneMatch(s -> s.startsWith("Bundle.entry[2].resource."));
        assertThat(copies.getSkipped())
                .map(SkippedElement::toString)
                .startsWith(
                        "Bundle.entry[2].resource: " + ResourceIndex.REPEAT,
                        "Bundle.entry[3].resource: " + ResourceIndex.REPEAT);
    }

    @Test
    void aPropertyNameThatNoFhirElementCouldHaveIsReportedWithoutTheName() throws Exception {
        FhirReadResult read = readable(() -> FHIR.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient",
                    "CANARY-7731": 1, "Canary7731": 2, "photo": [], "_photo": [] } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "subject": { "reference": "urn:uuid:p" },
                    "activity": [ { "detail": { "status": "in-progress", "canary 7731": true } } ] } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "EpisodeOfCare", "status": "active",
                    "patient": { "reference": "urn:uuid:p" },
                    "statusHistory": [ { "status": "active", "period": { "start": "2026-01-01" },
                      "\u00e9canary7731": 1 } ] } } ] }
                """));

        assertThat(read.getSkipped())
                .map(SkippedElement::toString)
                .contains(
                        "Bundle.entry[0].resource: a property whose name is not a FHIR element name",
                        "Bundle.entry[0].resource.photo: no place in the model",
                        "Bundle.entry[0].resource._photo: no place in the model",
                        "Bundle.entry[1].resource.activity[0].detail: a property whose name is not a FHIR element"
                                + " name",
                        "Bundle.entry[2].resource.statusHistory[0]: a property whose name is not a FHIR element name")
                .filteredOn(s -> s.startsWith("Bundle.entry[0].resource: a property"))
                .hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"valueCodeableConcept", "_birthDate", "a1"})
    void aNameOfFhirsShapeIsAnElementName(String name) {
        assertThat(ReadContext.isElementName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_", "__a", "Patient", "1a", "a_b", "a-b", "a b", "\u00e9t\u00e9"})
    void aNameOfAnotherShapeIsNoElementName(String name) {
        assertThat(ReadContext.isElementName(name)).isFalse();
    }

    @Test
    void anElementNameHasAtMostSixtyFourCharacters() {
        assertThat(ReadContext.isElementName("a".repeat(64))).isTrue();
        assertThat(ReadContext.isElementName("a".repeat(65))).isFalse();
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
        assertThat(read.getSkipped())
                .map(SkippedElement::toString)
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
        assertThat(read.getSkipped())
                .map(SkippedElement::toString)
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

    @Test
    void aStatusOtherThanTheOneTheWriterGivesIsReportedAndAnEncounterWithoutOneToo() throws Exception {
        FhirReadResult read = readable(() -> FHIR.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:p" },
                    "category": [ { "coding": [ { "system": "https://recoverykit.org/fhir/CodeSystem/service-model",
                      "code": "community-support" } ] } ],
                    "activity": [ { "reference": { "reference": "urn:uuid:s" } } ],
                    "supportingInfo": [ { "reference": "urn:uuid:f" }, { "reference": "urn:uuid:r" } ] } },
                  { "fullUrl": "urn:uuid:s", "resource": { "resourceType": "ServiceRequest", "status": "revoked",
                    "intent": "plan", "code": { "text": "CANARY-7731" } } },
                  { "fullUrl": "urn:uuid:f", "resource": { "resourceType": "Flag", "status": "entered-in-error",
                    "code": { "text": "CANARY-7731" }, "subject": { "reference": "urn:uuid:p" } } },
                  { "fullUrl": "urn:uuid:r", "resource": { "resourceType": "Encounter", "status": "cancelled",
                    "period": { "start": "2026-02-01" } } },
                  { "fullUrl": "urn:uuid:k", "resource": { "resourceType": "Consent", "status": "rejected",
                    "patient": { "reference": "urn:uuid:p" }, "provision": { "type": "permit",
                      "data": [ { "meaning": "related", "reference": { "reference": "urn:uuid:c" } } ] } } },
                  { "fullUrl": "urn:uuid:n", "resource": { "resourceType": "Consent", "status": "entered-in-error",
                    "patient": { "reference": "urn:uuid:p" }, "provision": { "type": "permit",
                      "data": [ { "meaning": "related", "reference": { "reference": "urn:uuid:c" } } ] } } },
                  { "fullUrl": "urn:uuid:q", "resource": { "resourceType": "CommunicationRequest",
                    "status": "revoked", "subject": { "reference": "urn:uuid:p" } } },
                  { "fullUrl": "urn:uuid:d", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:p" },
                    "category": [ { "coding": [ { "system": "http://snomed.info/sct", "code": "736372004" } ] } ],
                    "activity": [ { "reference": { "reference": "urn:uuid:a" } },
                      { "reference": { "reference": "urn:uuid:v" } } ] } },
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Appointment", "status": "cancelled",
                    "description": "CANARY-7731", "requestedPeriod": [ { "start": "2026-03-01T10:00:00Z" } ] } },
                  { "fullUrl": "urn:uuid:v", "resource": { "resourceType": "ServiceRequest", "status": "completed",
                    "intent": "plan", "code": { "text": "CANARY-7731" } } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "Encounter",
                    "subject": { "reference": "urn:uuid:p" }, "period": { "start": "2026-03-02T10:00:00Z" },
                    "reasonCode": [ { "text": "CANARY-7731" } ] } } ] }
                """));

        RecoveryRecord record = read.getRecord();
        RecoveryPlan plan = record.getPlans().get(0);
        assertThat(plan.getInterventions()).hasSize(1);
        assertThat(plan.getRisks()).hasSize(1);
        assertThat(plan.getReviews()).hasSize(1);
        assertThat(plan.getAgreements()).hasSize(2);
        assertThat(record.getContactArrangements()).hasSize(1);
        assertThat(record.getDischargePlans().get(0).getFollowUpAppointments()).hasSize(1);
        assertThat(record.getDischargePlans().get(0).getContinuingServices()).hasSize(1);
        assertThat(record.getContacts())
                .singleElement()
                .satisfies(contact -> assertThat(contact.getAttendance()).isEqualTo(Attendance.ATTENDED));
        String derived = ".status: a value the model does not hold; it gives ";
        assertThat(read.getSkipped())
                .map(SkippedElement::toString)
                .containsExactly(
                        "Bundle.entry[2].resource" + derived + "active",
                        "Bundle.entry[3].resource.code: no risk category; read as other",
                        "Bundle.entry[3].resource" + derived + "active",
                        "Bundle.entry[4].resource" + derived + "finished",
                        "Bundle.entry[5].resource" + derived + "active",
                        "Bundle.entry[6].resource" + derived + "active",
                        "Bundle.entry[9].resource" + derived + "proposed",
                        "Bundle.entry[10].resource" + derived + "active",
                        "Bundle.entry[7].resource" + derived + "active",
                        "Bundle.entry[11].resource.status: missing; read as attended");
    }

    @Test
    void aCancellationReasonIsByThePersonForPatAndItsChildrenAndAnyOtherThanPatOrProvIsReported() throws Exception {
        String reasons = "http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason";
        FhirReadResult read = readable(() -> FHIR.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Appointment", "status": "cancelled",
                    "cancelationReason": { "coding": [ { "system": "REASONS", "code": "pat-crs" } ] },
                    "start": "2026-01-01T10:00:00Z", "end": "2026-01-01T11:00:00Z" } },
                  { "fullUrl": "urn:uuid:b", "resource": { "resourceType": "Appointment", "status": "cancelled",
                    "cancelationReason": { "coding": [ { "system": "REASONS", "code": "pat" } ] },
                    "start": "2026-01-02T10:00:00Z", "end": "2026-01-02T11:00:00Z" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "Appointment", "status": "cancelled",
                    "cancelationReason": { "text": "CANARY-7731" },
                    "start": "2026-01-03T10:00:00Z", "end": "2026-01-03T11:00:00Z" } },
                  { "fullUrl": "urn:uuid:d", "resource": { "resourceType": "Appointment", "status": "cancelled",
                    "cancelationReason": { "coding": [ { "system": "https://example.org/reasons",
                      "code": "CANARY-7731" } ] },
                    "start": "2026-01-04T10:00:00Z", "end": "2026-01-04T11:00:00Z" } },
                  { "fullUrl": "urn:uuid:e", "resource": { "resourceType": "Appointment", "status": "cancelled",
                    "cancelationReason": { "coding": [ { "system": "REASONS", "code": "prov-dch" } ] },
                    "start": "2026-01-05T10:00:00Z", "end": "2026-01-05T11:00:00Z" } },
                  { "fullUrl": "urn:uuid:f", "resource": { "resourceType": "Appointment", "status": "noshow",
                    "cancelationReason": { "text": "CANARY-7731" },
                    "start": "2026-01-06T10:00:00Z", "end": "2026-01-06T11:00:00Z" } } ] }
                """.replace("REASONS", reasons)));

        assertThat(read.getRecord().getContacts())
                .extracting(Contact::getAttendance)
                .containsExactly(
                        Attendance.CANCELLED_BY_PERSON,
                        Attendance.CANCELLED_BY_PERSON,
                        Attendance.CANCELLED_BY_SERVICE,
                        Attendance.CANCELLED_BY_SERVICE,
                        Attendance.CANCELLED_BY_SERVICE,
                        Attendance.MISSED);
        String derived = ".cancelationReason: a value the model does not hold; it gives ";
        assertThat(read.getSkipped())
                .map(SkippedElement::toString)
                .containsExactly(
                        "Bundle.entry[1].resource" + derived + "pat",
                        "Bundle.entry[3].resource" + derived + "prov",
                        "Bundle.entry[4].resource" + derived + "prov",
                        "Bundle.entry[5].resource" + derived + "prov",
                        "Bundle.entry[6].resource.cancelationReason: no place in the model");
    }

    @Test
    void aPerformerIsANaturalSupporterOnlyIfARelatedPersonAndAConsentsPerformerIsNoTeamMember() throws Exception {
        FhirReadResult read = readable(() -> FHIR.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:p" },
                    "category": [ { "coding": [ { "system": "https://recoverykit.org/fhir/CodeSystem/service-model",
                      "code": "community-support" } ] } ],
                    "activity": [ { "reference": { "reference": "urn:uuid:s" } } ] } },
                  { "fullUrl": "urn:uuid:s", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "plan", "category": [ { "coding": [ {
                      "system": "https://recoverykit.org/fhir/CodeSystem/support-kind", "code": "natural" } ] } ],
                    "performer": [ { "display": "CANARY-7731" },
                      { "reference": "Practitioner/dr", "display": "CANARY-7731" },
                      { "reference": "RelatedPerson/rp" },
                      { "reference": "RelatedPerson/rq" },
                      { "display": "CANARY-7731" },
                      { "type": "Practitioner", "identifier": { "system": "https://recoverykit.org/fhir/sid/id",
                        "value": "CANARY-7731" } } ] } },
                  { "fullUrl": "http://example.org/fhir/Practitioner/dr", "resource": { "resourceType": "Practitioner",
                    "id": "dr" } },
                  { "fullUrl": "http://example.org/fhir/RelatedPerson/rp", "resource": {
                    "resourceType": "RelatedPerson", "id": "rp", "patient": { "reference": "urn:uuid:p" } } },
                  { "fullUrl": "http://example.org/fhir/RelatedPerson/rq", "resource": {
                    "resourceType": "RelatedPerson", "id": "rq", "patient": { "reference": "urn:uuid:p" } } },
                  { "fullUrl": "urn:uuid:k", "resource": { "resourceType": "Consent", "status": "active",
                    "patient": { "reference": "urn:uuid:p" }, "performer": [ { "reference": "urn:uuid:p" } ],
                    "provision": { "type": "permit",
                      "data": [ { "meaning": "related", "reference": { "reference": "urn:uuid:c" } } ] } } },
                  { "fullUrl": "urn:uuid:d", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:p" },
                    "category": [ { "coding": [ { "system": "http://snomed.info/sct", "code": "736372004" } ] } ],
                    "activity": [ { "reference": { "reference": "urn:uuid:v" } } ] } },
                  { "fullUrl": "urn:uuid:v", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "plan", "code": { "text": "CANARY-7731" },
                    "performer": [ { "reference": "Organization/o", "display": "CANARY-7731" },
                      { "display": "CANARY-7731" } ] } } ] }
                """));

        RecoveryPlan plan = read.getRecord().getPlans().get(0);
        assertThat(plan.getSupports()).singleElement().satisfies(support -> {
            assertThat(support.getProvider()).contains(CANARY);
            assertThat(support.getNaturalSupportId()).contains("rp");
        });
        assertThat(plan.getAgreements())
                .singleElement()
                .satisfies(agreement -> assertThat(agreement.getMemberId()).isEqualTo("person"));
        assertThat(read.getRecord().getDischargePlans().get(0).getContinuingServices())
                .singleElement()
                .satisfies(service -> assertThat(service.getProvider()).contains(CANARY));
        String performer = "Bundle.entry[2].resource.performer[";
        assertThat(read.getSkipped())
                .map(SkippedElement::toString)
                .containsExactly(
                        performer + "1]: a performer the model has no place for",
                        performer + "3]: a further performer; the model holds one natural supporter",
                        performer + "4]: a further performer; the model holds one provider",
                        performer + "5]: a performer the model has no place for",
                        "Bundle.entry[6].resource.performer: no place in the model",
                        "Bundle.entry[8].resource.performer[0].reference: no place in the model",
                        "Bundle.entry[8].resource.performer[1]: a further performer; the model holds one provider",
                        "Bundle.entry[3].resource: a resource the model has no place for");
    }

    @Test
    void whatTheWriterNeverWritesIsReportedAndWhatItDerivesIsCheckedNotPassedOver() throws Exception {
        FhirReadResult read = readable(() -> FHIR.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:p" },
                    "category": [ { "coding": [ { "system": "https://recoverykit.org/fhir/CodeSystem/service-model",
                      "code": "community-support" } ] } ],
                    "activity": [ { "reference": { "reference": "urn:uuid:s" } },
                      { "reference": { "reference": "urn:uuid:u" } },
                      { "detail": { "kind": "ServiceRequest", "code": { "text": "CANARY-7731" } } } ],
                    "supportingInfo": [ { "reference": "urn:uuid:f" }, { "reference": "urn:uuid:r" } ] } },
                  { "fullUrl": "urn:uuid:s", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "plan", "code": { "text": "CANARY-7731" }, "authoredOn": "2026-01-01",
                    "performer": [ { "display": "CANARY-7731" } ], "occurrenceDateTime": "2026-01-02",
                    "category": [ { "text": "CANARY-7731" } ], "basedOn": [ { "reference": "urn:uuid:c" } ],
                    "locationCode": [ { "coding": [ { "system": "https://example.org/places", "code": "x" } ] },
                      { "text": "CANARY-7731" } ] } },
                  { "fullUrl": "urn:uuid:u", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "plan", "category": [ { "coding": [ {
                      "system": "https://recoverykit.org/fhir/CodeSystem/support-kind", "code": "natural" } ] } ],
                    "performerType": { "text": "CANARY-7731" }, "locationCode": [ { "text": "CANARY-7731" } ] } },
                  { "fullUrl": "urn:uuid:f", "resource": { "resourceType": "Flag", "status": "active",
                    "code": { "text": "CANARY-7731" }, "subject": { "reference": "urn:uuid:p" },
                    "period": { "start": "2026-01-01T10:00:00Z", "end": "2026-02-01" } } },
                  { "fullUrl": "urn:uuid:r", "resource": { "resourceType": "Encounter", "status": "finished",
                    "period": { "start": "2026-02-01T10:00:00Z", "end": "2026-02-01T11:00:00Z" } } },
                  { "fullUrl": "urn:uuid:k", "resource": { "resourceType": "Consent", "status": "active",
                    "scope": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/consentscope",
                      "code": "research" } ] },
                    "patient": { "reference": "urn:uuid:p" }, "sourceReference": { "reference": "urn:uuid:c" },
                    "provision": { "type": "permit", "period": { "start": "2026-01-01" },
                      "actor": [ { "role": { "text": "CANARY-7731" }, "reference": { "reference": "urn:uuid:p" } } ],
                      "data": [ { "meaning": "related", "reference": { "reference": "urn:uuid:c" } },
                        { "meaning": "related", "reference": { "reference": "urn:uuid:s" } } ] } } },
                  { "fullUrl": "urn:uuid:n", "resource": { "resourceType": "Consent", "status": "active",
                    "extension": [ { "url": "https://recoverykit.org/fhir/StructureDefinition/agreement-decision",
                      "valueCoding": { "system": "https://recoverykit.org/fhir/CodeSystem/agreement-decision",
                        "code": "agreed" } } ],
                    "patient": { "reference": "urn:uuid:p" },
                    "provision": { "type": "deny",
                      "data": [ { "meaning": "dependents", "reference": { "reference": "urn:uuid:c" } } ] } } },
                  { "fullUrl": "urn:uuid:m", "resource": { "resourceType": "Appointment", "status": "noshow",
                    "start": "2026-03-01T10:00:00Z", "end": "2026-03-01T11:00:00Z",
                    "participant": [ { "actor": { "reference": "urn:uuid:p" }, "status": "declined",
                      "required": "required" },
                      { "actor": { "reference": "Practitioner/dr", "display": "CANARY-7731" },
                        "status": "accepted" } ] } },
                  { "fullUrl": "http://example.org/fhir/Practitioner/dr", "resource": { "resourceType": "Practitioner",
                    "id": "dr" } },
                  { "fullUrl": "urn:uuid:d", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:p" },
                    "category": [ { "coding": [ { "system": "http://snomed.info/sct", "code": "736372004" } ] } ],
                    "activity": [ { "reference": { "reference": "urn:uuid:a" } } ] } },
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Appointment", "status": "proposed",
                    "requestedPeriod": [ { "start": "2026-04-01T10:00:00Z", "end": "2026-04-01T11:00:00Z" },
                      { "start": "2026-04-02T10:00:00Z" } ],
                    "participant": [ { "actor": { "reference": "urn:uuid:p" }, "status": "needs-action" },
                      { "actor": { "reference": "Practitioner/dr", "display": "CANARY-7731" },
                        "status": "needs-action" },
                      { "actor": { "display": "CANARY-7731" }, "status": "needs-action" },
                      { "actor": { "display": "CANARY-7731" }, "status": "needs-action" } ] } } ] }
                """));

        RecoveryRecord record = read.getRecord();
        RecoveryPlan plan = record.getPlans().get(0);
        assertThat(plan.getInterventions()).hasSize(2);
        assertThat(plan.getInterventions().get(0).getSetting()).isEmpty();
        assertThat(plan.getSupports()).hasSize(1);
        assertThat(plan.getRisks())
                .singleElement()
                .satisfies(risk -> assertThat(risk.getEvaluatedOn()).contains(java.time.LocalDate.parse("2026-01-01")));
        assertThat(plan.getReviews())
                .singleElement()
                .satisfies(review -> assertThat(review.getDate()).isEqualTo(java.time.LocalDate.parse("2026-02-01")));
        assertThat(plan.getAgreements()).hasSize(2);
        assertThat(record.getContacts()).hasSize(1);
        assertThat(record.getDischargePlans().get(0).getFollowUpAppointments())
                .singleElement()
                .satisfies(appointment -> assertThat(appointment.getWithWhom()).contains(CANARY));
        String noPlace = ": no place in the model";
        String derived = ": a value the model does not hold; it gives ";
        String time = ": a date-time of which the model keeps the date only";
        assertThat(read.getSkipped())
                .map(SkippedElement::toString)
                .containsExactly(
                        "Bundle.entry[2].resource.locationCode[0]: a code of a system the mapping does not read",
                        "Bundle.entry[2].resource.locationCode[1]: a further setting; the model holds one",
                        "Bundle.entry[2].resource.authoredOn" + noPlace,
                        "Bundle.entry[2].resource.performer" + noPlace,
                        "Bundle.entry[2].resource.occurrenceDateTime" + noPlace,
                        "Bundle.entry[2].resource.category" + noPlace,
                        "Bundle.entry[2].resource.basedOn" + noPlace,
                        "Bundle.entry[3].resource.performerType" + noPlace,
                        "Bundle.entry[3].resource.locationCode" + noPlace,
                        "Bundle.entry[1].resource.activity[2].detail.kind" + noPlace,
                        "Bundle.entry[4].resource.code: no risk category; read as other",
                        "Bundle.entry[4].resource.period.start" + time,
                        "Bundle.entry[4].resource.period.end" + noPlace,
                        "Bundle.entry[5].resource.period.end" + noPlace,
                        "Bundle.entry[5].resource.period.start" + time,
                        "Bundle.entry[6].resource.provision.data[1]" + noPlace,
                        "Bundle.entry[6].resource.provision.period" + noPlace,
                        "Bundle.entry[6].resource.provision.actor" + noPlace,
                        "Bundle.entry[6].resource.scope" + derived + "treatment",
                        "Bundle.entry[6].resource.sourceReference" + noPlace,
                        "Bundle.entry[7].resource.provision.type" + derived + "permit",
                        "Bundle.entry[7].resource.provision.data[0].meaning" + derived + "related",
                        "Bundle.entry[11].resource.requestedPeriod[0].end" + noPlace,
                        "Bundle.entry[11].resource.requestedPeriod[1]: a further period; the model holds one start",
                        "Bundle.entry[11].resource.participant[1]: a participant the model has no place for",
                        "Bundle.entry[11].resource.participant[3]: a further participant; the model holds one besides"
                                + " the person",
                        "Bundle.entry[8].resource.participant[0].status" + derived + "accepted",
                        "Bundle.entry[8].resource.participant[0].required" + noPlace,
                        "Bundle.entry[8].resource.participant[1]: a participant the model has no place for",
                        "Bundle.entry[9].resource: a resource the model has no place for");
    }

    @Test
    void aNameThatIsOldANicknameAnonymousTemporaryOrMaidenIsNoLegalNameAndIsReported() throws Exception {
        FhirReadResult read = readable(() -> FHIR.read("""
                { "resourceType": "Patient", "name": [
                  { "use": "old", "family": "CANARY-7731", "given": [ "Alex" ] },
                  { "use": "nickname", "given": [ "CANARY-7731" ] },
                  { "use": "usual", "family": "Current", "given": [ "Alex" ] },
                  { "use": "maiden", "family": "CANARY-7731" } ] }
                """));
        FhirReadResult only = readable(() -> FHIR.read("""
                { "resourceType": "Patient", "name": [
                  { "use": "anonymous", "given": [ "CANARY-7731" ] },
                  { "use": "temp", "family": "CANARY-7731" } ] }
                """));

        assertThat(read.getRecord().getPerson().getName())
                .hasValueSatisfying(name -> assertThat(name.getFamily()).contains("Current"));
        String further = ": a further name; the model holds one legal and one preferred name";
        assertThat(read.getSkipped())
                .map(SkippedElement::toString)
                .containsExactly("Patient.name[0]" + further, "Patient.name[1]" + further, "Patient.name[3]" + further);
        assertThat(only.getRecord().getPerson().getName()).isEmpty();
        assertThat(only.getSkipped())
                .map(SkippedElement::toString)
                .containsExactly("Patient.name[0]" + further, "Patient.name[1]" + further);
    }
}
