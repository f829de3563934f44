package org.recoverykit.fhir;

import tools.jackson.databind.JsonNode;

final class DischargePlanMapper {
    static final String DISCHARGE_CARE_PLAN = "736372004";

    private DischargePlanMapper() {}

    static boolean isDischargePlan(JsonNode carePlan) {
        return ReadContext.hasCode(carePlan.get("category"), FhirCodeSystems.SNOMED, DISCHARGE_CARE_PLAN);
    }
}
