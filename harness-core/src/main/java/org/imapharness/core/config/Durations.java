package org.imapharness.core.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Durations the way people type them on a command line or in a configuration parameter:
 * {@code 500ms}, {@code 20s}, {@code 5m}, {@code 2h}, or several joined ({@code 1m30s}).
 * One parser for the CLI flags and the JUnit configuration, so both accept the same text.
 */
public final class Durations {
    private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile("(\\d+)(ms|s|m|h)");

    private Durations() {
    }

    /**
     * @param name what the value is for, named in the error ({@code --duration}, {@code imap.timeout})
     * @throws IllegalArgumentException naming {@code name}, the text and the expected form
     */
    public static Duration parse(String name, String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher m = PART.matcher(t);
        Duration total = Duration.ZERO;
        int end = 0;
        while (m.find() && m.start() == end) {
            long amount = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            });
            end = m.end();
        }
        if (t.isEmpty() || end != t.length()) {
            throw new IllegalArgumentException(name + ": expected a duration such as 500ms, 20s, 5m or 1m30s, found \""
                    + text + "\"");
        }
        return total;
    }

    /** The shortest of these forms that says {@code d} exactly, for summaries and reports. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0 && ms > 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0 && ms > 0) {
            return ms / 60_000 + "m";
        }
        if (ms % 1000 == 0) {
            return ms / 1000 + "s";
        }
        return ms + "ms";
    }
}
