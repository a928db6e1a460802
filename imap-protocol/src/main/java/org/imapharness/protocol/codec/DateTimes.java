package org.imapharness.protocol.codec;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.imapharness.protocol.model.Printable;

/**
 * The IMAP {@code date-time} (RFC 3501 §9): {@code "dd-Mon-yyyy hh:mm:ss +zzzz"} with a
 * space-padded day ({@code date-day-fixed}), as sent in INTERNALDATE. Parsing checks the
 * calendar, not only the shape, so {@code 31-Feb} is an error rather than a silent roll-over.
 */
public final class DateTimes {
    /** Characters between the DQUOTEs. */
    static final int LENGTH = 26;

    private static final String[] MONTHS = {
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    private static final String[] MONTH_NAMES = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private DateTimes() {
    }

    /**
     * The wire form without the DQUOTEs, e.g. {@code " 7-Jul-2025 09:05:00 +0200"}.
     *
     * @throws IllegalArgumentException for what the grammar cannot carry: a year outside
     *     0000–9999, sub-second precision, or an offset with seconds
     */
    public static String format(OffsetDateTime t) {
        if (t == null) {
            throw new IllegalArgumentException("date-time must not be null");
        }
        requireRepresentable("date-time", t);
        int offset = t.getOffset().getTotalSeconds();
        StringBuilder sb = new StringBuilder(LENGTH);
        int day = t.getDayOfMonth();
        sb.append(day < 10 ? ' ' : (char) ('0' + day / 10)).append((char) ('0' + day % 10)).append('-');
        sb.append(MONTH_NAMES[t.getMonthValue() - 1]).append('-');
        pad(sb, t.getYear(), 4).append(' ');
        pad(sb, t.getHour(), 2).append(':');
        pad(sb, t.getMinute(), 2).append(':');
        pad(sb, t.getSecond(), 2).append(' ');
        int minutes = Math.abs(offset) / 60;
        sb.append(offset < 0 ? '-' : '+');
        pad(sb, minutes / 60, 2);
        return pad(sb, minutes % 60, 2).toString();
    }

    /**
     * Rejects what {@code date-time} cannot carry: a year outside 0000–9999, sub-second precision,
     * an offset with seconds. Shared with the command side, which names its own field.
     */
    static void requireRepresentable(String field, OffsetDateTime t) {
        requireYear(field, t.getYear());
        if (t.getNano() != 0) {
            throw new IllegalArgumentException(field + " has fractions of a second; date-time carries whole seconds: "
                    + t);
        }
        if (t.getOffset().getTotalSeconds() % 60 != 0) {
            throw new IllegalArgumentException(field + " has a zone offset with seconds; zone is +hhmm: " + t);
        }
    }

    /** {@code date-year} is exactly four digits. */
    static void requireYear(String field, int year) {
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException(field + " year " + year + " does not fit date-year (4DIGIT)");
        }
    }

    /** The three-letter English name of month 1..12, as the server writes it ({@code Jan}). */
    static String monthName(int month) {
        return MONTH_NAMES[month - 1];
    }

    /** Parses the 26 characters of the wire form (without DQUOTEs). */
    public static OffsetDateTime parse(String wire) {
        byte[] b = wire.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length != LENGTH) {
            throw new ImapSyntaxException("date-time", Math.min(b.length, LENGTH),
                    LENGTH + " characters", b.length + " characters");
        }
        return parse(b, 0, 0);
    }

    /**
     * Parses {@code b[at..at+26)}, which the caller has checked to be in range. Offsets in
     * errors are {@code index - base}, so they point into the caller's frame.
     */
    static OffsetDateTime parse(byte[] b, int at, int base) {
        int day;
        if (b[at] == ' ') {
            day = digit(b, at + 1, base, "date-day-fixed");
        } else {
            day = twoDigits(b, at, base, "date-day-fixed");
        }
        expect(b, at + 2, '-', base);
        int month = month(b, at + 3, base);
        expect(b, at + 6, '-', base);
        int year = twoDigits(b, at + 7, base, "date-year") * 100 + twoDigits(b, at + 9, base, "date-year");
        expect(b, at + 11, ' ', base);
        int hour = twoDigits(b, at + 12, base, "time");
        expect(b, at + 14, ':', base);
        int minute = twoDigits(b, at + 15, base, "time");
        expect(b, at + 17, ':', base);
        int second = twoDigits(b, at + 18, base, "time");
        expect(b, at + 20, ' ', base);
        int sign = b[at + 21] == '+' ? 1 : b[at + 21] == '-' ? -1 : 0;
        if (sign == 0) {
            throw error(b, at + 21, base, "zone", "'+' or '-'");
        }
        int zoneHours = twoDigits(b, at + 22, base, "zone");
        int zoneMinutes = twoDigits(b, at + 24, base, "zone");
        if (hour > 23 || minute > 59 || second > 59) {
            throw error(b, at + 12, base, "time", "hh:mm:ss within 00:00:00-23:59:59");
        }
        if (zoneMinutes > 59 || zoneHours > 18 || zoneHours == 18 && zoneMinutes > 0) {
            throw error(b, at + 21, base, "zone", "an offset within -1800..+1800");
        }
        try {
            LocalDate date = LocalDate.of(year, month, day);
            ZoneOffset zone = ZoneOffset.ofTotalSeconds(sign * (zoneHours * 3600 + zoneMinutes * 60));
            return OffsetDateTime.of(date.getYear(), month, day, hour, minute, second, 0, zone);
        } catch (DateTimeException e) {
            throw error(b, at, base, "date-time", "a calendar date");
        }
    }

    private static int month(byte[] b, int at, int base) {
        for (int m = 0; m < MONTHS.length; m++) {
            String name = MONTHS[m];
            if (upper(b[at]) == name.charAt(0) && upper(b[at + 1]) == name.charAt(1)
                    && upper(b[at + 2]) == name.charAt(2)) {
                return m + 1;
            }
        }
        throw error(b, at, base, "date-month", "Jan, Feb, ... or Dec");
    }

    private static int upper(byte c) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }

    private static int twoDigits(byte[] b, int at, int base, String rule) {
        return digit(b, at, base, rule) * 10 + digit(b, at + 1, base, rule);
    }

    private static int digit(byte[] b, int at, int base, String rule) {
        int d = b[at] - '0';
        if (d < 0 || d > 9) {
            throw error(b, at, base, rule, "DIGIT");
        }
        return d;
    }

    private static void expect(byte[] b, int at, char c, int base) {
        if (b[at] != c) {
            throw error(b, at, base, "date-time", c == ' ' ? "SP" : "'" + c + "'");
        }
    }

    private static ImapSyntaxException error(byte[] b, int at, int base, String rule, String expected) {
        String found = "'" + Printable.preview(b, at, Math.min(b.length, at + 12), 12) + "'";
        return new ImapSyntaxException(rule, at - base, expected, found);
    }

    private static StringBuilder pad(StringBuilder sb, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s);
    }
}
