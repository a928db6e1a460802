package org.imapharness.server.tls;

import java.util.List;

/**
 * How the server's TLS is set up, beyond its certificate.
 *
 * @param engine which implementation to use
 * @param groups key-exchange groups to offer, most preferred first, in OpenSSL spelling
 *               ({@code X25519}, {@code P-256}, {@code X25519MLKEM768}); empty keeps the engine's
 *               defaults. Only the OpenSSL engine can set them per server (JDK 17 has only the
 *               process-wide {@code jdk.tls.namedGroups} property).
 */
public record TlsOptions(TlsEngine engine, List<String> groups) {

    /** The engine's own choices. */
    public static final TlsOptions DEFAULTS = new TlsOptions(TlsEngine.AUTO, List.of());

    /**
     * For benchmarks: classic X25519 only. BoringSSL's default prefers the hybrid post-quantum
     * group X25519MLKEM768, whose larger key shares halve the handshake rate (DESIGN.md §12), so
     * comparisons with other servers pin the group.
     */
    public static final TlsOptions BENCHMARK = new TlsOptions(TlsEngine.AUTO, List.of("X25519"));

    public TlsOptions {
        groups = List.copyOf(groups);
        for (String group : groups) {
            if (group.isBlank() || group.contains(":") || group.contains(",")) {
                throw new IllegalArgumentException("TLS group name '" + group + "' is not a single group name");
            }
        }
    }

    public TlsOptions withEngine(TlsEngine newEngine) {
        return new TlsOptions(newEngine, groups);
    }

    public TlsOptions withGroups(List<String> newGroups) {
        return new TlsOptions(engine, newGroups);
    }
}
