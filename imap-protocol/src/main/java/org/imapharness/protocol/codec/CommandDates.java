package org.imapharness.protocol.codec;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The date forms of commands (RFC 3501 §9): {@code date-text} for SEARCH ({@code 1-Feb-1994})
 * and {@code date-time} for APPEND ({@code "01-Feb-1994 21:52:25 -0800"}). Month names are
 * English and case-insensitive; years have exactly four digits, zones whole minutes.
 */
final class CommandDates {
    private CommandDates() {
    }

    /** 1..12 for a three-letter month name in any case, 0 for anything else. */
    static int month(String name) {
        for (int month = 1; month <= 12; month++) {
            if (DateTimes.monthName(month).equalsIgnoreCase(name)) {
                return month;
            }
        }
        return 0;
    }

    /** {@code date-text}, without leading zero on the day as in the RFC's examples. */
    static String formatDate(String field, LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException(field + " is null");
        }
        DateTimes.requireYear(field, date.getYear());
        return date.getDayOfMonth() + "-" + DateTimes.monthName(date.getMonthValue()) + "-"
                + String.format(Locale.ROOT, "%04d", date.getYear());
    }

    /**
     * The text between the quotes of {@code date-time}. The day is written with two digits, not
     * the space-padded form {@link DateTimes#format} uses for responses: both are date-day-fixed,
     * and a zero is what servers with hand-written date parsers accept most reliably.
     */
    static String formatDateTime(String field, OffsetDateTime time) {
        DateTimes.requireRepresentable(field, time);
        int offset = time.getOffset().getTotalSeconds();
        int minutes = Math.abs(offset) / 60;
        return String.format(Locale.ROOT, "%02d-%s-%04d %02d:%02d:%02d %s%02d%02d",
                time.getDayOfMonth(), DateTimes.monthName(time.getMonthValue()), time.getYear(),
                time.getHour(), time.getMinute(), time.getSecond(),
                offset < 0 ? "-" : "+", minutes / 60, minutes % 60);
    }

    private static void checkYear(String field, int year) {
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException(field + " year " + year + " does not fit date-year (4DIGIT)");
        }
    }
    /** {@code date-month}: three letters, any case. */
    static int dateMonth(CommandCursor c) {
        int from = c.position();
        c.span(CommandChars::isAlpha);
        int month = c.position() - from == 3 ? month(c.ascii(from, c.position())) : 0;
        if (month == 0) {
            throw c.errorAt("date-month", from, "Jan, Feb, ... or Dec", c.found(from));
        }
        return month;
    }

    /** {@code date-year = 4DIGIT}. */
    static int dateYear(CommandCursor c) {
        return fixedDigits(c, "date-year", 4);
    }

    /**
     * {@code date-time = DQUOTE date-day-fixed "-" date-month "-" date-year SP time SP zone DQUOTE},
     * a real instant: day within the month, hour under 24, zone minutes under 60.
     */
    static OffsetDateTime dateTime(CommandCursor c) {
        int at = c.position();
        c.expect("date-time", '"');
        int day = c.skip(' ') ? fixedDigits(c, "date-day-fixed", 1) : fixedDigits(c, "date-day-fixed", 2);
        c.expect("date-time", '-');
        int month = dateMonth(c);
        c.expect("date-time", '-');
        int year = dateYear(c);
        c.sp("date-time");
        int hour = fixedDigits(c, "time", 2);
        c.expect("time", ':');
        int minute = fixedDigits(c, "time", 2);
        c.expect("time", ':');
        int second = fixedDigits(c, "time", 2);
        c.sp("date-time");
        int zoneAt = c.position();
        int sign = c.skip('+') ? 1 : c.skip('-') ? -1 : 0;
        if (sign == 0) {
            throw c.error("zone", "'+' or '-'");
        }
        int zone = fixedDigits(c, "zone", 4);
        if (zone % 100 >= 60 || zone / 100 > 18) {
            throw c.errorAt("zone", zoneAt, "hhmm with minutes under 60 and hours up to 18", c.found(zoneAt));
        }
        c.expect("date-time", '"');
        try {
            ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * (zone / 100), sign * (zone % 100));
            return OffsetDateTime.of(year, month, day, hour, minute, second, 0, offset);
        } catch (DateTimeException e) {
            throw c.errorAt("date-time", at, "a valid date and time", c.found(at));
        }
    }

    private static int fixedDigits(CommandCursor c, String rule, int count) {
        int value = 0;
        for (int i = 0; i < count; i++) {
            if (!CommandChars.isDigit(c.peek())) {
                throw c.error(rule, count + " digits");
            }
            value = value * 10 + c.peek() - '0';
            c.advance(1);
        }
        return value;
    }
}
