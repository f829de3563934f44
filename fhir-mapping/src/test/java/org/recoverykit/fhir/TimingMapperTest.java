package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoverykit.model.Intervention;
import org.recoverykit.model.RecoveryPlan;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.Support;
import org.recoverykit.testkit.Seeds;

/** How the amount of an intervention or a natural support is written in a Timing or its extension, and read back. */
class TimingMapperTest {
    /** The longest amount a Duration holds. */
    private static final Duration LONGEST = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);

    @Test
    void anAmountFitsATimingUnlessItIsNegativeOrOfMoreThanTheLongestNumberOfSeconds() {
        assertThat(TimingMapper.fits(Duration.ZERO)).isTrue();
        assertThat(TimingMapper.fits(Duration.ofHours(1))).isTrue();
        assertThat(TimingMapper.fits(Duration.ofSeconds(Long.MAX_VALUE - 1, 999_999_999)))
                .isTrue();
        assertThat(TimingMapper.fits(Duration.ofSeconds(Long.MAX_VALUE))).isTrue();
        assertThat(TimingMapper.fits(Duration.ofSeconds(Long.MAX_VALUE, 1))).isFalse();
        assertThat(TimingMapper.fits(LONGEST)).isFalse();
        assertThat(TimingMapper.fits(Duration.ofNanos(-1))).isFalse();
        assertThat(TimingMapper.fits(Duration.ofSeconds(Long.MIN_VALUE))).isFalse();
    }

    static Stream<Arguments> edges() {
        return Stream.of(
                Arguments.of(Duration.ZERO, "\"duration\":0,\"durationUnit\":\"h\""),
                Arguments.of(Duration.ofNanos(1), "\"duration\":1E-9,\"durationUnit\":\"s\""),
                Arguments.of(
                        Duration.ofSeconds(Long.MAX_VALUE / 3600 * 3600),
                        "\"duration\":2562047788015215,\"durationUnit\":\"h\""),
                Arguments.of(
                        Duration.ofSeconds(Long.MAX_VALUE / 60 * 60),
                        "\"duration\":153722867280912930,\"durationUnit\":\"min\""),
                Arguments.of(
                        Duration.ofSeconds(Long.MAX_VALUE - 1, 999_999_999),
                        "\"duration\":9223372036854775806.999999999,\"durationUnit\":\"s\""),
                Arguments.of(
                        Duration.ofSeconds(Long.MAX_VALUE), "\"duration\":9223372036854775807,\"durationUnit\":\"s\""),
                Arguments.of(Duration.ofSeconds(Long.MAX_VALUE, 1), amount("PT2562047788015215H30M7.000000001S")),
                Arguments.of(Duration.ofSeconds(Long.MAX_VALUE, 500_000_000), amount("PT2562047788015215H30M7.5S")),
                Arguments.of(LONGEST, amount("PT2562047788015215H30M7.999999999S")));
    }

    @ParameterizedTest
    @MethodSource("edges")
    void anAmountAtTheEdgesOfTheRangeIsWrittenAsItFitsAndReadBackExactly(Duration amount, String written)
            throws Exception {
        RecoveryRecord record = withAmount(amount);

        String bundle = FhirMapping.defaults().toBundle(record);
        FhirReadResult read = FhirMapping.defaults().read(bundle);

        assertThat(occurrences(bundle, written))
                .as("the intervention's and the support's")
                .isEqualTo(2);
        assertThat(bundle).doesNotContain("\"duration\":9223372036854775807.");
        assertThat(FhirConformance.validate(bundle).errors()).isEmpty();
        assertThat(read.getSkipped()).isEmpty();
        assertThat(read.getRecord()).isEqualTo(record);
    }

    @Test
    void anOrdinaryAmountIsStillWrittenInTheTiming() throws Exception {
        RecoveryRecord record = ExampleBundlesTest.example("adult-community-support");
        RecoveryPlan plan = record.getPlans().get(0);
        RecoveryRecord ordinary = record.withPlans(List.of(plan.withInterventions(List.of(
                        plan.getInterventions().get(0).withAmount(Duration.ofMinutes(45)),
                        plan.getInterventions().get(0).withAmount(Duration.ofMillis(1500))))
                .withSupports(List.of(plan.getSupports().get(0).withAmount(Duration.ofHours(2))))));

        String bundle = FhirMapping.defaults().toBundle(ordinary);

        assertThat(bundle)
                .contains("\"duration\":45,\"durationUnit\":\"min\"")
                .contains("\"duration\":1.5,\"durationUnit\":\"s\"")
                .contains("\"duration\":2,\"durationUnit\":\"h\"")
                .doesNotContain(FhirExtension.AMOUNT.getUrl());
        assertThat(FhirMapping.defaults().read(bundle).getRecord()).isEqualTo(ordinary);
    }

    static LongStream seeds() {
        return Seeds.stream(200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyAmountThatIsNotNegativeReadsBackExactlyAndInTheTimingIfItFits(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        Duration amount = Duration.ofSeconds(seconds(random), nanos(random));
        RecoveryRecord record = withAmount(amount);

        String bundle = FhirMapping.defaults().toBundle(record);
        FhirReadResult read = FhirMapping.defaults().read(bundle);

        assertThat(read.getSkipped()).as("seed %d: skipped", seed).isEmpty();
        assertThat(read.getRecord()).as("seed %d: the record read back", seed).isEqualTo(record);
        assertThat(bundle.contains(FhirExtension.AMOUNT.getUrl()))
                .as("seed %d: written in the extension", seed)
                .isEqualTo(!TimingMapper.fits(amount));
    }

    /** Seconds of every magnitude, the longest and near it, some of them whole minutes or hours. */
    private static long seconds(SplittableRandom random) {
        long seconds = switch (random.nextInt(5)) {
            case 0 -> Long.MAX_VALUE;
            case 1 -> Long.MAX_VALUE - random.nextLong(10_000);
            case 2 -> random.nextLong(Long.MAX_VALUE);
            default -> random.nextLong(1L << (1 + random.nextInt(62)));
        };
        return switch (random.nextInt(3)) {
            case 0 -> seconds / 3600 * 3600;
            case 1 -> seconds / 60 * 60;
            default -> seconds;
        };
    }

    private static int nanos(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> 1_000_000_000 - 1 - random.nextInt(1_000);
            case 2 -> random.nextInt(1_000) * 1_000_000;
            default -> random.nextInt(1_000_000_000);
        };
    }

    /** A record of the example whose plan has one intervention and one support, both of the amount. */
    private static RecoveryRecord withAmount(Duration amount) throws Exception {
        RecoveryRecord record = ExampleBundlesTest.example("adult-community-support");
        RecoveryPlan plan = record.getPlans().get(0);
        Intervention intervention = plan.getInterventions().get(0);
        Support support = plan.getSupports().get(0);
        return record.withPlans(List.of(plan.withInterventions(List.of(intervention.withAmount(amount)))
                .withSupports(List.of(support.withAmount(amount)))));
    }

    private static String amount(String text) {
        return "\"url\":\"" + FhirExtension.AMOUNT.getUrl() + "\",\"valueString\":\"" + text + "\"";
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
