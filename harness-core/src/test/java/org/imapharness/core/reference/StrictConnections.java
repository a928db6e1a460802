package org.imapharness.core.reference;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.imapharness.core.client.BlockingImapClient;
import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.client.ImapConnection;

/**
 * The connections a test opened. The reference server is our own, so nothing it sends may need
 * leniency: {@link #assertCleanAndClose()} fails the test on any parse problem or tolerated quirk
 * on any connection, showing that connection's transcript (as DovecotDriverIT does for Dovecot).
 */
final class StrictConnections {
    static final Duration WAIT = Duration.ofSeconds(10);

    private final List<ImapConnection> opened = new ArrayList<>();

    BlockingImapClient connect(ImapClientConfig config) {
        BlockingImapClient client = BlockingImapClient.connect(config.withCommandTimeout(WAIT));
        opened.add(client.connection());
        return client;
    }

    /** Implicit TLS, logged in as {@code user}. */
    BlockingImapClient loggedIn(String user) {
        BlockingImapClient client = connect(EmbeddedReference.implicitTls());
        client.login(user, EmbeddedReference.PASSWORD);
        return client;
    }

    void assertCleanAndClose() {
        try {
            for (ImapConnection c : opened) {
                assertTrue(c.problemCounts().isEmpty(), () -> "protocol problems " + c.problemCounts() + "\n"
                        + c.transcript().render());
                assertTrue(c.quirkCounts().isEmpty(), () -> "quirks " + c.quirkCounts() + "\n" + c.transcript().render());
            }
        } finally {
            opened.forEach(ImapConnection::close);
            opened.clear();
        }
    }
}
