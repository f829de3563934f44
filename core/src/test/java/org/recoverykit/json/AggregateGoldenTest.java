package org.recoverykit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoverykit.model.Contact;
import org.recoverykit.model.DischargePlan;
import org.recoverykit.model.Person;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.Referral;
import org.recoverykit.model.SampleRecords;
import org.recoverykit.model.ServiceEpisode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Each aggregate of the record, written to and read from its own golden document. */
class AggregateGoldenTest {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new RecoveryKitModule())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    static Stream<Arguments> aggregates() {
        RecoveryRecord record = SampleRecords.complete();
        return Stream.of(
                Arguments.of("person.json", Person.class, record.getPerson()),
                Arguments.of("plan.json", RecoveryPlan.class, record.getPlans().get(0)),
                Arguments.of("contact.json", Contact.class, record.getContacts().get(0)),
                Arguments.of(
                        "referral.json", Referral.class, record.getReferrals().get(0)),
                Arguments.of(
                        "episode.json",
                        ServiceEpisode.class,
                        record.getEpisodes().get(0)),
                Arguments.of(
                        "discharge-plan.json",
                        DischargePlan.class,
                        record.getDischargePlans().get(0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aggregates")
    void writesItsGoldenDocument(String golden, Class<?> type, Object aggregate) throws IOException {
        assertThat(MAPPER.writeValueAsString(aggregate))
                .isEqualToNormalizingNewlines(
                        RecordJsonTest.golden("aggregates/" + golden).strip());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aggregates")
    void readsItsGoldenDocument(String golden, Class<?> type, Object aggregate) throws IOException {
        assertThat(MAPPER.readValue(RecordJsonTest.golden("aggregates/" + golden), type))
                .isEqualTo(aggregate);
    }
}
