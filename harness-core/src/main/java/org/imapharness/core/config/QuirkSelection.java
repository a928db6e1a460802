package org.imapharness.core.config;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.imapharness.protocol.codec.Quirk;

/**
 * Which known deviations from RFC 3501 §9 a scenario run tolerates ({@code imap.quirks},
 * {@code --quirks}): {@code none} (the default: the grammar is part of conformance), {@code all},
 * or a comma-separated list of quirk names, written as in {@link Quirk} or in lower case with
 * hyphens ({@code missing-space-before-text}). Tolerated quirks are counted and reported, never
 * silently dropped.
 */
public final class QuirkSelection {
    private QuirkSelection() {
    }

    /**
     * Parses a selection.
     *
     * @throws IllegalArgumentException naming the unknown quirk and listing the known ones
     */
    public static Set<Quirk> parse(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.equalsIgnoreCase("none")) {
            return Set.of();
        }
        if (t.equalsIgnoreCase("all")) {
            return EnumSet.allOf(Quirk.class);
        }
        Set<Quirk> out = EnumSet.noneOf(Quirk.class);
        for (String part : t.split(",")) {
            String name = part.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                out.add(Quirk.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("imap.quirks: unknown quirk '" + part.strip()
                        + "'; expected none, all, or a comma-separated list of " + known());
            }
        }
        return out;
    }

    /** The spelling used in settings and reports: lower case with hyphens. */
    public static String name(Quirk quirk) {
        return quirk.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String known() {
        return Arrays.stream(Quirk.values()).map(QuirkSelection::name).collect(Collectors.joining(", "));
    }
}
