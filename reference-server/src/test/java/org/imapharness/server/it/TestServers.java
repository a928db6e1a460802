package org.imapharness.server.it;

import java.util.function.UnaryOperator;
import org.imapharness.server.ImapServer;
import org.imapharness.server.RunningServer;
import org.imapharness.server.auth.InlineUser;
import org.imapharness.server.config.ServerConfig;
import org.imapharness.server.config.ServerConfigBuilder;

/** Reference servers for socket tests: ephemeral ports on 127.0.0.1, users alice, bob and carol. */
public final class TestServers {
    public static final String PASSWORD = "secret";

    private TestServers() {
    }

    public static RunningServer start() {
        return start(UnaryOperator.identity());
    }

    /** Defaults for tests, adjusted by {@code tweak} (limits, faults, store). */
    public static RunningServer start(UnaryOperator<ServerConfigBuilder> tweak) {
        ServerConfigBuilder builder = ServerConfig.builder().port(0).tlsPort(0)
                .addUser(new InlineUser("alice", PASSWORD))
                .addUser(new InlineUser("bob", PASSWORD))
                .addUser(new InlineUser("carol", PASSWORD));
        return ImapServer.start(tweak.apply(builder).build());
    }

    /** A client on the implicit TLS port, past the greeting and logged in as {@code user}. */
    public static ScriptClient loggedIn(RunningServer server, String user) throws java.io.IOException {
        ScriptClient client = ScriptClient.tls(server.tlsPort(), server.certificatePem());
        client.readLine();
        String ok = ScriptClient.tagged(client.command("L", "LOGIN " + user + " " + PASSWORD));
        if (!ok.startsWith("L OK")) {
            throw new IllegalStateException("login failed: " + ok);
        }
        return client;
    }
}
