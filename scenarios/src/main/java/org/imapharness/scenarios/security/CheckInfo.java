package org.imapharness.scenarios.security;

import java.util.List;
import java.util.Objects;
import org.imapharness.core.scenario.RfcReference.Level;

/**
 * What a security check is about, for tags and reports.
 *
 * @param id       stable kebab-case name, e.g. {@code starttls-injection}; the test's unique id
 * @param title    one line saying what is checked
 * @param family   transport, authentication, limits, injection or session
 * @param level    how strong the rule is; attack classes no RFC keyword covers are SHOULD
 * @param tags     RFC tags such as {@code rfc3501-6.2.1} (the same form the scenario engine uses)
 * @param cites    human-readable reference: RFC sections and the attack or CVE covered
 * @param harsh    may load or upset a production server; runs only with {@code imap.security.harsh=true}
 * @param waits    spends its time waiting for the server's own timers (a minute or more) on one
 *                 connection and loads nothing, so it runs alongside the other checks
 */
public record CheckInfo(String id, String title, String family, Level level, List<String> tags, String cites,
                        boolean harsh, boolean waits) {
    public CheckInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(level, "level");
        tags = List.copyOf(tags);
        Objects.requireNonNull(cites, "cites");
    }

    static CheckInfo of(String id, String family, Level level, String cites, String title, String... tags) {
        return new CheckInfo(id, title, family, level, List.of(tags), cites, false, false);
    }

    CheckInfo harshOnly() {
        return new CheckInfo(id, title, family, level, tags, cites, true, waits);
    }

    CheckInfo waitsForTimers() {
        return new CheckInfo(id, title, family, level, tags, cites, harsh, true);
    }
}
