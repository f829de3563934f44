package org.recoverykit.fhir;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Parses the date and date-time texts of FHIR JSON as {@link LocalDate#parse(CharSequence)} and
 * {@link OffsetDateTime#parse(CharSequence)} do, with the same results and the same exceptions.
 *
 * <p>The shapes FHIR writes, {@code 2026-11-22} and {@code 2026-11-22T10:15:30+01:00} (with an optional fraction,
 * or {@code Z}), are read directly; any other text is left to {@code java.time}, whose formatters cost a
 * read of a Bundle more than all its dates are worth.
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
