package org.imapharness.reports.model;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section of an RFC that a check enforces, read from a tag such as {@code rfc3501-6.4.5}.
 *
 * @param rfc     the RFC number
 * @param section the section, e.g. {@code 6.4.5}, {@code 9} or {@code 3}
 */
public record RfcSection(int rfc, String section) implements Comparable<RfcSection> {
    private static final Pattern TAG = Pattern.compile("(?i)rfc(\\d{1,5})-([0-9A-Za-z.]+)");

    /** RFCs by number, then sections in numeric order (6.4.10 after 6.4.9). */
    private static final Comparator<RfcSection> ORDER = Comparator.comparingInt(RfcSection::rfc)
            .thenComparing(RfcSection::section, RfcSection::compareSections);

    public RfcSection {
        Objects.requireNonNull(section, "section");
    }

    /** The section a tag names, or empty for any other tag. */
    public static Optional<RfcSection> fromTag(String tag) {
        Matcher m = TAG.matcher(tag);
        return m.matches() ? Optional.of(new RfcSection(Integer.parseInt(m.group(1)), m.group(2))) : Optional.empty();
    }

    /** The section on the RFC Editor's site, where every RFC has {@code #section-N} anchors. */
    public String url() {
        return "https://www.rfc-editor.org/rfc/rfc" + rfc + "#section-" + section;
    }

    /** {@code RFC 3501 §6.4.5}. */
    @Override
    public String toString() {
        return "RFC " + rfc + " §" + section;
    }

    @Override
    public int compareTo(RfcSection other) {
        return ORDER.compare(this, other);
    }

    private static int compareSections(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d{1,9}") && y[i].matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
