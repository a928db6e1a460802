package org.imapharness.scenarios;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.imapharness.core.engine.CouldNotRunError;
import org.imapharness.core.engine.ImapScenarioEngine;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultDetection;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The detection score of the conformance scenarios (DESIGN.md §6): each fault switch of the
 * reference server must make at least one scenario fail that passes on the correct server. The
 * scenarios run are those tagged for the rule the fault breaks (a short map, so the test stays
 * well under a minute); the faults these suites cannot see by nature are listed with the suite
 * that catches them, and the test fails as soon as one of them is caught here too, so the list
 * never goes stale in either direction.
 */
class FaultDetectionIT {
    private static final List<String> SUITES = List.of("scenarios.rfc3501", "scenarios.extensions");

    /**
     * Tag expressions (JUnit syntax) of the scenarios that check the rule each fault breaks; every
     * fault needs an entry, so a new fault switch cannot go unmeasured.
     */
    private static final Map<Fault, String> CHECKED_BY = new EnumMap<>(Map.ofEntries(
            entry(Fault.EXPUNGE_NO_DECREMENT, "rfc3501-7.4.1 | rfc3501-6.4.3"),
            entry(Fault.UID_REUSE, "rfc3501-2.3.1.1"),
            entry(Fault.UIDNEXT_STALE, "rfc3501-2.3.1.1"),
            entry(Fault.UIDVALIDITY_REUSED, "rfc3501-2.3.1.1"),
            entry(Fault.FLAG_UPDATE_NOT_BROADCAST, "rfc3501-5.2"),
            entry(Fault.EXISTS_NOT_SENT, "rfc3501-5.2"),
            entry(Fault.IDLE_NO_EXISTS, "cap-IDLE"),
            entry(Fault.EXPUNGE_DURING_FETCH, "rfc3501-7.4.1"),
            entry(Fault.CLOSE_EXPUNGE_SENDS_EXPUNGE, "rfc3501-6.4.2"),
            entry(Fault.PEEK_SETS_SEEN, "rfc3501-6.4.5"),
            entry(Fault.PARTIAL_OFF_BY_ONE, "rfc3501-6.4.5"),
            entry(Fault.BODYSTRUCTURE_MULTIPART_WRONG, "rfc3501-2.3.6"),
            entry(Fault.SEARCH_SINCE_EXCLUSIVE, "rfc3501-6.4.4"),
            entry(Fault.SEARCH_NOT_CASE_INSENSITIVE, "rfc3501-6.4.4"),
            entry(Fault.MODSEQ_NOT_INCREASED, "cap-CONDSTORE"),
            entry(Fault.LITERAL_NO_CONTINUATION, "rfc3501-7.5"),
            entry(Fault.QUOTED_ESCAPE_IGNORED, "rfc3501-4.3"),
            entry(Fault.LITERAL_COUNT_OFF_BY_ONE, "rfc3501-4.3 | rfc3501-7.5"),
            entry(Fault.LITERAL_PLUS_WAITS, "rfc7888-3"),
            entry(Fault.STARTTLS_KEEPS_PIPELINED, "rfc3501-6.2.1 | rfc3501-11.1"),
            entry(Fault.CAPABILITY_NOT_REISSUED_AFTER_TLS, "rfc3501-6.2.1 | rfc3501-6.1.1"),
            entry(Fault.LOGIN_BEFORE_TLS, "rfc3501-6.2.3 | rfc3501-11.2"),
            entry(Fault.NO_THROTTLE, "rfc3501-6.2.3"),
            entry(Fault.TLS_LEGACY_ALLOWED, "rfc3501-6.2.1 | rfc3501-11.1"),
            entry(Fault.TLS_WEAK_CIPHERS, "rfc3501-6.2.1 | rfc3501-11.1"),
            entry(Fault.STARTTLS_IN_TLS_ALLOWED, "rfc3501-6.2.1 | cap-STARTTLS"),
            entry(Fault.STARTTLS_AFTER_LOGIN_ALLOWED, "rfc3501-6.2.1 | rfc3501-3 | cap-STARTTLS"),
            entry(Fault.AUTH_REVEALS_UNKNOWN_USER, "rfc3501-6.2.2 | rfc3501-6.2.3"),
            entry(Fault.AUTHENTICATE_CANCEL_IGNORED, "rfc3501-6.2.2"),
            entry(Fault.SASL_IR_IGNORED, "cap-SASL-IR | rfc3501-6.2.2"),
            entry(Fault.AUTH_FAILURE_AUTHENTICATES, "rfc3501-6.2.2 | rfc3501-6.2.3"),
            entry(Fault.RESPONSE_TEXT_UNSANITIZED, "rfc3501-7.1.3 | rfc3501-9"),
            entry(Fault.TAG_UNCHECKED, "rfc3501-7.1.3 | rfc3501-9"),
            entry(Fault.NO_LINE_LIMIT, "rfc3501-7.5 | rfc7888-3"),
            entry(Fault.LITERAL_SIZE_UNCHECKED, "rfc3501-7.5 | rfc7888-3"),
            entry(Fault.LITERAL_SIZE_WRAPS, "rfc3501-7.5 | rfc7888-3"),
            entry(Fault.DEEP_NESTING_UNANSWERED, "rfc3501-6.4.4"),
            entry(Fault.PIPELINE_OVERFLOW_DROPPED, "rfc3501-5.5"),
            // Mailbox and session commands (faults-a).
            entry(Fault.LIST_PERCENT_CROSSES_DELIMITER, "rfc3501-6.3.8 | rfc3501-6.3.9"),
            entry(Fault.LIST_OMITS_NOSELECT, "rfc3501-6.3.8"),
            entry(Fault.LSUB_LISTS_UNSUBSCRIBED, "rfc3501-6.3.9 | rfc3501-6.3.7"),
            entry(Fault.CREATE_EXISTING_OK, "rfc3501-6.3.3"),
            entry(Fault.DELETE_REMOVES_INFERIORS, "rfc3501-6.3.4"),
            entry(Fault.DELETE_UNSUBSCRIBES, "rfc3501-6.3.6 | rfc3501-6.3.4"),
            entry(Fault.RENAME_INBOX_DELETES_INBOX, "rfc3501-6.3.5"),
            entry(Fault.SELECT_UNSEEN_COUNT, "rfc3501-6.3.1"),
            entry(Fault.EXAMINE_READ_WRITE, "rfc3501-6.3.2"),
            entry(Fault.EXAMINE_FETCH_SETS_SEEN, "rfc3501-6.3.2"),
            entry(Fault.STATUS_UNSEEN_FIRST_NUMBER, "rfc3501-6.3.10"),
            entry(Fault.APPEND_FLAGS_DROPPED, "rfc3501-6.3.11"),
            entry(Fault.APPEND_NO_TRYCREATE, "rfc3501-6.3.11"),
            entry(Fault.COPY_FLAGS_DROPPED, "rfc3501-6.4.7"),
            entry(Fault.CLOSE_EXPUNGES_READ_ONLY, "rfc3501-6.4.2 | rfc3501-6.3.2"),
            entry(Fault.DELETE_NOSELECT_PARENT_OK, "rfc3501-6.3.4"),
            entry(Fault.UNSUBSCRIBE_REMOVES_INFERIORS, "rfc3501-6.3.7"),
            entry(Fault.STATUS_CLEARS_RECENT, "rfc3501-6.3.10"),
            entry(Fault.LOGOUT_NO_BYE, "rfc3501-6.1.3"),
            // FETCH data, SEARCH and the extensions (faults-b).
            entry(Fault.ENVELOPE_SENDER_NOT_DEFAULTED, "rfc3501-2.3.5 | rfc3501-7.4.2"),
            entry(Fault.RFC822_SIZE_BARE_LF, "rfc3501-2.3.4"),
            entry(Fault.HEADER_FIELDS_CASE_SENSITIVE, "rfc3501-6.4.5"),
            entry(Fault.BODY_TEXT_WITH_BLANK_LINE, "rfc3501-6.4.5"),
            entry(Fault.MIME_HEADER_WITHOUT_BLANK_LINE, "rfc3501-6.4.5"),
            entry(Fault.PARTIAL_BEYOND_END_NIL, "rfc3501-6.4.5"),
            entry(Fault.SEARCH_SIZE_INCLUSIVE, "rfc3501-6.4.4"),
            entry(Fault.SEARCH_HEADER_WHOLE_VALUE, "rfc3501-6.4.4"),
            entry(Fault.SEARCH_DATE_USES_SENT_DATE, "rfc3501-6.4.4"),
            entry(Fault.UID_RANGE_STAR_EMPTY, "rfc3501-6.4.8"),
            entry(Fault.APPENDUID_NEXT_UID, "cap-UIDPLUS"),
            entry(Fault.MOVE_NO_EXPUNGE, "cap-MOVE"),
            entry(Fault.ESEARCH_UID_MISSING, "cap-ESEARCH"),
            entry(Fault.ENABLE_LISTS_UNKNOWN, "cap-ENABLE"),
            entry(Fault.UNSELECT_EXPUNGES, "cap-UNSELECT"),
            entry(Fault.COPYUID_SOURCE_UIDVALIDITY, "cap-UIDPLUS"),
            entry(Fault.BODY_LINES_OFF_BY_ONE, "rfc3501-2.3.6 | rfc3501-7.4.2"),
            entry(Fault.SEARCH_NOT_TAKES_REST, "rfc3501-6.4.4"),
            entry(Fault.BINARY_SIZE_ENCODED, "cap-BINARY"),
            entry(Fault.VANISHED_WITHOUT_EARLIER, "cap-QRESYNC"),
            entry(Fault.NAMESPACE_DELIMITER_MISMATCH, "cap-NAMESPACE"),
            // Rules checked before any fault showed they can fail (faults-c).
            entry(Fault.SEARCH_BADCHARSET_OK, "rfc3501-6.4.4"),
            entry(Fault.COPY_NO_TRYCREATE, "rfc3501-6.4.7"),
            entry(Fault.STORE_SILENT_SENDS_FETCH, "rfc3501-6.4.6"),
            entry(Fault.STORE_READ_ONLY_APPLIED, "rfc3501-6.3.2 | rfc3501-6.4.6"),
            entry(Fault.FETCH_BEYOND_EXISTS_OK, "rfc3501-9"),
            entry(Fault.CHECK_REFUSED, "rfc3501-6.4.1"),
            entry(Fault.FAILED_SELECT_KEEPS_SELECTED, "rfc3501-6.3.1"),
            entry(Fault.RENAME_EXISTING_OK, "rfc3501-6.3.5"),
            entry(Fault.ID_NIL_REFUSED, "cap-ID"),
            entry(Fault.APPEND_DATE_ZONE_DROPPED, "rfc3501-2.3.3"),
            entry(Fault.LITERAL_MINUS_UNCHECKED, "cap-LITERAL-"),
            // LIST-EXTENDED and LIST-STATUS (listext).
            entry(Fault.LIST_SUBSCRIBED_SELECTS_ALL, "cap-LIST-EXTENDED"),
            entry(Fault.LIST_SUBSCRIBED_OMITS_NONEXISTENT, "cap-LIST-EXTENDED"),
            entry(Fault.LIST_RECURSIVEMATCH_WITH_REMOTE_ONLY, "cap-LIST-EXTENDED"),
            entry(Fault.LIST_CHILDINFO_MISSING, "cap-LIST-EXTENDED"),
            entry(Fault.LIST_RETURN_CHILDREN_IGNORED, "cap-LIST-EXTENDED"),
            entry(Fault.LIST_STATUS_OTHER_MAILBOX, "cap-LIST-STATUS")));

    /**
     * Server options a fault needs to show: a rule of LITERAL- (RFC 7888 §4) can only break on a
     * server that offers it, and the default embedded server offers LITERAL+. The baseline runs
     * these scenarios on such a server too.
     */
    private static final Map<Fault, String> SERVER_OPTIONS = Map.of(Fault.LITERAL_MINUS_UNCHECKED, "literal=minus");

    private static final String PLAINTEXT_PHASE = "plaintext phase before STARTTLS: the security suite";
    private static final String TLS_LAYER = "TLS versions and ciphers, below IMAP: the security suite";
    private static final String HOSTILE_INPUT = "limits under hostile input: the security and fuzz suites";

    /**
     * Faults the conformance scenarios cannot catch by nature, and who does. The embedded target
     * is reached over implicit TLS (RFC 8314), so no scenario sees the plaintext phase the
     * STARTTLS faults break; TLS parameters and resource limits under hostile input are below or
 * beyond what a well-formed scenario exercises; response text is never matched (the language
 * compares parsed items only); a scenario has no clock to judge delays; and the untagged responses
     * of one command match in any order (RFC 3501 leaves it free), while EXPUNGEs numbered
     * without decrementing, read in any order, are the same numbers a correct server sends when
     * it expunges from the top down.
     */
    private static final Map<Fault, String> NOT_CATCHABLE_HERE = new EnumMap<>(Map.ofEntries(
            entry(Fault.EXPUNGE_NO_DECREMENT, "order of EXPUNGE responses: the sync suite (SyncFaultsIT)"),
            entry(Fault.STARTTLS_KEEPS_PIPELINED, PLAINTEXT_PHASE),
            entry(Fault.CAPABILITY_NOT_REISSUED_AFTER_TLS, PLAINTEXT_PHASE),
            entry(Fault.LOGIN_BEFORE_TLS, PLAINTEXT_PHASE),
            entry(Fault.NO_THROTTLE, "timing of repeated failed logins: the security suite"),
            entry(Fault.TLS_LEGACY_ALLOWED, TLS_LAYER),
            entry(Fault.TLS_WEAK_CIPHERS, TLS_LAYER),
            entry(Fault.STARTTLS_IN_TLS_ALLOWED, "STARTTLS over implicit TLS: the security suite"),
            entry(Fault.STARTTLS_AFTER_LOGIN_ALLOWED, PLAINTEXT_PHASE),
            entry(Fault.TAG_UNCHECKED, "malformed tags (no scenario sends one yet): the security suite"),
            entry(Fault.AUTH_REVEALS_UNKNOWN_USER, "response text and timing, never matched here: the security suite"),
            entry(Fault.RESPONSE_TEXT_UNSANITIZED, "response text, never matched here: the security suite"),
            entry(Fault.NO_LINE_LIMIT, HOSTILE_INPUT),
            entry(Fault.LITERAL_SIZE_UNCHECKED, HOSTILE_INPUT),
            entry(Fault.LITERAL_SIZE_WRAPS, HOSTILE_INPUT),
            entry(Fault.DEEP_NESTING_UNANSWERED, HOSTILE_INPUT),
            entry(Fault.PIPELINE_OVERFLOW_DROPPED, HOSTILE_INPUT)));

    @Test
    void everyCatchableFaultFailsAScenarioThatPassesOnTheCorrectServer() {
        Set<Fault> unmapped = EnumSet.complementOf(EnumSet.copyOf(CHECKED_BY.keySet()));
        assertEquals(Set.of(), unmapped, "map each new fault to the tags of the scenarios that check its rule");
        Set<String> baseline = passing(run("embedded", String.join(" | ", CHECKED_BY.values())));
        SERVER_OPTIONS.forEach((fault, option) ->
                baseline.addAll(passing(run("embedded?" + option, CHECKED_BY.get(fault)))));
        Set<Fault> caught = EnumSet.noneOf(Fault.class);
        List<String> lines = new ArrayList<>();
        for (Fault fault : Fault.values()) {
            String option = SERVER_OPTIONS.containsKey(fault) ? "&" + SERVER_OPTIONS.get(fault) : "";
            Set<String> failing = failing(run("embedded?fault=" + fault.cliName() + option, CHECKED_BY.get(fault)));
            failing.retainAll(baseline);
            if (!failing.isEmpty()) {
                caught.add(fault);
            }
            lines.add(String.format("  %-34s %s", fault.cliName(), failing.isEmpty()
                    ? "not caught" + (NOT_CATCHABLE_HERE.containsKey(fault) ? " (" + NOT_CATCHABLE_HERE.get(fault) + ")" : "")
                    : "caught by " + String.join(" ", failing)));
        }
        System.out.printf("fault detection (conformance scenarios): %d/%d caught%n%s%n", caught.size(),
                Fault.values().length, String.join("\n", lines));
        // FAULTS.md credits these scenarios with exactly what they catch, and the reasons below cover the rest.
        Set<Fault> expected = FaultDetection.caughtBy(FaultDetection.Suite.CONFORMANCE);
        assertEquals(EnumSet.complementOf(EnumSet.copyOf(expected)), NOT_CATCHABLE_HERE.keySet());
        assertEquals(expected, caught, String.join("\n", lines));
    }

    private static List<Event> run(String target, String tags) {
        return EngineTestKit.engine(ImapScenarioEngine.ID)
                .configurationParameter("imap.target", target)
                .selectors(SUITES.stream().map(s -> selectPackage(s)).toArray(DiscoverySelector[]::new))
                .filters(TagFilter.includeTags(tags))
                .execute().testEvents().finished().list();
    }

    private static Set<String> passing(List<Event> finished) {
        Set<String> names = new TreeSet<>();
        for (Event e : finished) {
            if (result(e).getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                names.add(e.getTestDescriptor().getLegacyReportingName());
            }
        }
        return names;
    }

    /** Scenarios that FAILED: a verdict against the server, not a run the harness could not make. */
    private static Set<String> failing(List<Event> finished) {
        Set<String> names = new TreeSet<>();
        for (Event e : finished) {
            TestExecutionResult r = result(e);
            if (r.getStatus() == TestExecutionResult.Status.FAILED
                    && !(r.getThrowable().orElse(null) instanceof CouldNotRunError)) {
                names.add(e.getTestDescriptor().getLegacyReportingName());
            }
        }
        return names;
    }

    private static TestExecutionResult result(Event e) {
        return e.getPayload(TestExecutionResult.class).orElseThrow();
    }
}
