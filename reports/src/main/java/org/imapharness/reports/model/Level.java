package org.imapharness.reports.model;

import java.util.Collection;
import java.util.Locale;

/**
 * The requirement level of a check (RFC 2119), strongest first; NONE for checks that name no
 * level (plain unit tests, measurements). "MUST NOT" counts as MUST, as in the scenario headers.
 */
public enum Level {
    MUST, SHOULD, MAY, NONE;

    /** The strongest level among tag names such as {@code MUST} or {@code should}; NONE if none is a level. */
    public static Level strongestOf(Collection<String> tags) {
        Level best = NONE;
        for (String tag : tags) {
            Level level = of(tag);
            if (level.ordinal() < best.ordinal()) {
                best = level;
            }
        }
        return best;
    }

    private static Level of(String tag) {
        return switch (tag.toUpperCase(Locale.ROOT)) {
            case "MUST", "MUST-NOT" -> MUST;
            case "SHOULD", "SHOULD-NOT" -> SHOULD;
            case "MAY" -> MAY;
            default -> NONE;
        };
    }
}
