package org.imapharness.scenarios.load;

import org.imapharness.server.ImapServer;
import org.imapharness.server.RunningServer;
import org.imapharness.server.auth.InlineUser;
import org.imapharness.server.config.ServerConfig;

/** The bundled reference server on ephemeral ports, with users {@code user1..userN} (password {@code pass-N}). */
final class EmbeddedServer {

    private EmbeddedServer() {
    }

    static RunningServer start(int users) {
        var builder = ServerConfig.builder().port(0).tlsPort(0);
        for (int i = 1; i <= users; i++) {
            builder.addUser(new InlineUser("user" + i, "pass-" + i));
        }
        return ImapServer.start(builder.build());
    }
}
