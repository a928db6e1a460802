package org.imapharness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.imapharness.server.config.ConfigException;
import org.imapharness.server.config.LiteralExtension;
import org.imapharness.server.config.ServerConfig;
import org.imapharness.server.fault.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeMainTest {
    @TempDir
    Path dir;

    @Test
    void flagsAreConfigKeysAndRepeatableOnesAccumulate() {
        ServerConfig config = ServeMain.parse(new String[] {"--port", "0", "--tls-port=off", "--user", "a:x",
                "--user", "b:y", "--fault", "uid-reuse", "--fault", "no-throttle", "--allow-plaintext-auth",
                "--max-literal-size", "1m"});
        assertEquals(0, config.port());
        assertEquals(ServerConfig.OFF, config.tlsPort());
        assertEquals(2, config.users().size());
        assertTrue(config.faults().has(Fault.UID_REUSE) && config.faults().has(Fault.NO_THROTTLE));
        assertTrue(config.allowPlaintextAuth());
        assertEquals(1 << 20, config.limits().maxLiteralSize());
    }

    @Test
    void preauthAndLiteralModeAreFlagsToo() {
        ServerConfig config = ServeMain.parse(new String[] {"--preauth=alice", "--literal-mode", "minus"});
        assertEquals("alice", config.preauthUser());
        assertEquals(LiteralExtension.MINUS, config.literals());
    }

    @Test
    void flagsOverrideTheConfigFileWhereverItIsGiven() throws Exception {
        Path file = Files.writeString(dir.resolve("server.conf"), "port = 2143\nidle-timeout = 45m\n");
        ServerConfig config = ServeMain.parse(new String[] {"--port", "3143", "--config", file.toString()});
        assertEquals(3143, config.port());
        assertEquals(45, config.limits().idleTimeout().toMinutes());
    }

    @Test
    void badInputIsReportedByName() {
        assertThrows(IllegalArgumentException.class, () -> ServeMain.parse(new String[] {"serve"}));
        assertThrows(IllegalArgumentException.class, () -> ServeMain.parse(new String[] {"--port"}));
        ConfigException e = assertThrows(ConfigException.class,
                () -> ServeMain.parse(new String[] {"--fault", "no-such-fault"}));
        assertTrue(e.getMessage().contains("no-such-fault"), e.getMessage());
        assertNull(ServeMain.parse(new String[] {"--help"}));
    }
}
