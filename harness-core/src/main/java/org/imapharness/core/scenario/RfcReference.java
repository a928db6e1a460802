package org.imapharness.core.scenario;

import java.util.Objects;

/**
 * The requirement a scenario checks: an RFC, a section and the requirement level (RFC 2119), as
 * in {@code rfc: 3501 6.4.5 MUST}. "MUST NOT" and "SHOULD NOT" are the MUST and SHOULD levels.
 *
 * @param rfc     the RFC number, e.g. 3501
 * @param section the section, e.g. {@code 6.4.5} or {@code 9}
 * @param level   how strong the requirement is
 */
public record RfcReference(int rfc, String section, Level level) {

    /** Requirement levels, strongest first. */
    public enum Level { MUST, SHOULD, MAY }

    public RfcReference {
        if (rfc < 1) {
            throw new IllegalArgumentException("RFC number must be positive: " + rfc);
        }
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(level, "level");
    }

    /** For reports and tags: {@code RFC 3501 §6.4.5 MUST}. */
    @Override
    public String toString() {
        return "RFC " + rfc + " §" + section + " " + level;
    }
}
