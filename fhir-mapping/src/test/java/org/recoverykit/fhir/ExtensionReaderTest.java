package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recoverykit.model.RecoveryPlan;

/** How extensions whose value the model holds once are read. */
class ExtensionReaderTest {
    @Test
    void aFurtherExtensionOfAValueTheModelHoldsOnceAndOneWithoutItsValueAreReported() throws Exception {
        String base = FhirExtension.BASE;
        FhirReadResult read = ReadChecks.read("""
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
                """.replace("BASE", base));

        RecoveryPlan plan = read.getRecord().getPlans().get(0);
        assertThat(plan.getVersion()).isEqualTo(2);
        assertThat(plan.getGoals())
                .singleElement()
                .satisfies(goal -> assertThat(goal.isInOwnWords()).isFalse());
        ReadChecks.assertThatSkipped(read)
                .contains(
                        "Bundle.entry[1].resource.extension[1]: a further extension of a url the model holds one"
                                + " value of",
                        "Bundle.entry[2].resource.extension[0]: an extension without the valueBoolean its"
                                + " definition gives");
    }

    @Test
    void anExtensionAfterOneThatIsNoObjectIsReportedAtItsOwnIndexInTheInput() throws Exception {
        FhirReadResult read = ReadChecks.read("""
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:a", "resource": { "resourceType": "Patient" } },
                  { "fullUrl": "urn:uuid:r", "resource": { "resourceType": "ServiceRequest", "status": "active",
                    "intent": "order", "subject": { "reference": "urn:uuid:a" },
                    "category": [ { "coding": [ { "system": "http://snomed.info/sct", "code": "410606002" } ] } ],
                    "extension": [ "x",
                      { "url": "BASEcommunity-support", "valueString": "CANARY-7731" },
                      { "url": "BASEcommunity-support", "valueString": "CANARY-7731" },
                      { "url": "BASEpersons-choice", "extension": [ 1,
                        { "url": "inOwnWords", "valueString": "CANARY-7731" },
                        { "url": "inOwnWords", "valueString": "CANARY-7731" } ] } ] } } ] }
                """.replace("BASE", FhirExtension.BASE));

        assertThat(read.getRecord().getReferrals()).singleElement().satisfies(referral -> {
            assertThat(referral.getCommunitySupport()).contains(ReadChecks.CANARY);
            assertThat(referral.getPersonsChoice())
                    .hasValueSatisfying(
                            choice -> assertThat(choice.getInOwnWords()).contains(ReadChecks.CANARY));
        });
        String at = "Bundle.entry[1].resource.extension[";
        ReadChecks.assertThatSkipped(read)
                .containsExactly(
                        at + "0]: not an object",
                        at + "2]: " + ExtensionReader.FURTHER,
                        at + "3].extension[0]: not an object",
                        at + "3].extension[2]: " + ExtensionReader.FURTHER);
    }
}
