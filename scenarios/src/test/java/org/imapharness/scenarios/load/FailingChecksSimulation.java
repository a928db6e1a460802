package org.imapharness.scenarios.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static org.imapharness.scenarios.load.Imap.exists;
import static org.imapharness.scenarios.load.Imap.imap;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import org.imapharness.server.RunningServer;

/**
 * Requests that must be KO, each for a different reason, next to ones that must stay OK:
 * {@code ImapDslIT} checks Gatling counted exactly these as failures.
 */
public class FailingChecksSimulation extends Simulation {
    static final int USERS = 2;
    private final RunningServer server = EmbeddedServer.start(1);
    private final SilentServer silent = new SilentServer();

    public FailingChecksSimulation() throws java.io.IOException {
        // Declared for the silent server field, which opens a socket.
    }

    {
        var protocol = Imap.imap().server("127.0.0.1", server.tlsPort()).implicitTls()
                .trustCertificatePem(server.certificatePem()).credentials("user1", "pass-1")
                .commandTimeout(Duration.ofSeconds(5));
        var s = scenario("failing checks")
                .exec(imap("noop before connect").noop())
                .exec(imap("connect").connect())
                .exec(imap("wrong password").login("user1", "not-the-password"))
                .exec(imap("login").login())
                .exec(imap("select with wrong count").select("INBOX").check(exists().is(999L)))
                .exec(imap("missing attribute").select("#{no-such-attribute}"))
                .exec(imap("select").select("INBOX"))
                .exec(imap("logout").logout());
        var silentProtocol = Imap.imap().server("127.0.0.1", silent.port()).plain()
                .commandTimeout(Duration.ofSeconds(1));
        var timeouts = scenario("timeouts")
                .exec(imap("silent connect").connect())
                .exec(imap("unanswered noop").noop());
        var refused = Imap.imap().server("127.0.0.1", closedPort()).plain().connectTimeout(Duration.ofSeconds(2));
        var nobody = scenario("refused").exec(imap("refused connect").connect());
        setUp(s.injectOpen(atOnceUsers(USERS)).protocols(protocol),
                timeouts.injectOpen(atOnceUsers(1)).protocols(silentProtocol),
                nobody.injectOpen(atOnceUsers(1)).protocols(refused))
                .assertions(global().failedRequests().count().is(0L));
    }

    /** A port nobody listens on: bound once, then released. */
    private static int closedPort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void after() {
        server.close();
        try {
            silent.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
