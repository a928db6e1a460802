package org.imapharness.scenarios.security;

import static org.imapharness.core.scenario.RfcReference.Level.MUST;
import static org.imapharness.core.scenario.RfcReference.Level.SHOULD;

import java.io.IOException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSession;
import org.imapharness.core.client.Trust;

/**
 * What the TLS layer accepts (RFC 8996, RFC 9325, RFC 7465) and what certificate it shows
 * (RFC 8314 §4.1, RFC 6125). Each endpoint the target has is probed: implicit TLS and STARTTLS.
 */
final class TlsChecks {
    private TlsChecks() {
    }

    static List<SecurityCheck> all() {
        return List.of(
                new DefinedCheck(CheckInfo.of("tls-legacy-versions-refused", "transport", MUST, "RFC 8996 §2, §3; RFC 8314 §4.1",
                        "TLS 1.0 and 1.1 handshakes are refused", "rfc8996-2", "rfc8996-3", "rfc8314-4.1"),
                        TlsChecks::legacyVersions),
                new DefinedCheck(CheckInfo.of("tls-weak-ciphers-refused", "transport", SHOULD,
                        "RFC 9325 §4.1; RFC 7465 §2 (RC4); Sweet32 (3DES)",
                        "a hello offering only weak suites (RC4, NULL, anon, export, DES, 3DES, static RSA) is refused",
                        "rfc9325-4.1", "rfc7465-2"), TlsChecks::weakCiphers),
                new DefinedCheck(CheckInfo.of("tls-certificate", "transport", SHOULD, "RFC 8314 §4.1; RFC 6125 §6",
                        "the certificate chain is trusted, names the host and is in date; chain reported",
                        "rfc8314-4.1", "rfc6125-6"), TlsChecks::certificate));
    }

    static Verdict legacyVersions(SecurityProbe p) throws IOException {
        List<String> seen = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        for (Endpoint endpoint : endpoints(p)) {
            for (int version : new int[] {TlsHello.TLS10, TlsHello.TLS11}) {
                TlsHello.Answer answer = hello(p, endpoint, version, List.copyOf(TlsHello.LEGACY_CLIENT_SUITES.keySet()));
                String line = endpoint.describe() + " " + TlsHello.versionName(version) + ": " + describe(answer);
                seen.add(line);
                if (answer instanceof TlsHello.Answer.Accepted a && a.version() <= TlsHello.TLS11) {
                    accepted.add(line);
                }
            }
        }
        return accepted.isEmpty() ? Verdict.pass(String.join("; ", seen))
                : Verdict.fail("legacy TLS negotiated: " + String.join("; ", accepted));
    }

    static Verdict weakCiphers(SecurityProbe p) throws IOException {
        List<String> seen = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        for (Endpoint endpoint : endpoints(p)) {
            TlsHello.Answer answer = hello(p, endpoint, TlsHello.TLS12, List.copyOf(TlsHello.WEAK_SUITES.keySet()));
            String line = endpoint.describe() + ": " + describe(answer);
            seen.add(line);
            if (answer instanceof TlsHello.Answer.Accepted) {
                accepted.add(line);
            }
        }
        return accepted.isEmpty() ? Verdict.pass("offered only " + TlsHello.WEAK_SUITES.size() + " weak suites; "
                + String.join("; ", seen)) : Verdict.fail("weak suite chosen: " + String.join("; ", accepted));
    }

    static Verdict certificate(SecurityProbe p) throws IOException {
        Endpoint endpoint = p.secure();
        List<X509Certificate> chain = new ArrayList<>();
        String recorded;
        try (Wire wire = p.connect(new Endpoint(endpoint.host(), endpoint.port(), false, Trust.insecure()))) {
            if (!endpoint.implicitTls()) {
                wire.read();
                wire.command(p.tag(), "STARTTLS");
            }
            var recorder = JsseTls.recording(chain);
            JsseTls.handshake(wire.socket(), endpoint, (int) p.timeout().toMillis(), recorder, false).close();
            recorded = describe(chain);
        } catch (SSLException e) {
            return Verdict.fail("no TLS handshake with " + endpoint.describe() + ": " + e.getMessage());
        }
        if (endpoint.trust() instanceof Trust.Insecure) {
            return Verdict.skip("certificate checking is off (imap.insecure / --insecure), so trust and name are not "
                    + "judged; chain: " + recorded);
        }
        long days = chain.isEmpty() ? 0 : Duration.between(Instant.now(), chain.get(0).getNotAfter().toInstant()).toDays();
        try (Wire wire = p.secured()) {
            SSLSession session = wire.tlsSession();
            Verdict pass = Verdict.pass(endpoint.describe() + " " + session.getProtocol() + " " + session.getCipherSuite()
                    + "; trusted and names " + endpoint.host() + "; chain: " + recorded);
            return pass.measured("certificate-days-left", days);
        } catch (IOException e) {
            Verdict fail = Verdict.fail("the certificate of " + endpoint.describe() + " is not accepted for "
                    + endpoint.host() + ": " + e.getMessage() + "; chain: " + recorded);
            return fail.measured("certificate-days-left", days);
        }
    }

    private static List<Endpoint> endpoints(SecurityProbe p) {
        List<Endpoint> list = new ArrayList<>();
        p.implicitTls().ifPresent(list::add);
        p.startTls().ifPresent(list::add);
        return list;
    }

    /** A raw hello on a fresh connection; on a STARTTLS port after the server's go-ahead. */
    private static TlsHello.Answer hello(SecurityProbe p, Endpoint endpoint, int version, List<Integer> suites)
            throws IOException {
        Endpoint raw = new Endpoint(endpoint.host(), endpoint.port(), false, endpoint.trust());
        try (Wire wire = p.connect(raw)) {
            if (!endpoint.implicitTls()) {
                wire.read();
                Exchange start = wire.command(p.tag(), "STARTTLS");
                if (!start.ok()) {
                    return new TlsHello.Answer.Refused("STARTTLS refused: " + start.brief());
                }
            }
            return TlsHello.offer(wire.socket(), endpoint.host(), version, suites, (int) p.timeout().toMillis());
        }
    }

    private static String describe(TlsHello.Answer answer) {
        if (answer instanceof TlsHello.Answer.Accepted a) {
            String suite = TlsHello.WEAK_SUITES.getOrDefault(a.suite(), TlsHello.LEGACY_CLIENT_SUITES
                    .getOrDefault(a.suite(), String.format("0x%04x", a.suite())));
            return "accepted " + TlsHello.versionName(a.version()) + " with " + suite;
        }
        return "refused (" + ((TlsHello.Answer.Refused) answer).how() + ")";
    }

    private static String describe(List<X509Certificate> chain) {
        return chain.stream().map(c -> c.getSubjectX500Principal().getName() + " [issuer "
                + c.getIssuerX500Principal().getName() + ", until " + c.getNotAfter().toInstant() + names(c) + "]")
                .collect(Collectors.joining(" <- "));
    }

    private static String names(X509Certificate c) {
        try {
            var names = c.getSubjectAlternativeNames();
            return names == null ? "" : ", names " + names.stream().map(n -> String.valueOf(n.get(1)))
                    .collect(Collectors.joining(" "));
        } catch (CertificateParsingException e) {
            return ", names unreadable";
        }
    }
}
