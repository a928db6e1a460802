package org.imapharness.server.config;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.imapharness.server.auth.InlineUser;
import org.imapharness.server.fault.FaultSet;
import org.imapharness.server.tls.TlsOptions;

/**
 * Everything the reference server is started with. Made by {@link ServerConfigBuilder} (from
 * defaults, a config file and flags, in that order); validated on construction, so a
 * {@code ServerConfig} that exists is usable. Keys and defaults are documented in {@code CONFIG.md}.
 *
 * @param bindAddress        where both listeners bind
 * @param port               plain IMAP with STARTTLS; 0 picks a free port
 * @param tlsPort            implicit TLS (RFC 8314); 0 picks a free port, -1 turns it off
 * @param users              inline users, hashed at start
 * @param usersFile          the users file, or null
 * @param storeDir           the durable store's directory, or null for an in-memory store
 * @param certFile           PEM certificate chain, or null for a generated certificate
 * @param keyFile            PEM private key for {@code certFile}
 * @param allowPlaintextAuth allow LOGIN and AUTHENTICATE PLAIN before TLS; off means the plain port
 *                           advertises LOGINDISABLED until STARTTLS (RFC 3501 §6.2.3)
 * @param preauthUser        greet every connection with PREAUTH as this user (RFC 3501 §7.1.4), or
 *                           null for an OK greeting and a login
 * @param literals           LITERAL+ or LITERAL- (RFC 7888)
 * @param limits             resource bounds per connection
 * @param auth               login settings
 * @param tls                TLS engine and groups
 * @param faults             deliberate defects to run with
 */
public record ServerConfig(InetAddress bindAddress, int port, int tlsPort, List<InlineUser> users, Path usersFile,
        Path storeDir, Path certFile, Path keyFile, boolean allowPlaintextAuth, String preauthUser,
        LiteralExtension literals, Limits limits, AuthSettings auth, TlsOptions tls, FaultSet faults) {

    public static final int DEFAULT_PORT = 1143;
    public static final int DEFAULT_TLS_PORT = 1993;
    /** {@code tls-port} value that turns implicit TLS off. */
    public static final int OFF = -1;

    public ServerConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        users = List.copyOf(users);
        Objects.requireNonNull(literals, "literals");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(faults, "faults");
        if (port < 0 || port > 65535) {
            throw ConfigException.of("port", "must be in 0..65535, was " + port);
        }
        if (tlsPort < OFF || tlsPort > 65535) {
            throw ConfigException.of("tls-port", "must be in 0..65535, or -1 for off, was " + tlsPort);
        }
        if (port != 0 && port == tlsPort) {
            throw ConfigException.of("tls-port", "must differ from port (both are " + port + ")");
        }
        if ((certFile == null) != (keyFile == null)) {
            throw ConfigException.of(certFile != null ? "cert" : "key",
                    "cert and key go together: give both, or neither for a generated certificate");
        }
    }

    /** The defaults alone: 127.0.0.1:1143 and :1993, in-memory store, generated certificate, no users. */
    public static ServerConfig defaults() {
        return builder().build();
    }

    public static ServerConfigBuilder builder() {
        return new ServerConfigBuilder();
    }

    /** A builder holding this config's values, to override some. */
    public ServerConfigBuilder toBuilder() {
        return new ServerConfigBuilder(this);
    }

    public boolean tlsPortEnabled() {
        return tlsPort != OFF;
    }

    /** Settings that are allowed but depart from an RFC or are risky; the server logs them at start. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (limits.idleTimeout().compareTo(Limits.RFC_MIN_IDLE_TIMEOUT) < 0) {
            warnings.add("idle-timeout " + Durations.format(limits.idleTimeout())
                    + " is below the 30 minutes RFC 3501 §5.4 requires of an autologout timer");
        }
        if (allowPlaintextAuth) {
            warnings.add("allow-plaintext-auth is on: passwords may cross the network in the clear "
                    + "(RFC 3501 §6.2.3 says sites SHOULD NOT allow this)");
        }
        if (!faults.isEmpty()) {
            warnings.add("running with faults: " + faults + " (this server breaks RFC rules on purpose)");
        }
        if (preauthUser != null) {
            warnings.add("preauth is on: every connection is logged in as " + preauthUser + " without a password");
        } else if (users.isEmpty() && usersFile == null) {
            warnings.add("no users configured: nobody can log in (use user or users)");
        }
        if (auth.allowPlainPasswords()) {
            warnings.add("auth.allow-plain-passwords is on: the users file may hold clear-text passwords");
        }
        return warnings;
    }
}
