package org.recoverykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-22",
                "0000-01-01",
                "2024-02-29",
                "2023-02-29",
                "2026-13-01",
                "2026-00-10",
                "2026-04-31",
                "2026-11-2",
                "2026/11/22",
                "+12026-11-22",
                "2026-11-22Z",
                "２026-11-22",
                ""
            })
    void readsDatesAsJavaTimeDoes(String text) {
        assertSameOutcome(text, DateTexts::date, LocalDate::parse);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-22T10:15:30Z",
                "2026-11-22T10:15:30+01:00",
                "2026-11-22T10:15:30-05:30",
                "2026-11-22T10:15:30-00:00",
                "2026-11-22T10:15:30.5Z",
                "2026-11-22T10:15:30.123456789+14:00",
                "2026-11-22T10:15:30.1234567890Z",
                "2026-11-22T10:15:30.Z",
                "2026-11-22T10:15Z",
                "2026-11-22T10:15:30",
                "2026-11-22T24:00:00Z",
                "2026-11-22T23:60:00Z",
                "2026-11-22T23:59:60Z",
                "2026-02-30T10:15:30Z",
                "2026-11-22T10:15:30+18:00",
                "2026-11-22T10:15:30+18:30",
                "2026-11-22T10:15:30+19:00",
                "2026-11-22T10:15:30+01:60",
                "2026-11-22T10:15:30+0100",
                "2026-11-22T10:15:30+01",
                "2026-11-22T10:15:30+01:00:30",
                "2026-11-22t10:15:30Z",
                "2026-11-22T10:15:30z",
                "2026-11-22"
            })
    void readsDateTimesAsJavaTimeDoes(String text) {
        assertSameOutcome(text, DateTexts::dateTime, OffsetDateTime::parse);
    }

    @Test
    void readsGeneratedDateTimesAsJavaTimeDoes() {
        long seed = 7731;
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 2_000; i++) {
            String text = String.format(
                    "%04d-%02d-%02dT%02d:%02d:%02d%s%s",
                    random.nextInt(10_000),
                    random.nextInt(14),
                    random.nextInt(33),
                    random.nextInt(26),
                    random.nextInt(62),
                    random.nextInt(62),
                    random.nextBoolean() ? "" : "." + "123456789".substring(0, 1 + random.nextInt(9)),
                    random.nextBoolean()
                            ? "Z"
                            : String.format(
                                    "%s%02d:%02d",
                                    random.nextBoolean() ? "+" : "-", random.nextInt(20), random.nextInt(61)));
            assertSameOutcome(text, DateTexts::dateTime, OffsetDateTime::parse);
            assertSameOutcome(text.substring(0, 10), DateTexts::date, LocalDate::parse);
        }
    }

    private static <T> void assertSameOutcome(String text, Function<String, T> ours, Function<String, T> javaTime) {
        T expected;
        try {
            expected = javaTime.apply(text);
        } catch (DateTimeParseException e) {
            assertThatThrownBy(() -> ours.apply(text)).as(text).isInstanceOf(DateTimeParseException.class);
            return;
        }
        assertThat(ours.apply(text)).as(text).isEqualTo(expected);
    }

    @Test
    void adjustsALeapSecondToTheLastNanosecondBeforeItAndCutsAFractionToNanoseconds() {
        assertThat(DateTexts.adjusted("2026-12-31T23:59:60Z"))
                .isEqualTo(new DateTexts.Adjusted(
                        OffsetDateTime.parse("2026-12-31T23:59:59.999999999Z"), DateTexts.Change.LEAP_SECOND));
        assertThat(DateTexts.adjusted("2026-06-30T16:59:60.25-07:00"))
                .isEqualTo(new DateTexts.Adjusted(
                        OffsetDateTime.parse("2026-06-30T16:59:59.999999999-07:00"), DateTexts.Change.LEAP_SECOND));
        assertThat(DateTexts.adjusted("2026-07-08T14:00:00.1234567891234-07:00"))
                .isEqualTo(new DateTexts.Adjusted(
                        OffsetDateTime.parse("2026-07-08T14:00:00.123456789-07:00"), DateTexts.Change.TRUNCATED));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-07-08T14:00:00Z",
                "2026-07-08T14:00:00.123456789Z",
                "2026-07-08T14:00:61Z",
                "2026-07-08T24:59:60Z",
                "2026-02-30T23:59:60Z",
                "2026-07-08T14:00:00.1234567891",
                "2026-07-08T14:00:00.1234567891+19:00",
                "2026-07-08T14:00:00.Z",
                "2026-07-08T23:59:60+05:30:15",
                "2026-07-08"
            })
    void adjustsNothingElse(String text) {
        assertThat(DateTexts.adjusted(text)).as(text).isNull();
    }
}
