package org.imapharness.scenarios.security;

import static org.imapharness.core.scenario.RfcReference.Level.MUST;
import static org.imapharness.core.scenario.RfcReference.Level.SHOULD;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** STARTTLS and plaintext authentication on the port that greets in the clear (RFC 3501 §6.2.1, §6.2.3, §11). */
final class StartTlsChecks {
    private static final String NO_STARTTLS_PORT = "no STARTTLS port to check: give imap://host:143 as imap.target "
            + "or imap.security.second-target";

    private StartTlsChecks() {
    }

    static List<SecurityCheck> all() {
        return List.of(
                new DefinedCheck(CheckInfo.of("starttls-injection", "transport", MUST,
                        "RFC 3501 §6.2.1, §11.1; CVE-2011-0411, CVE-2021-38542",
                        "plaintext pipelined after STARTTLS is discarded, not executed inside TLS",
                        "rfc3501-6.2.1", "rfc3501-11.1"), StartTlsChecks::injection),
                new DefinedCheck(CheckInfo.of("starttls-capabilities-reissued", "transport", SHOULD,
                        "RFC 3501 §6.2.1", "after STARTTLS, CAPABILITY no longer lists STARTTLS or LOGINDISABLED",
                        "rfc3501-6.2.1"), StartTlsChecks::capabilitiesAfterTls),
                new DefinedCheck(CheckInfo.of("starttls-refused-in-tls", "transport", SHOULD, "RFC 3501 §6.2.1",
                        "STARTTLS is refused when TLS is already active", "rfc3501-6.2.1"), StartTlsChecks::refusedInTls),
                new DefinedCheck(CheckInfo.of("starttls-refused-after-login", "transport", MUST, "RFC 3501 §6.2.1, §3",
                        "STARTTLS is refused in the authenticated state", "rfc3501-6.2.1", "rfc3501-3"),
                        StartTlsChecks::refusedAfterLogin),
                new DefinedCheck(CheckInfo.of("plaintext-login-refused", "transport", SHOULD, "RFC 3501 §6.2.3, §11.2",
                        "before TLS on the plaintext port: LOGINDISABLED advertised, LOGIN and AUTHENTICATE PLAIN refused",
                        "rfc3501-6.2.3", "rfc3501-11.2"), StartTlsChecks::plaintextLoginRefused));
    }

    /** One write: STARTTLS and a NOOP behind it. The NOOP must never be answered, in the clear or in TLS. */
    static Verdict injection(SecurityProbe p) throws IOException {
        Optional<Endpoint> endpoint = p.startTls();
        if (endpoint.isEmpty()) {
            return Verdict.skip(NO_STARTTLS_PORT);
        }
        try (Wire wire = p.greeted(endpoint.get())) {
            String start = p.tag();
            String smuggled = p.tag();
            wire.send(start + " STARTTLS\r\n" + smuggled + " NOOP\r\n");
            Exchange ok = wire.collect(start, p.timeout());
            if (ok.untaggedContains(smuggled + " ")) {
                return Verdict.fail("the NOOP pipelined behind STARTTLS was answered in the clear: " + ok.brief());
            }
            if (!ok.ok()) {
                return Verdict.skip("STARTTLS was not accepted (" + ok.brief() + "), so there is nothing to inject into");
            }
            try {
                wire.startTls();
            } catch (IOException e) {
                // The smuggled bytes reached the TLS layer as a malformed record: discarded, not executed.
                return Verdict.pass("sent \"" + start + " STARTTLS\\r\\n" + smuggled + " NOOP\\r\\n\" in one write; "
                        + "the server read the plaintext NOOP as TLS data and ended the handshake (" + e.getMessage()
                        + "), so nothing was executed");
            }
            if (wire.plaintextAfterStartTls().contains(smuggled)) {
                return Verdict.fail("after its STARTTLS OK the server answered the smuggled NOOP in the clear: "
                        + wire.plaintextAfterStartTls().strip());
            }
            String probe = p.tag();
            Exchange after = wire.command(probe, "NOOP");
            if (after.untaggedContains(smuggled + " ")) {
                return Verdict.fail("plaintext sent before the handshake (\"" + smuggled + " NOOP\") was executed "
                        + "inside TLS: " + after.brief());
            }
            return Verdict.pass("sent \"" + start + " STARTTLS\\r\\n" + smuggled + " NOOP\\r\\n\" in one write; "
                    + "only STARTTLS was answered, and inside TLS the next NOOP got: " + after.brief());
        }
    }

    static Verdict capabilitiesAfterTls(SecurityProbe p) throws IOException {
        Optional<Endpoint> endpoint = p.startTls();
        if (endpoint.isEmpty()) {
            return Verdict.skip(NO_STARTTLS_PORT);
        }
        try (Wire wire = p.greeted(endpoint.get())) {
            Exchange before = wire.command(p.tag(), "CAPABILITY");
            Exchange start = wire.command(p.tag(), "STARTTLS");
            if (!start.ok()) {
                return Verdict.skip("STARTTLS was not accepted: " + start.brief());
            }
            wire.startTls();
            Exchange after = wire.command(p.tag(), "CAPABILITY");
            String list = capabilityLine(after);
            boolean stale = list.contains(" STARTTLS") || list.contains(" LOGINDISABLED");
            String evidence = "before TLS: " + capabilityLine(before) + "; after TLS: " + list;
            return stale ? Verdict.fail("the list after TLS still offers pre-TLS capabilities; " + evidence)
                    : Verdict.pass(evidence);
        }
    }

    static Verdict refusedInTls(SecurityProbe p) throws IOException {
        try (Wire wire = p.secured()) {
            Exchange again = wire.command(p.tag(), "STARTTLS");
            if (again.ok()) {
                return Verdict.fail("STARTTLS inside TLS on " + wire.endpoint().describe() + " was answered OK: "
                        + again.brief());
            }
            Exchange noop = wire.command(p.tag(), "NOOP");
            return Verdict.pass("inside TLS on " + wire.endpoint().describe() + " STARTTLS got \""
                    + again.completion().brief() + "\"; the session went on (NOOP: " + noop.completion().brief() + ")");
        }
    }

    /**
     * Where the server lets a user log in before TLS (on loopback only, like
     * {@link #plaintextLoginRefused}), STARTTLS is tried after that login; otherwise after a login
     * inside TLS, where "TLS is already active" is a second reason to refuse it.
     */
    static Verdict refusedAfterLogin(SecurityProbe p) throws IOException {
        Optional<Endpoint> plain = p.startTls().filter(Endpoint::loopback);
        if (plain.isPresent()) {
            try (Wire wire = p.greeted(plain.get())) {
                Exchange login = wire.command(p.tag(), "LOGIN " + SecurityProbe.quoted(p.user().user()) + " "
                        + SecurityProbe.quoted(p.user().password()));
                if (login.ok()) {
                    return afterLogin(wire, p, "LOGIN in the clear on " + plain.get().describe());
                }
            }
        }
        try (Wire wire = p.loggedIn()) {
            return afterLogin(wire, p, "LOGIN inside TLS on " + wire.endpoint().describe());
        }
    }

    private static Verdict afterLogin(Wire wire, SecurityProbe p, String how) throws IOException {
        Exchange start = wire.command(p.tag(), "STARTTLS");
        return start.ok() ? Verdict.fail("after " + how + ", STARTTLS was answered OK: " + start.brief())
                : Verdict.pass("after " + how + ", STARTTLS got \"" + start.completion().brief() + "\"");
    }

    /**
     * The password is only sent for real on loopback, where it cannot be sniffed; elsewhere an
     * invented user stands in, which still shows whether the server reads credentials before TLS.
     */
    static Verdict plaintextLoginRefused(SecurityProbe p) throws IOException {
        Optional<Endpoint> endpoint = p.startTls();
        if (endpoint.isEmpty()) {
            return Verdict.skip(NO_STARTTLS_PORT);
        }
        boolean real = endpoint.get().loopback();
        String user = real ? p.user().user() : "imap-harness-probe";
        String password = real ? p.user().password() : "not-a-password";
        try (Wire wire = p.greeted(endpoint.get())) {
            String caps = capabilityLine(wire.command(p.tag(), "CAPABILITY"));
            Exchange login = wire.command(p.tag(), "LOGIN " + SecurityProbe.quoted(user) + " "
                    + SecurityProbe.quoted(password));
            if (login.ok()) {
                return Verdict.fail("LOGIN with a valid password was accepted in the clear: " + login.brief()
                        + "; capabilities: " + caps);
            }
            String plain = Base64.getEncoder().encodeToString(("\0" + user + "\0" + password)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String authTag = p.tag();
            wire.send(authTag + " AUTHENTICATE PLAIN " + plain + "\r\n");
            Exchange auth = wire.collect(authTag, p.timeout());
            if (auth.completion().isContinuation()) {
                wire.send("*\r\n");
                auth = wire.collect(authTag, p.timeout());
            }
            if (auth.ok()) {
                return Verdict.fail("AUTHENTICATE PLAIN was accepted in the clear: " + auth.brief());
            }
            String evidence = "capabilities before TLS: " + caps + "; LOGIN (" + (real ? "valid" : "invented")
                    + " credentials): " + login.completion().brief() + "; AUTHENTICATE PLAIN: " + auth.completion().brief();
            if (!caps.contains(" LOGINDISABLED")) {
                return Verdict.fail("LOGINDISABLED is not advertised before TLS; " + evidence);
            }
            if (caps.contains(" AUTH=PLAIN")) {
                return Verdict.fail("AUTH=PLAIN is advertised before TLS; " + evidence);
            }
            return Verdict.pass(evidence);
        }
    }

    /** The {@code * CAPABILITY} line of an exchange, or what came instead. */
    static String capabilityLine(Exchange exchange) {
        return exchange.untagged().stream().map(Reply::text).filter(t -> t.toUpperCase(java.util.Locale.ROOT)
                .startsWith("* CAPABILITY")).findFirst().orElse("(no CAPABILITY response: " + exchange.brief() + ")");
    }
}
