package org.imapharness.core.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which ABNF rules the generated commands went through, and how often: rule names of RFC 3501
 * §9 (and of the extension RFCs, prefixed with their number where the name is not unique), so a
 * report can say which branches of the grammar a run exercised and which it never reached.
 */
public final class RuleCoverage {
    /** Every rule a generator can mark; the denominator of the coverage figure. */
    public static final List<String> KNOWN = List.of(
            // commands (§6, §9 command-any / command-auth / command-nonauth / command-select)
            "capability", "noop", "logout", "login", "authenticate", "create", "delete", "examine", "select",
            "rename", "subscribe", "unsubscribe", "list", "lsub", "status", "append", "check", "close",
            "expunge", "copy", "fetch", "store", "search", "uid", "x-command",
            // arguments
            "tag", "atom", "astring", "quoted", "quoted-specials", "literal", "string", "nstring", "mailbox",
            "list-mailbox", "list-wildcards", "sequence-set", "seq-range", "seq-number", "nz-number",
            "flag", "flag-keyword", "flag-extension", "flag-list", "store-att-flags", "date", "date-time",
            "status-att", "fetch-att", "section", "section-spec", "section-part", "section-msgtext",
            "section-text", "header-list", "header-fld-name", "partial", "search-key", "search-key-nested",
            "search-charset", "auth-type",
            // extensions
            "rfc7888-literal-plus", "rfc3516-literal8", "rfc3516-fetch-binary", "rfc2177-idle", "rfc5161-enable",
            "rfc2971-id", "rfc2342-namespace", "rfc3691-unselect", "rfc6851-move", "rfc4315-uid-expunge",
            "rfc4731-search-return-opts", "rfc7162-fetch-modifier", "rfc7162-store-modifier",
            "rfc7162-search-modsequence", "rfc7162-select-param");

    private final Map<String, Long> counts = new TreeMap<>();

    public void mark(String rule) {
        counts.merge(rule, 1L, Long::sum);
    }

    public void addAll(RuleCoverage other) {
        other.counts.forEach((k, v) -> counts.merge(k, v, Long::sum));
    }

    /** Rules reached at least once, with counts, by name. */
    public Map<String, Long> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /** How many of {@link #KNOWN} were reached. */
    public int covered() {
        return (int) KNOWN.stream().filter(counts::containsKey).count();
    }

    /** Known rules never reached (a rule the target lacks the capability for stays here). */
    public List<String> missing() {
        List<String> out = new ArrayList<>();
        for (String r : KNOWN) {
            if (!counts.containsKey(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /** {@code 71/75 rules}: covered over known. */
    public String summary() {
        return covered() + "/" + KNOWN.size() + " rules";
    }
}
