package org.imapharness.core.engine;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.imapharness.core.scenario.Scenario;

/**
 * Which advertised capabilities the run actually exercised. A capability counts as exercised when
 * a scenario that requires it ({@code requires:}, the {@code cap-} tags) ran to a verdict; a
 * server may advertise an extension no scenario looks at, and a report that stays silent about it
 * would overstate what was checked.
 */
final class CapabilityCoverage {
    static final String ADVERTISED = "imap.capabilities.advertised";
    static final String UNTESTED = "imap.capabilities.untested";
    static final String PRE_LOGIN = "imap.capabilities.pre-login";
    static final String POST_LOGIN = "imap.capabilities.post-login";

    private final Set<String> exercised = new TreeSet<>();
    private boolean anyRan;

    /** Records a scenario that passed or failed (a skipped or errored one exercised nothing). */
    void ran(Scenario scenario) {
        anyRan = true;
        scenario.header().requires().forEach(c -> exercised.add(c.toUpperCase(Locale.ROOT)));
        if (scenario.references().stream().anyMatch(r -> r.rfc() == 3501)) {
            exercised.add("IMAP4REV1");
        }
    }

    boolean anyRan() {
        return anyRan;
    }

    /**
     * The report entries for the run: every advertised capability, those seen before and after
     * login, and the untested ones ({@code none} when all were exercised), space-separated. STARTTLS counts as exercised on a target that requires it,
     * since every connection negotiated it.
     */
    Map<String, String> entries(CapabilityProbe.Advertised advertised, boolean startTlsUsed) {
        Map<String, String> entries = new LinkedHashMap<>();
        if (advertised.problem() != null && advertised.all().isEmpty()) {
            entries.put(ADVERTISED, "unknown (" + advertised.problem() + ")");
            return entries;
        }
        Set<String> done = new TreeSet<>(exercised);
        if (startTlsUsed) {
            done.add("STARTTLS");
        }
        Set<String> untested = new TreeSet<>(advertised.all());
        untested.removeAll(done);
        entries.put(ADVERTISED, String.join(" ", advertised.all()));
        entries.put(PRE_LOGIN, words(advertised.preLogin(), advertised.problem()));
        entries.put(POST_LOGIN, words(advertised.postLogin(), advertised.problem()));
        entries.put(UNTESTED, untested.isEmpty() ? "none" : String.join(" ", untested));
        return entries;
    }

    /** Report entry values must not be blank: an empty set is stated as such, with the reason if known. */
    private static String words(Set<String> capabilities, String problem) {
        if (!capabilities.isEmpty()) {
            return String.join(" ", capabilities);
        }
        return problem == null ? "none" : "unknown (" + problem + ")";
    }
}
