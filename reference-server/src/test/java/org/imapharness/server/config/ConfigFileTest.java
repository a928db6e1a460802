package org.imapharness.server.config;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.imapharness.server.auth.InlineUser;
import org.imapharness.server.fault.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

    @TempDir
    Path dir;

    private Path write(String... lines) throws IOException {
        return Files.write(dir.resolve("server.conf"), List.of(lines), UTF_8);
    }

    @Test
    void readsKeysCommentsAndRepeatedKeys() throws IOException {
        Path file = write(
                "# reference server for the nightly suite",
                "",
                "bind = 127.0.0.1",
                "port=0",
                "  tls-port = 0  ",
                "user = alice:pass=word with spaces",
                "user = bob:pw",
                "users = users.txt",
                "store = ../data",
                "idle-timeout = 31m",
                "max-literal-size = 10m",
                "fault = uid-reuse",
                "fault = no-throttle, peek-sets-seen",
                "auth.address-free-failures = 20",
                "tls.groups = X25519");
        ServerConfig c = ConfigFile.load(file);
        assertEquals(0, c.port());
        assertEquals(0, c.tlsPort());
        assertEquals(List.of(new InlineUser("alice", "pass=word with spaces"), new InlineUser("bob", "pw")),
                c.users());
        assertEquals(dir.resolve("users.txt").toAbsolutePath(), c.usersFile(), "relative to the config file");
        assertEquals(dir.getParent().resolve("data").toAbsolutePath().normalize(), c.storeDir());
        assertEquals(Duration.ofMinutes(31), c.limits().idleTimeout());
        assertEquals(10L << 20, c.limits().maxLiteralSize());
        assertEquals(Set.of(Fault.UID_REUSE, Fault.NO_THROTTLE, Fault.PEEK_SETS_SEEN), c.faults().asSet());
        assertEquals(20, c.auth().addressThrottle().freeFailures());
        assertEquals(List.of("X25519"), c.tls().groups());
    }

    @Test
    void flagsOverrideTheFile() throws IOException {
        Path file = write("port = 2143", "user = alice:a");
        ServerConfigBuilder builder = ServerConfig.builder();
        ConfigFile.apply(file, builder);
        ServerConfig c = builder.set("port", "0").set("user", "bob:b").build();
        assertEquals(0, c.port());
        assertEquals(2, c.users().size(), "repeatable keys accumulate across file and flags");
    }

    @Test
    void errorsNameFileLineAndKey() throws IOException {
        assertError(write("# ok", "port 1143"), 2, null, "expected key = value, found no '='");
        assertError(write("prot = 1"), 1, "prot", "unknown key; valid keys: bind, port");
        assertError(write("", "", "port = many"), 3, "port", "'many' is not a whole number");
        assertError(write("port = 1", "port = 2"), 2, "port", "already set on line 1");
        assertError(write("idle-timeout = 10"), 1, "idle-timeout", "is not a duration");
        assertError(write("fault = uid-reuse", "fault = nope"), 2, "fault", "unknown fault 'nope'");
        assertError(write("cert = c.pem"), 1, "cert", "cert and key go together");
    }

    @Test
    void crossKeyProblemsBlameTheLineThatSetTheKey() throws IOException {
        Path file = write("port = 2000", "tls-port = 2000");
        assertError(file, 2, "tls-port", "must differ from port");
        ServerConfigBuilder builder = ServerConfig.builder();
        ConfigFile.apply(file, builder);
        builder.set("tls-port", "2000");
        ConfigException e = assertThrows(ConfigException.class, builder::build);
        assertNull(e.file(), "a flag set it last, so no file line is blamed");
        assertEquals("tls-port", e.key());
    }

    @Test
    void unreadableAndNonUtf8Files() throws IOException {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.load(dir.resolve("absent.conf")));
        assertTrue(e.getMessage().contains("absent.conf: cannot be read"), e.getMessage());
        Path latin1 = Files.write(dir.resolve("latin1.conf"), new byte[] {'u', 's', 'e', 'r', '=', 'j', (byte) 0xfc});
        e = assertThrows(ConfigException.class, () -> ConfigFile.load(latin1));
        assertTrue(e.getMessage().endsWith("latin1.conf: is not valid UTF-8"), e.getMessage());
    }

    private static void assertError(Path file, int line, String key, String reason) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.load(file));
        assertEquals(file, e.file());
        assertEquals(line, e.line());
        assertEquals(key, e.key());
        String prefix = file + ":" + line + ": " + (key == null ? "" : key + ": ");
        assertTrue(e.getMessage().startsWith(prefix), "expected prefix '" + prefix + "' in: " + e.getMessage());
        assertTrue(e.problem().contains(reason), "expected '" + reason + "' in: " + e.getMessage());
    }
}
