package org.recoverykit.fhir;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date and date-time texts of FHIR JSON as {@link LocalDate#parse(CharSequence)} and
 * {@link OffsetDateTime#parse(CharSequence)} do, with the same results and the same exceptions.
 *
 * <p>The shapes FHIR writes, {@code 2026-11-22} and {@code 2026-11-22T10:15:30+01:00} (with an optional fraction,
 * or {@code Z}), are read directly; any other text is left to {@code java.time}, whose formatters cost a
 * read of a Bundle more than all its dates are worth. A date-time that FHIR allows and {@code java.time} does not
 * hold, with a leap second or a fraction finer than nanoseconds, is read by {@link #adjusted(String)}.
 */
final class DateTexts {
    private DateTexts() {}

    /**
     * Parses a date such as {@code 2026-11-22}.
     *
     * @param text the text, not null
     * @return the date, not null
     * @throws java.time.format.DateTimeParseException if the text is not a date
     */
    static LocalDate date(String text) {
        if (text.length() == 10 && isDateAt(text, 0)) {
            try {
                return LocalDate.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
            } catch (DateTimeException e) {
                // java.time tells why below
            }
        }
        return LocalDate.parse(text);
    }

    /**
     * Parses a date-time with an offset such as {@code 2026-11-22T10:15:30.5Z}.
     *
     * @param text the text, not null
     * @return the date-time, not null
     * @throws java.time.format.DateTimeParseException if the text is not a date-time with an offset
     */
    static OffsetDateTime dateTime(String text) {
        OffsetDateTime direct = direct(text);
        return direct != null ? direct : OffsetDateTime.parse(text);
    }

    /** What reading a date-time that {@link #dateTime} refuses changed of it. */
    enum Change {
        /** Digits of the fraction beyond nanoseconds were dropped. */
        TRUNCATED,
        /** A leap second, {@code 60}, was read as the last nanosecond of the second before it. */
        LEAP_SECOND
    }

    /** A date-time read from a FHIR text that {@code java.time} does not parse as it stands, and what was changed. */
    record Adjusted(OffsetDateTime value, Change change) {}

    /**
     * FHIR's dateTime with a time: seconds up to 60 and a fraction of any length; nothing else is adjusted. Compiled
     * on first use, since only a leap second or a long fraction needs it.
     */
    private static final class FhirDateTime {
        static final Pattern PATTERN = Pattern.compile(
                "([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:)([0-9]{2})(?:\\.([0-9]+))?(Z|[+-][0-9]{2}:[0-9]{2})");
    }

    /**
     * Parses a FHIR date-time as {@link #dateTime} does, or, where that refuses it, as {@link #adjusted} does.
     *
     * @param text the text, not null
     * @return the date-time, not null
     * @throws java.time.format.DateTimeParseException if the text is no date-time with an offset, adjusted or not
     */
    static OffsetDateTime dateTimeOrAdjusted(String text) {
        try {
            return dateTime(text);
        } catch (DateTimeParseException e) {
            Adjusted adjusted = adjusted(text);
            if (adjusted == null) {
                throw e;
            }
            return adjusted.value();
        }
    }

    /**
     * Parses a FHIR date-time that {@link #dateTime} refuses, though FHIR allows it: one with more than nine digits
     * of fraction, whose digits beyond nanoseconds are dropped, or with a leap second, {@code 60}, which is read as
     * the last nanosecond of the second before it, so that the date and the order of times stay.
     *
     * @param text the text, not null
     * @return the date-time and what was changed, or null if the text is no such date-time
     */
    static Adjusted adjusted(String text) {
        Matcher matcher = FhirDateTime.PATTERN.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        String fraction = matcher.group(3);
        boolean leap = matcher.group(2).equals("60");
        if (!leap && (fraction == null || fraction.length() <= 9)) {
            return null;
        }
        String kept = leap ? "59.999999999" : matcher.group(2) + '.' + fraction.substring(0, 9);
        try {
            OffsetDateTime value = dateTime(matcher.group(1) + kept + matcher.group(4));
            return new Adjusted(value, leap ? Change.LEAP_SECOND : Change.TRUNCATED);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The date-time of a text of the usual shape, or null for any other text and any value out of range. */
    private static OffsetDateTime direct(String text) {
        int length = text.length();
        if (length < 20
                || !isDateAt(text, 0)
                || text.charAt(10) != 'T'
                || !isDigits(text, 11, 2)
                || text.charAt(13) != ':'
                || !isDigits(text, 14, 2)
                || text.charAt(16) != ':'
                || !isDigits(text, 17, 2)) {
            return null;
        }
        int at = 19;
        int nanos = 0;
        if (text.charAt(at) == '.') {
            int start = ++at;
            while (at < length && isDigit(text.charAt(at))) {
                at++;
            }
            int count = at - start;
            if (count < 1 || count > 9) {
                return null;
            }
            nanos = digits(text, start, count);
            for (int i = count; i < 9; i++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset = offset(text, at);
        if (offset == null) {
            return null;
        }
        try {
            return OffsetDateTime.of(
                    digits(text, 0, 4),
                    digits(text, 5, 2),
                    digits(text, 8, 2),
                    digits(text, 11, 2),
                    digits(text, 14, 2),
                    digits(text, 17, 2),
                    nanos,
                    offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The offset that ends a text at a place: {@code Z} or {@code ±hh:mm}; null for anything else. */
    private static ZoneOffset offset(String text, int at) {
        int rest = text.length() - at;
        if (rest == 1 && text.charAt(at) == 'Z') {
            return ZoneOffset.UTC;
        }
        char sign = rest == 6 ? text.charAt(at) : 0;
        if ((sign != '+' && sign != '-')
                || !isDigits(text, at + 1, 2)
                || text.charAt(at + 3) != ':'
                || !isDigits(text, at + 4, 2)) {
            return null;
        }
        int minutes = digits(text, at + 4, 2);
        int seconds = digits(text, at + 1, 2) * 3600 + minutes * 60;
        if (minutes > 59 || seconds > 18 * 3600) {
            return null;
        }
        return ZoneOffset.ofTotalSeconds(sign == '-' ? -seconds : seconds);
    }

    private static boolean isDateAt(String text, int at) {
        return isDigits(text, at, 4)
                && text.charAt(at + 4) == '-'
                && isDigits(text, at + 5, 2)
                && text.charAt(at + 7) == '-'
                && isDigits(text, at + 8, 2);
    }

    private static boolean isDigits(String text, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digits(String text, int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }
}
