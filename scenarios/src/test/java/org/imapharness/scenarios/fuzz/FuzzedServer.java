package org.imapharness.scenarios.fuzz;

import org.imapharness.protocol.frame.FrameLimits;
import org.imapharness.server.ImapServer;
import org.imapharness.server.RunningServer;
import org.imapharness.server.auth.InlineUser;
import org.imapharness.server.config.Limits;
import org.imapharness.server.config.ServerConfig;

/**
 * The reference server as the pipeline fuzz test runs it: plain port with STARTTLS on 127.0.0.1,
 * users {@code alice} and {@code bob} (password {@value #PASSWORD}) with plaintext login allowed,
 * login throttling off (failed logins are the fuzzer's daily bread and must not cost seconds), and
 * small limits, so that limit paths are reachable and a literal can always be completed cheaply.
 * Alice's mail is described by {@link FuzzAccount}, which restores it after every session.
 *
 * <p>What the restore leaves behind (flags in other mailboxes, keywords, subscriptions) is reset
 * by restarting the server every {@value #SESSIONS_PER_START} sessions; a restart costs about a
 * second on this machine, too much to do for every session.
 */
final class FuzzedServer implements AutoCloseable {
    static final String PASSWORD = "secret";
    static final int SESSIONS_PER_START = 2000;

    private RunningServer server;
    private FuzzAccount alice;
    private int sessions;

    FuzzedServer() {
        start();
    }

    int port() {
        return server.plainPort();
    }

    /**
     * The server's frame decoder limits, as {@code ImapServer} derives them from {@link Limits};
     * the client mirrors the server's framing with them (see {@link ClientInput}).
     */
    FrameLimits frameLimits() {
        Limits limits = config().limits();
        long frame = Math.min(limits.maxBufferedBytes(), FrameLimits.MAX_ARRAY);
        return new FrameLimits(limits.maxLineLength(), limits.maxLiteralSize(), Math.max(frame, limits.maxLineLength()));
    }

    /** Called once a session (and its probe) has ended. */
    void sessionDone() {
        if (++sessions % SESSIONS_PER_START == 0) {
            server.close();
            start();
        } else {
            alice.restore();
        }
    }

    @Override
    public void close() {
        server.close();
    }

    private void start() {
        server = ImapServer.start(config());
        alice = new FuzzAccount(server.store().account(FuzzAccount.USER));
    }

    private static ServerConfig config() {
        return ServerConfig.builder().port(0).tlsPort(ServerConfig.OFF)
                .addUser(new InlineUser(FuzzAccount.USER, PASSWORD))
                .addUser(new InlineUser("bob", PASSWORD))
                .allowPlaintextAuth(true)
                .set("auth.user-free-failures", String.valueOf(Integer.MAX_VALUE))
                .set("auth.address-free-failures", String.valueOf(Integer.MAX_VALUE))
                .set("max-line-length", "2k")
                .set("max-literal-size", "8k")
                .set("max-buffered-bytes", "64k")
                .set("max-commands-in-flight", "64")
                .build();
    }
}
