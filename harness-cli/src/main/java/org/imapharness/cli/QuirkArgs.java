package org.imapharness.cli;

import java.util.Map;
import org.imapharness.core.config.QuirkSelection;
import picocli.CommandLine.Option;

/**
 * {@code --quirks LIST}: known deviations from RFC 3501 §9 the scenario suites tolerate ({@code @Mixin}).
 * Tolerated quirks are counted in the summary and the reports instead of failing every scenario
 * they occur in, so a server with one grammar habit is judged on the rest.
 */
final class QuirkArgs {

    @Option(names = "--quirks", paramLabel = "LIST", defaultValue = "none",
            description = "Grammar deviations to tolerate and count instead of failing on: none (default), all, "
                    + "or names such as missing-space-before-text,trailing-space.")
    String quirks;

    /** Adds {@code imap.quirks} unless strict; a name that is not a quirk is a usage problem. */
    void putInto(Map<String, String> parameters) {
        try {
            if (!QuirkSelection.parse(quirks).isEmpty()) {
                parameters.put("imap.quirks", quirks);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageProblem("--quirks: " + e.getMessage().replaceFirst("^imap\\.quirks: ", ""));
        }
    }
}
