package org.imapharness.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.imapharness.server.auth.HashCost;
import org.imapharness.server.auth.InlineUser;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.tls.TlsEngine;
import org.imapharness.server.tls.TlsOptions;
import org.junit.jupiter.api.Test;

class ServerConfigTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        ServerConfig c = ServerConfig.defaults();
        assertEquals(InetAddress.getLoopbackAddress(), c.bindAddress());
        assertEquals("127.0.0.1", c.bindAddress().getHostAddress());
        assertEquals(1143, c.port());
        assertEquals(1993, c.tlsPort());
        assertTrue(c.tlsPortEnabled());
        assertEquals(List.of(), c.users());
        assertNull(c.usersFile());
        assertNull(c.storeDir());
        assertNull(c.certFile());
        assertFalse(c.allowPlaintextAuth());
        assertNull(c.preauthUser());
        assertEquals(LiteralExtension.PLUS, c.literals());
        assertEquals(64 * 1024, c.limits().maxLineLength());
        assertEquals(50L << 20, c.limits().maxLiteralSize());
        assertEquals(256, c.limits().maxCommandsInFlight());
        assertEquals(100, c.limits().maxConnectionsPerUser());
        assertEquals(500, c.limits().maxConnectionsPerAddress());
        assertEquals(Duration.ofMinutes(30), c.limits().idleTimeout());
        assertEquals(Duration.ofSeconds(60), c.limits().preAuthTimeout());
        assertEquals(64L << 20, c.limits().maxBufferedBytes());
        assertEquals(HashCost.INLINE, c.auth().inlineHashCost());
        assertEquals(TlsOptions.DEFAULTS, c.tls());
        assertTrue(c.faults().isEmpty());
        assertEquals(List.of("no users configured: nobody can log in (use user or users)"), c.warnings());
    }

    @Test
    void preauthNamesTheUserAndWarns() {
        ServerConfig c = ServerConfig.builder().set("preauth", " alice ").build();
        assertEquals("alice", c.preauthUser());
        assertEquals(List.of("preauth is on: every connection is logged in as alice without a password"),
                c.warnings());
        assertNull(c.toBuilder().set("preauth", "").build().preauthUser(), "empty means unset");
        ConfigException bad = assertThrows(ConfigException.class, () -> ServerConfig.builder().set("preauth", "a:b"));
        assertEquals("preauth", bad.key());
    }

    @Test
    void literalModeIsPlusOrMinus() {
        assertEquals(LiteralExtension.MINUS, ServerConfig.builder().set("literal-mode", "Minus").build().literals());
        assertEquals(LiteralExtension.PLUS, ServerConfig.builder().set("literal-mode", "plus").build().literals());
        ConfigException bad = assertThrows(ConfigException.class,
                () -> ServerConfig.builder().set("literal-mode", "both"));
        assertTrue(bad.getMessage().contains("write plus or minus"), bad.getMessage());
    }

    @Test
    void setTakesTheConfigFileKeys() {
        ServerConfig c = ServerConfig.builder()
                .set("port", "0").set("tls-port", "off").set("bind", "::1")
                .set("user", "alice:secret:with:colons").set("user", "bob:pw")
                .set("fault", "uid-reuse,no-throttle").set("fault", "peek-sets-seen")
                .set("max-literal-size", "1m").set("idle-timeout", "45m").set("tls.groups", "X25519, P-256")
                .set("tls.engine", "jdk").set("store", "data/store").set("allow-plaintext-auth", "yes")
                .build();
        assertEquals(0, c.port());
        assertEquals(-1, c.tlsPort());
        assertFalse(c.tlsPortEnabled());
        assertEquals("0:0:0:0:0:0:0:1", c.bindAddress().getHostAddress());
        assertEquals(List.of(new InlineUser("alice", "secret:with:colons"), new InlineUser("bob", "pw")), c.users());
        assertEquals(Set.of(Fault.UID_REUSE, Fault.NO_THROTTLE, Fault.PEEK_SETS_SEEN), c.faults().asSet());
        assertEquals(1L << 20, c.limits().maxLiteralSize());
        assertEquals(new TlsOptions(TlsEngine.JDK, List.of("X25519", "P-256")), c.tls());
        assertEquals(Path.of("data/store"), c.storeDir(), "flags keep paths relative to the working directory");
        assertTrue(c.allowPlaintextAuth());
    }

    @Test
    void badValuesNameTheKey() {
        assertProblem("port", "70000", "port", "must be in 0..65535");
        assertProblem("tls-port", "-2", "tls-port", "or -1 for off");
        assertProblem("port", "abc", "port", "'abc' is not a whole number");
        assertProblem("bind", "mail.example.org", "bind", "is not an IP address");
        assertProblem("bind", "999.1.1.1", "bind", "is not a valid IPv4 address");
        assertProblem("idle-timeout", "30", "idle-timeout", "is not a duration");
        assertProblem("idle-timeout", "0", "idle-timeout", "must be positive");
        assertProblem("max-line-length", "100", "max-line-length", "at least 1k");
        assertProblem("max-literal-size", "5g", "max-literal-size", "must be in 0..4294967295");
        assertProblem("max-buffered-bytes", "1m", "max-buffered-bytes", "one largest literal plus one longest line");
        assertProblem("allow-plaintext-auth", "maybe", "allow-plaintext-auth", "not a boolean");
        assertProblem("fault", "uid-resue", "fault", "unknown fault 'uid-resue'; valid faults: expunge-no-decrement");
        assertProblem("user", "alice", "user", "NAME:PASSWORD");
        assertProblem("auth.inline-hash", "md5:x=1", "auth.inline-hash", "unknown hash algorithm 'md5'");
        assertProblem("auth.threads", "0", "auth.threads", "at least 1");
        assertProblem("auth.throttle-max-delay", "100ms", "auth.throttle-max-delay", "below base delay");
        assertProblem("auth.cache-entries", "-1", "auth.cache-entries", "must be >= 0");
        assertProblem("auth.cache-ttl", "0s", "auth.cache-ttl", "must be positive");
        assertProblem("tls.engine", "gnutls", "tls.engine", "auto, openssl or jdk");
        assertProblem("max-connections-per-user", "0", "max-connections-per-user", "at least 1");
        ConfigException e = assertThrows(ConfigException.class, () -> ServerConfig.builder().set("prot", "1"));
        assertEquals("prot", e.key());
        assertTrue(e.getMessage().startsWith("prot: unknown key; valid keys: bind, port, tls-port"), e.getMessage());
    }

    private static void assertProblem(String key, String value, String blamed, String reason) {
        ConfigException e = assertThrows(ConfigException.class, () -> ServerConfig.builder().set(key, value).build());
        assertEquals(blamed, e.key(), e.getMessage());
        assertNull(e.file());
        assertTrue(e.getMessage().startsWith(blamed + ": "), e.getMessage());
        assertTrue(e.problem().contains(reason), "expected '" + reason + "' in: " + e.getMessage());
    }

    @Test
    void crossKeyRules() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ServerConfig.builder().port(1143).tlsPort(1143).build());
        assertEquals("tls-port", e.key());
        e = assertThrows(ConfigException.class,
                () -> ServerConfig.builder().certificate(Path.of("c.pem"), null).build());
        assertEquals("cert", e.key(), "the one given is blamed: that is the line to fix");
        assertTrue(e.problem().contains("cert and key go together"), e.problem());
        ServerConfig.builder().port(0).tlsPort(0).build(); // two ephemeral ports are fine
    }

    @Test
    void warningsCallOutRfcDeparturesAndRisks() {
        ServerConfig c = ServerConfig.builder().idleTimeout(Duration.ofMinutes(5)).allowPlaintextAuth(true)
                .addFault(Fault.UID_REUSE).addUser(new InlineUser("a", "b")).build();
        List<String> warnings = c.warnings();
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("5m is below the 30 minutes RFC 3501 §5.4"), warnings.get(0));
        assertTrue(warnings.get(1).contains("allow-plaintext-auth is on"), warnings.get(1));
        assertTrue(warnings.get(2).contains("running with faults: uid-reuse"), warnings.get(2));
    }

    @Test
    void toBuilderKeepsEverything() {
        ServerConfig c = ServerConfig.builder().set("port", "0").set("user", "a:b").set("fault", "uid-reuse")
                .set("auth.user-free-failures", "7").set("auth.throttle-window", "1h").set("tls.groups", "X25519")
                .set("cert", "/etc/c.pem").set("key", "/etc/k.pem").set("max-commands-in-flight", "9").build();
        assertEquals(c, c.toBuilder().build());
        assertEquals(7, c.auth().userThrottle().freeFailures());
        assertEquals(Duration.ofHours(1), c.auth().addressThrottle().window());
        assertEquals(1144, c.toBuilder().port(1144).build().port());
    }

    @Test
    void inlinePasswordsStayOutOfToString() {
        ServerConfig c = ServerConfig.builder().set("user", "alice:hunter2").build();
        assertFalse(c.toString().contains("hunter2"), c.toString());
    }
}
