package org.imapharness.scenarios.security;

import static org.imapharness.core.scenario.RfcReference.Level.MUST;
import static org.imapharness.core.scenario.RfcReference.Level.SHOULD;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;

/**
 * Hostile sizes (RFC 3501 §9 number range, RFC 7888 §4 and RFC 4469 TOOBIG, resource exhaustion):
 * the server must answer (BAD, NO, or BYE), and a second connection must still be served. The
 * ones that make the server work hard are harsh: opt-in only.
 */
final class LimitChecks {
    private LimitChecks() {
    }

    static List<SecurityCheck> all() {
        return List.of(
                // SELECT, not NOOP: its argument must be read whole, so only a server that buffered the
                // line can answer it as a mailbox name (NO nonexistent); a bounded one says BAD or BYE.
                new DefinedCheck(CheckInfo.of("limit-long-line", "limits", SHOULD, "RFC 3501 §9; RFC 7888 §4; memory exhaustion",
                        "a 1 MiB command line is refused as too long, not read whole and executed; the server stays up",
                        "rfc3501-9", "rfc7888-4"),
                        p -> judge(p, p.loggedIn(), "t", "t SELECT " + "a".repeat(1 << 20) + "\r\n",
                                LimitChecks::executed, "the server read the whole 1 MiB line and executed it")),
                new DefinedCheck(CheckInfo.of("limit-literal-never-sent", "limits", SHOULD, "RFC 3501 §7.5; RFC 7888 §4; RFC 4469 TOOBIG",
                        "APPEND announcing a 4,000,000,000-byte literal is refused at once", "rfc3501-7.5", "rfc7888-4"),
                        p -> judge(p, p.loggedIn(), "t", "t APPEND INBOX {4000000000}\r\n",
                                e -> e.completion().isContinuation() || e.ok(), "the server said it would take the data")),
                new DefinedCheck(CheckInfo.of("limit-literal-overflow", "limits", MUST, "RFC 3501 §9 (number is 32-bit)",
                        "literal sizes of 2^32 and 2^64+1 are syntax errors, never wrapped into a continuation",
                        "rfc3501-9"), LimitChecks::overflow),
                new DefinedCheck(CheckInfo.of("limit-deep-nesting", "limits", SHOULD, "RFC 3501 §9; stack exhaustion",
                        "SEARCH with 5,000 nested parentheses is answered and the server stays up", "rfc3501-9"),
                        p -> answered(p, selected(p), "t SEARCH " + "(".repeat(5000) + "ALL" + ")".repeat(5000) + "\r\n")),
                new DefinedCheck(CheckInfo.of("limit-pipelined-flood", "limits", SHOULD, "RFC 3501 §5.5; resource exhaustion",
                        "5,000 pipelined NOOPs in one write are all answered or cut off with BYE", "rfc3501-5.5"),
                        LimitChecks::flood),
                new DefinedCheck(CheckInfo.of("limit-huge-sequence-set", "limits", SHOULD, "RFC 3501 §9 sequence-set; CPU exhaustion",
                        "FETCH with a 1 MiB sequence set is answered and the server stays up", "rfc3501-9")
                        .harshOnly(), p -> answered(p, selected(p), "t FETCH " + sequenceSet(1 << 20) + " FLAGS\r\n")),
                new DefinedCheck(CheckInfo.of("limit-search-blowup", "limits", SHOULD, "RFC 3501 §6.4.4; CPU exhaustion",
                        "SEARCH with 3,000 chained ORs of TEXT keys is answered and the server stays up", "rfc3501-6.4.4")
                        .harshOnly(), p -> answered(p, selected(p), "t SEARCH " + "OR TEXT x ".repeat(3000) + "ALL\r\n")));
    }

    /** {@link #judge} for payloads tagged {@code t} where any answer will do. */
    private static Verdict answered(SecurityProbe p, Wire wire, String payload) throws IOException {
        return judge(p, wire, "t", payload, e -> false, "");
    }

    /**
     * Sends {@code payload}, waits for tag {@code tag}'s answer, then asks a second connection.
     * An answer that {@code taken} accepts fails with {@code takenProblem}: the server took what it should refuse.
     */
    static Verdict judge(SecurityProbe p, Wire wire, String tag, String payload, Predicate<Exchange> taken,
                         String takenProblem) throws IOException {
        String sent = payload.length() > 80 ? payload.substring(0, 40) + "...(" + payload.length() + " bytes)"
                : payload.strip();
        Exchange answer;
        long start = System.nanoTime();
        try (wire) {
            try {
                wire.send(payload);
                answer = wire.collect(tag, p.timeout().multipliedBy(3));
            } catch (Wire.WriteStalled e) {
                answer = new Exchange(List.of(), new Reply(Reply.Kind.CLOSED, "(the server stopped reading mid-command)"));
            } catch (Budget.BudgetExceeded e) {
                throw e;
            } catch (IOException e) {
                // Closed or reset under a write that was still going: the server cut us off.
                answer = new Exchange(List.of(), new Reply(Reply.Kind.CLOSED, "(connection ended while sending: "
                        + e.getMessage() + ")"));
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        String alive = p.aliveProblem();
        String evidence = "sent \"" + sent + "\": " + answer.brief() + " after " + ms + " ms";
        Verdict v;
        if (alive != null) {
            v = Verdict.fail("the server is no longer serving: " + alive + "; " + evidence);
        } else if (answer.completion().kind() == Reply.Kind.TIMEOUT && !untaggedRefusal(answer)) {
            v = Verdict.fail("no answer within " + p.timeout().multipliedBy(3).toSeconds() + " s; " + evidence);
        } else if (taken.test(answer)) {
            v = Verdict.fail(takenProblem + "; " + evidence);
        } else {
            v = Verdict.pass(evidence + "; a second connection was served");
        }
        return v.measured("answer-ms", ms);
    }

    /** Carried out as a command: OK, or NO for a reason other than its size (TOOBIG, LIMIT). */
    private static boolean executed(Exchange e) {
        Reply r = e.completion();
        if (!r.isResponse() || r.isBye() || r.isContinuation()) {
            return false;
        }
        return e.ok() || "NO".equals(r.status()) && !r.text().contains("[TOOBIG]") && !r.text().contains("[LIMIT]");
    }

    /** An untagged BAD or NO: how a server answers a command whose tag it could not read (§7.1.3). */
    private static boolean untaggedRefusal(Exchange e) {
        return e.untagged().stream().anyMatch(r -> r.text().startsWith("* BAD") || r.text().startsWith("* NO"));
    }

    static Verdict overflow(SecurityProbe p) throws IOException {
        StringBuilder evidence = new StringBuilder();
        for (String size : new String[] {"4294967296", "18446744073709551617"}) {
            try (Wire wire = p.greeted(p.secure())) {
                wire.send("t LOGIN {" + size + "}\r\n");
                Exchange e = wire.collect("t", p.timeout());
                evidence.append("{").append(size).append("}: ").append(e.brief()).append("; ");
                if (e.completion().isContinuation()) {
                    return Verdict.fail("a literal size over 2^32-1 got a continuation request, so the size was "
                            + "misread; " + evidence);
                }
                if (!e.answered()) {
                    return Verdict.fail("no answer; " + evidence);
                }
            }
        }
        String alive = p.aliveProblem();
        return alive == null ? Verdict.pass(evidence.toString().strip())
                : Verdict.fail("the server is no longer serving: " + alive + "; " + evidence);
    }

    static Verdict flood(SecurityProbe p) throws IOException {
        int count = 5000;
        StringBuilder batch = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            batch.append('f').append(i).append(" NOOP\r\n");
        }
        long start = System.nanoTime();
        Exchange last;
        try (Wire wire = p.loggedIn()) {
            wire.send(batch.toString());
            last = wire.collect("f" + count, p.timeout().multipliedBy(3));
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        String evidence = count + " NOOPs in one write: " + last.untagged().size() + " responses before \""
                + last.completion().brief() + "\" after " + ms + " ms";
        String alive = p.aliveProblem();
        if (alive != null) {
            return Verdict.fail("the server is no longer serving: " + alive + "; " + evidence);
        }
        return (last.completion().kind() == Reply.Kind.TIMEOUT ? Verdict.fail("the server went silent; " + evidence)
                : Verdict.pass(evidence)).measured("flood-ms", ms);
    }

    private static Wire selected(SecurityProbe p) throws IOException {
        Wire wire = p.loggedIn();
        Exchange select = wire.command(p.tag(), "SELECT INBOX");
        if (!select.ok()) {
            wire.close();
            throw new IOException("SELECT INBOX failed: " + select.brief());
        }
        return wire;
    }

    /** {@code 1,3,5,...} up to about {@code bytes} long: disjoint numbers, so no range collapses it. */
    private static String sequenceSet(int bytes) {
        StringBuilder s = new StringBuilder("1");
        for (int n = 3; s.length() < bytes; n += 2) {
            s.append(',').append(n);
        }
        return s.toString();
    }

}
