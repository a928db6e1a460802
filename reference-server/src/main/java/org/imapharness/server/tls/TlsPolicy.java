package org.imapharness.server.tls;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultSet;

/**
 * The protocol versions and cipher suites the server accepts. TLS 1.2 and 1.3 only: 1.0 and 1.1
 * are deprecated (RFC 8996). For 1.2, only ECDHE key exchange (forward secrecy) with AEAD ciphers.
 * RFC 3501 §11.1's mandatory RC4 and 3DES suites are long broken; RFC 8314 replaced them with
 * current TLS recommendations.
 * TLS 1.3 suites are all AEAD already.
 */
public final class TlsPolicy {

    public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    public static final List<String> CIPHER_SUITES = List.of(
            "TLS_AES_128_GCM_SHA256",
            "TLS_AES_256_GCM_SHA384",
            "TLS_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");

    /** What a TLS 1.0/1.1 client can use with our ECDSA certificate: CBC with HMAC-SHA1. */
    static final List<String> LEGACY_SUITES = List.of(
            "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA");

    /** Static-RSA key transport: no forward secrecy (RFC 9325 §4.1 says SHOULD NOT). */
    static final List<String> STATIC_RSA_SUITES = List.of(
            "TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_256_GCM_SHA384", "TLS_RSA_WITH_AES_128_CBC_SHA");

    private TlsPolicy() {
    }

    /** {@link #PROTOCOLS}, plus TLS 1.0 and 1.1 under the {@code tls-legacy-allowed} fault. */
    public static List<String> protocols(FaultSet faults) {
        if (!faults.has(Fault.TLS_LEGACY_ALLOWED)) {
            return PROTOCOLS;
        }
        List<String> all = new ArrayList<>(PROTOCOLS);
        all.addAll(List.of("TLSv1.1", "TLSv1"));
        return List.copyOf(all);
    }

    /** {@link #CIPHER_SUITES}, plus what the TLS faults switch on. */
    public static List<String> cipherSuites(FaultSet faults) {
        List<String> all = new ArrayList<>(CIPHER_SUITES);
        if (faults.has(Fault.TLS_LEGACY_ALLOWED)) {
            all.addAll(LEGACY_SUITES);
        }
        if (faults.has(Fault.TLS_WEAK_CIPHERS)) {
            all.addAll(STATIC_RSA_SUITES);
        }
        return List.copyOf(all);
    }
}
