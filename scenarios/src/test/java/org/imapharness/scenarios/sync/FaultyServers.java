package org.imapharness.scenarios.sync;

import java.util.List;
import org.imapharness.core.target.Target;
import org.imapharness.core.target.TargetOptions;
import org.imapharness.core.target.Targets;
import org.imapharness.core.target.UserTemplate;
import org.imapharness.server.ImapServer;
import org.imapharness.server.RunningServer;
import org.imapharness.server.config.ServerConfig;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.auth.InlineUser;

/**
 * A reference server with fault switches, reached over plaintext loopback (no TLS: the sync
 * checker connects many times while shrinking, and the faults are not about TLS), with a cheap
 * password hash for the same reason.
 */
final class FaultyServers {
    static final UserTemplate USERS = new UserTemplate("user%d", "secret");

    private FaultyServers() {
    }

    /** A running server and a target for it; close both. */
    record Started(RunningServer server, Target target) implements AutoCloseable {
        @Override
        public void close() {
            target.close();
            server.close();
        }
    }

    static Started start(List<Fault> faults) {
        var builder = ServerConfig.builder().port(0).tlsPort(0).allowPlaintextAuth(true)
                .set("auth.inline-hash", "pbkdf2-sha256:i=1000")
                .addUser(new InlineUser("user1", "secret"));
        faults.forEach(builder::addFault);
        RunningServer server = ImapServer.start(builder.build());
        Target target = Targets.open(TargetOptions.of("imap://" + server.address().getHostAddress() + ":"
                + server.plainPort() + "?tls=none", USERS));
        return new Started(server, target);
    }
}
