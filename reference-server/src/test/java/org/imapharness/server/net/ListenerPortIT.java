package org.imapharness.server.net;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imapharness.server.ImapServer;
import org.imapharness.server.RunningServer;
import org.imapharness.server.config.ServerConfig;
import org.imapharness.server.it.ScriptClient;
import org.junit.jupiter.api.Test;

/** Per-loop listeners share a port among themselves only: a second server on it still fails to start. */
class ListenerPortIT {
    @Test
    void aPortInUseIsRefusedAndEveryConnectionIsServed() throws Exception {
        try (RunningServer first = ImapServer.start(ServerConfig.builder().port(0).tlsPort(-1).build())) {
            int port = first.plainPort();
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> ImapServer.start(ServerConfig.builder().port(port).tlsPort(-1).build()).close());
            assertTrue(e.getMessage().startsWith("cannot listen on "), e.getMessage());
            // Connections land on different listeners (the kernel hashes the client port): all greet.
            for (int i = 0; i < 16; i++) {
                try (ScriptClient client = ScriptClient.plain(port)) {
                    assertTrue(client.readLine().startsWith("* OK "));
                }
            }
        }
    }
}
