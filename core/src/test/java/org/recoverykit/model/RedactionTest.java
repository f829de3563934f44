package org.recoverykit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionTest {
    /** Every name, birth date, contact detail, address and free text of the complete sample. */
    private static final List<String> PATIENT_DATA = List.of(
            "Dana",
            "Okafor",
            "Dee",
            "she/her",
            "1991-04-12",
            "MRN-0042",
            "Nigerian-American",
            "person-first",
            "text before calling",
            "good listener",
            "gardening",
            "cooks for friends",
            "555-0100",
            "555-0101",
            "555-0199",
            "12 Elm Street",
            "Fresno",
            "93701",
            "Ify",
            "weekly check-in call",
            "I want my own place",
            "stable tenancy",
            "steady income",
            "rent arrears",
            "Sam",
            "Reyes",
            "Have my own place by spring",
            "housing applications submitted",
            "Help complete and follow up",
            "talks through",
            "loses tenancy",
            "direct debit",
            "the day a payment fails",
            "stops answering",
            "allotment",
            "community garden",
            "spare medication",
            "quiet room",
            "being rushed",
            "tenancy at risk",
            "added the housing goal",
            "weekday mornings",
            "duty worker",
            "applications due",
            "felt hopeful",
            "submit the third",
            "people who get it",
            "monthly peer group",
            "Dr Patel",
            "medication review",
            "Valley Community Support",
            "NAMI Family-to-Family",
            "county crisis line");

    @Test
    void toStringShowsNoPatientData() {
        String text = SampleRecords.complete().toString();
        assertThat(text).startsWith("RecoveryRecord{").contains("****").contains("id=rec-7f3a");
        for (String value : PATIENT_DATA) {
            assertThat(text).as("toString must not show a value of the record").doesNotContain(value);
        }
    }

    @Test
    void toStringKeepsWhatIsNotPatientData() {
        assertThat(SampleRecords.plan().toString())
                .contains("status=ACTIVE", "serviceModel=COMMUNITY_SUPPORT", "lifeDomains=[HOUSING]");
    }
}
