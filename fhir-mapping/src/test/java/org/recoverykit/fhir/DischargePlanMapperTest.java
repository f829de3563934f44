package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a discharge plan's follow-up appointments are read. */
class DischargePlanMapperTest {
    @Test
    void aFollowUpAppointmentWithoutARequestedPeriodIsReadFromItsStartWithoutAReport() throws Exception {
        String discharge = "\"category\": [ { \"coding\": [ { \"system\": \"http://snomed.info/sct\"," + " \"code\": \""
                + DischargePlanMapper.DISCHARGE_CARE_PLAN + "\" } ] } ]";
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:d", "resource": { "resourceType": "CarePlan", "status": "active",
                    "intent": "plan", "subject": { "reference": "urn:uuid:a" }, DISCHARGE,
                    "activity": [ { "reference": { "reference": "urn:uuid:f" } } ] } },
                  { "fullUrl": "urn:uuid:f", "resource": { "resourceType": "Appointment", "status": "proposed",
                    "start": "2026-08-01T10:00:00Z",
                    "participant": [ { "actor": { "reference": "urn:uuid:a" }, "status": "needs-action" } ] } } ] }
                """.replace("DISCHARGE", discharge));

        assertThat(read.getRecord().getDischargePlans())
                .singleElement()
                .satisfies(plan -> assertThat(plan.getFollowUpAppointments()).hasSize(1));
        ReadChecks.assertThatSkipped(read).noneMatch(s -> s.startsWith("Bundle.entry[2]"));
    }
}
