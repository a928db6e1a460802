package org.imapharness.server.tls;

import java.util.List;

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

    private TlsPolicy() {
    }
}
