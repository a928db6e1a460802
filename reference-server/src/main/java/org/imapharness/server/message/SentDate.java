package org.imapharness.server.message;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar date of a Date: header (RFC 5322 §3.3) for SENTBEFORE / SENTON / SENTSINCE, which
 * disregard time and zone (RFC 3501 §6.4.4): only day, month and year are read. Accepts the
 * obsolete forms of §4.3 (two-digit years, missing weekday, comments). Empty when unparseable.
 */
public final class SentDate {
    private static final Pattern DATE = Pattern.compile(
            "(?:[A-Za-z]+\\s*,\\s*)?(\\d{1,2})\\s*-?\\s*([A-Za-z]{3})[A-Za-z]*\\.?\\s*-?\\s*(\\d{2,4})(?:\\D|$)");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    private SentDate() {
    }

    public static Optional<LocalDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(value.replaceAll("\\([^)]*\\)", " ").trim());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT));
        if (month < 0 || month % 3 != 0) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += year < 50 ? 2000 : 1900; // RFC 5322 §4.3
        } else if (m.group(3).length() == 3) {
            year += 1900;
        }
        try {
            return Optional.of(LocalDate.of(year, month / 3 + 1, Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
