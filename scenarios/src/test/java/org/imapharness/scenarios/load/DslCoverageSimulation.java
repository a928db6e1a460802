package org.imapharness.scenarios.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static org.imapharness.scenarios.load.Imap.appendUid;
import static org.imapharness.scenarios.load.Imap.capabilities;
import static org.imapharness.scenarios.load.Imap.exists;
import static org.imapharness.scenarios.load.Imap.expunged;
import static org.imapharness.scenarios.load.Imap.fetchCount;
import static org.imapharness.scenarios.load.Imap.fetchedBytes;
import static org.imapharness.scenarios.load.Imap.imap;
import static org.imapharness.scenarios.load.Imap.listCount;
import static org.imapharness.scenarios.load.Imap.mailboxes;
import static org.imapharness.scenarios.load.Imap.searchCount;
import static org.imapharness.scenarios.load.Imap.searchResults;
import static org.imapharness.scenarios.load.Imap.statusItem;
import static org.imapharness.scenarios.load.Imap.uidNext;
import static org.imapharness.scenarios.load.Imap.uidValidity;
import static org.imapharness.scenarios.load.Imap.uids;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.imapharness.protocol.model.StatusItem;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.server.RunningServer;

/**
 * Every DSL call once, against the bundled server, by two users over implicit TLS and one over
 * STARTTLS. Every request must be OK: {@code ImapDslIT} asserts it from Gatling's own stats.
 */
public class DslCoverageSimulation extends Simulation {
    private static final int USERS = 4;
    private final RunningServer server = EmbeddedServer.start(USERS);

    private static byte[] message(String subject) {
        return ("From: load@example.org\r\nTo: user@example.org\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + subject + "@example.org>\r\n\r\nHello from the DSL test.\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static Iterator<Map<String, Object>> users() {
        AtomicInteger n = new AtomicInteger();
        return Stream.generate(() -> {
            int i = n.incrementAndGet();
            return Map.<String, Object>of("user", "user" + i, "password", "pass-" + i);
        }).iterator();
    }

    {
        var tls = Imap.imap().server("127.0.0.1", server.tlsPort()).implicitTls()
                .trustCertificatePem(server.certificatePem()).commandTimeout(Duration.ofSeconds(10)).tlsResumption(true);
        var startTls = Imap.imap().server("127.0.0.1", server.plainPort()).startTls()
                .insecureTrust().credentials("user3", "pass-3");

        ScenarioBuilder everything = scenario("every command").feed(users())
                .exec(imap("connect").connect())
                .exec(imap("capability").capability().check(capabilities().satisfies(
                        c -> c.contains("IMAP4rev1"), "IMAP4rev1 announced")))
                .exec(imap("login").login())
                .exec(imap("list").list("", "*").check(listCount().gte(1), mailboxes().satisfies(
                        m -> m.contains("INBOX"), "INBOX listed")))
                .exec(imap("create").command("CREATE Kept"))
                .exec(imap("status").status("INBOX", StatusItem.MESSAGES, StatusItem.UIDNEXT)
                        .check(statusItem(StatusItem.MESSAGES).is(0L), statusItem(StatusItem.UIDNEXT).saveAs("next")))
                .exec(imap("append").append("INBOX", message("first")).check(appendUid().saveAs("uid")))
                .exec(imap("append per user").append("INBOX", s -> message("second-" + s.userId())))
                .exec(imap("select").select("INBOX").check(exists().is(2L).saveAs("exists"),
                        uidNext().exists(), uidValidity().exists()))
                .exec(imap("fetch").fetch("1:#{exists}", "(FLAGS UID RFC822.SIZE)")
                        .check(fetchCount().is(2), uids().saveAs("uids")))
                .exec(imap("fetch headers").fetchHeaders("1").check(fetchedBytes().gte(50)))
                .exec(imap("fetch partial").fetchPartial("1", 0, 10).check(fetchedBytes().is(10L)))
                .exec(imap("uid fetch").uidFetch("#{uid}", "BODY.PEEK[TEXT]").check(fetchCount().is(1)))
                .exec(imap("store").store("1", "+FLAGS (\\Flagged)").check(fetchCount().is(1)))
                .exec(imap("uid store").uidStore("#{uid}", "+FLAGS.SILENT (\\Seen)"))
                .exec(imap("search").search("FLAGGED").check(searchResults().satisfies(
                        r -> r.contains(1L), "message 1 found")))
                .exec(imap("uid search").uidSearch("ALL").check(searchCount().is(2)))
                .exec(imap("copy").copy("1", "Kept"))
                .exec(imap("uid copy").uidCopy("#{uid}", "Kept"))
                .exec(imap("noop").noop())
                .exec(imap("idle").idle(Duration.ofMillis(200)))
                .exec(imap("move").move("2", "Kept").check(expunged().is(1)))
                .exec(imap("uid move").uidMove("#{uid}", "Kept"))
                .exec(imap("examine").examine("Kept").check(exists().is(4L)))
                .exec(imap("select kept").select("Kept"))
                .exec(imap("store deleted").store("1:2", "+FLAGS.SILENT (\\Deleted)"))
                .exec(imap("expunge").expunge().check(expunged().is(2)))
                .exec(imap("store deleted again").store("1", "+FLAGS.SILENT (\\Deleted)"))
                .exec(imap("uid expunge").uidExpunge("1:*").check(expunged().is(1)))
                .exec(imap("explicit status check").command("NOOP").check(Imap.status().is(StatusCondition.OK)))
                .exec(imap("logout").logout());

        ScenarioBuilder upgrade = scenario("starttls")
                .exec(imap("connect plain").connect())
                .exec(imap("starttls").startTls())
                .exec(imap("authenticate plain").authenticatePlain())
                .exec(imap("noop after auth").noop())
                .exec(imap("logout after auth").logout());

        // Push timing: one user IDLEs on user4's INBOX while another session of user4 delivers into it.
        PushClock pushes = PushClock.named("push latency", 0);
        var push = tls.credentials("user4", "pass-4");
        ScenarioBuilder idler = scenario("idler")
                .exec(imap("idler connect").connect(), imap("idler login").login(), imap("idler select").select("INBOX"))
                .exec(imap("idle for push").idle(Duration.ofSeconds(5)).marksDelivery(pushes)
                        .check(exists().is(1L)));
        ScenarioBuilder deliverer = scenario("deliverer")
                .pause(Duration.ofSeconds(2))
                .exec(imap("deliverer connect").connect(), imap("deliverer login").login())
                .exec(imap("deliver").append("INBOX", message("pushed")).marksDelivery(pushes));

        setUp(everything.injectOpen(atOnceUsers(2)).protocols(tls),
                upgrade.injectOpen(atOnceUsers(1)).protocols(startTls),
                idler.injectOpen(atOnceUsers(1)).protocols(push),
                deliverer.injectOpen(atOnceUsers(1)).protocols(push))
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        server.close();
    }
}
