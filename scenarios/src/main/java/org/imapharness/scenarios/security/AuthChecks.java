package org.imapharness.scenarios.security;

import static org.imapharness.core.scenario.RfcReference.Level.MAY;
import static org.imapharness.core.scenario.RfcReference.Level.MUST;
import static org.imapharness.core.scenario.RfcReference.Level.SHOULD;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * How the server answers wrong credentials (RFC 3501 §6.2.2, §6.2.3, §11; RFC 4959). Invented
 * user names carry most failures, so a run cannot lock the configured account out; the few
 * failures for the real user stay within common free-failure allowances.
 */
final class AuthChecks {
    private AuthChecks() {
    }

    static List<SecurityCheck> all() {
        return List.of(
                new DefinedCheck(CheckInfo.of("auth-uniform-failure", "authentication", SHOULD, "RFC 3501 §11; user enumeration",
                        "unknown users and wrong passwords get the same answer in similar time", "rfc3501-11"),
                        AuthChecks::uniformFailure),
                new DefinedCheck(CheckInfo.of("auth-cancel", "authentication", MUST, "RFC 3501 §6.2.2",
                        "AUTHENTICATE cancelled with \"*\" gets a tagged BAD and leaves the session unauthenticated",
                        "rfc3501-6.2.2"), AuthChecks::cancel),
                new DefinedCheck(CheckInfo.of("auth-sasl-ir", "authentication", MAY, "RFC 4959 §3",
                        "an advertised SASL-IR takes the initial response on the AUTHENTICATE line", "rfc4959-3"),
                        AuthChecks::saslIr),
                new DefinedCheck(CheckInfo.of("auth-failure-not-authenticated", "authentication", MUST, "RFC 3501 §6.2.2, §3",
                        "after a failed AUTHENTICATE the session stays unauthenticated", "rfc3501-6.2.2", "rfc3501-3"),
                        AuthChecks::failureNotAuthenticated),
                new DefinedCheck(CheckInfo.of("auth-failures-throttled", "authentication", SHOULD, "RFC 3501 §11; password guessing",
                        "repeated failed logins are slowed down or locked out", "rfc3501-11"), AuthChecks::throttled));
    }

    static Verdict uniformFailure(SecurityProbe p) throws IOException {
        String unknown = "imap-harness-nouser-" + UUID.randomUUID().toString().substring(0, 8);
        List<Long> unknownMs = new ArrayList<>();
        List<Long> wrongMs = new ArrayList<>();
        String unknownText = null;
        String wrongText = null;
        for (int round = 0; round < 2; round++) {
            Timed a = login(p, unknown, "wrong-" + round);
            Timed b = login(p, p.user().user(), "wrong-" + round + "-" + p.user().password().hashCode());
            unknownMs.add(a.millis);
            wrongMs.add(b.millis);
            unknownText = a.answer;
            wrongText = b.answer;
        }
        long u = Math.max(unknownMs.get(0), unknownMs.get(1));
        long w = Math.max(wrongMs.get(0), wrongMs.get(1));
        String evidence = "unknown user: \"" + unknownText + "\" " + unknownMs + " ms; wrong password: \"" + wrongText
                + "\" " + wrongMs + " ms";
        Verdict v;
        if (!unknownText.equals(wrongText)) {
            v = Verdict.fail("the answers differ, which tells an attacker which user names exist; " + evidence);
        } else if (Math.abs(u - w) > Math.max(250, Math.max(u, w) / 2)) {
            v = Verdict.fail("the answers take clearly different times, which tells user names apart; " + evidence);
        } else {
            v = Verdict.pass(evidence);
        }
        return v.measured("unknown-user-ms", u).measured("wrong-password-ms", w);
    }

    static Verdict cancel(SecurityProbe p) throws IOException {
        try (Wire wire = p.secured()) {
            String tag = p.tag();
            wire.send(tag + " AUTHENTICATE PLAIN\r\n");
            Reply challenge = wire.read();
            if (!challenge.isContinuation()) {
                return Verdict.skip("AUTHENTICATE PLAIN without an initial response got no challenge: " + challenge.brief());
            }
            wire.send("*\r\n");
            Exchange cancelled = wire.collect(tag, p.timeout());
            Exchange select = wire.command(p.tag(), "SELECT INBOX");
            String evidence = "\"*\" got \"" + cancelled.completion().brief() + "\"; then SELECT INBOX got \""
                    + select.completion().brief() + "\"";
            if (select.ok()) {
                return Verdict.fail("the cancelled session is authenticated; " + evidence);
            }
            return "BAD".equals(cancelled.completion().status()) ? Verdict.pass(evidence)
                    : Verdict.fail("the cancellation must be answered with a tagged BAD; " + evidence);
        }
    }

    static Verdict saslIr(SecurityProbe p) throws IOException {
        try (Wire wire = p.secured()) {
            String caps = StartTlsChecks.capabilityLine(wire.command(p.tag(), "CAPABILITY"));
            if (!caps.contains(" SASL-IR") || !caps.contains(" AUTH=PLAIN")) {
                return Verdict.skip("SASL-IR and AUTH=PLAIN are not both advertised: " + caps);
            }
            String tag = p.tag();
            wire.send(tag + " AUTHENTICATE PLAIN " + plain(p.user().user(), p.user().password()) + "\r\n");
            Exchange auth = wire.collect(tag, p.timeout());
            if (auth.completion().isContinuation()) {
                wire.send("*\r\n");
                return Verdict.fail("SASL-IR is advertised but the initial response was answered with a challenge");
            }
            return auth.ok() ? Verdict.pass("AUTHENTICATE PLAIN with an initial response: " + auth.completion().brief())
                    : Verdict.fail("AUTHENTICATE PLAIN with a valid initial response got " + auth.brief());
        }
    }

    static Verdict failureNotAuthenticated(SecurityProbe p) throws IOException {
        try (Wire wire = p.secured()) {
            String tag = p.tag();
            wire.send(tag + " AUTHENTICATE PLAIN\r\n");
            Reply challenge = wire.read();
            if (!challenge.isContinuation()) {
                return Verdict.skip("AUTHENTICATE PLAIN got no challenge: " + challenge.brief());
            }
            wire.send(plain(p.user().user(), "wrong-" + p.user().password().hashCode()) + "\r\n");
            Exchange failed = wire.collect(tag, p.timeout());
            if (failed.ok()) {
                return Verdict.fail("AUTHENTICATE with a wrong password was answered OK: " + failed.brief());
            }
            Exchange select = wire.command(p.tag(), "SELECT INBOX");
            Exchange list = wire.command(p.tag(), "LIST \"\" \"*\"");
            String evidence = "wrong password got \"" + failed.completion().brief() + "\"; SELECT INBOX: \""
                    + select.completion().brief() + "\"; LIST: \"" + list.completion().brief() + "\"";
            return select.ok() || list.ok() ? Verdict.fail("the session acts authenticated; " + evidence)
                    : Verdict.pass(evidence);
        }
    }

    static Verdict throttled(SecurityProbe p) throws IOException {
        String decoy = "imap-harness-guess-" + UUID.randomUUID().toString().substring(0, 8);
        List<Long> millis = new ArrayList<>();
        String last = "";
        for (int attempt = 1; attempt <= 5; attempt++) {
            Timed t = login(p, decoy, "guess-" + attempt);
            millis.add(t.millis);
            last = t.answer;
            if (t.lockedOut) {
                return Verdict.pass("attempt " + attempt + " was refused outright: \"" + t.answer + "\"; times " + millis
                        + " ms").measured("failed-login-max-ms", max(millis));
            }
        }
        String evidence = "5 wrong passwords for an invented user, answer times " + millis + " ms (last: \"" + last + "\")";
        return (max(millis) >= 500 ? Verdict.pass(evidence)
                : Verdict.fail("no attempt was slowed to 500 ms or more, nor refused; " + evidence))
                .measured("failed-login-max-ms", max(millis));
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** A LOGIN on a fresh secured connection; the answer text without its tag, and how long it took. */
    private static Timed login(SecurityProbe p, String user, String password) throws IOException {
        try (Wire wire = p.secured()) {
            String tag = p.tag();
            long start = System.nanoTime();
            Exchange e = wire.command(tag, "LOGIN " + SecurityProbe.quoted(user) + " " + SecurityProbe.quoted(password));
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (e.ok()) {
                throw new IOException("LOGIN as " + user + " with a made-up password succeeded");
            }
            Reply c = e.completion();
            String text = c.isResponse() ? c.text().substring(c.text().indexOf(' ') + 1) : c.text();
            boolean locked = c.isBye() || !c.isResponse() || text.contains("[UNAVAILABLE]");
            return new Timed(text, ms, locked);
        }
    }

    static String plain(String user, String password) {
        return Base64.getEncoder().encodeToString(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8));
    }

    private record Timed(String answer, long millis, boolean lockedOut) {
    }
}
