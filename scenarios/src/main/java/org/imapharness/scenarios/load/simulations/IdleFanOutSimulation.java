package org.imapharness.scenarios.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static org.imapharness.scenarios.load.Imap.imap;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import org.imapharness.core.client.BlockingImapClient;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.scenarios.load.PushClock;

/**
 * IDLE fan-out: {@code load.idle.connections} (default 100) connections of one account IDLE on its
 * INBOX (opened over {@code load.idle.ramp}, default 5s), while one deliverer APPENDs
 * {@code load.idle.deliveries} (default 10) messages {@code load.idle.interval} apart (default
 * 500ms). Every idler logs {@code push latency} per delivery: from the APPEND being sent to the
 * {@code * n EXISTS} reaching it (see {@link PushClock}). A delivery announced before a connection
 * was idling (in its SELECT), or folded into one EXISTS with a later delivery, is not timed on that
 * connection: connections × deliveries minus the {@code push latency} count says how many were.
 * This simulation has its own injection shape; {@code load.model}/{@code load.rate} do not apply.
 */
public class IdleFanOutSimulation extends Simulation {
    private final LoadSettings settings = LoadSettings.fromSystemProperties(1);
    private final LoadTarget target = LoadTarget.open(settings);

    {
        int connections = LoadSettings.integer("load.idle.connections", 100);
        Duration ramp = LoadSettings.duration("load.idle.ramp", Duration.ofSeconds(5));
        int deliveries = LoadSettings.integer("load.idle.deliveries", 10);
        Duration interval = LoadSettings.duration("load.idle.interval", Duration.ofMillis(500));
        LoadTarget.Account account = target.accounts().get(0);
        PushClock pushes = PushClock.named("push latency", messagesNow(account));
        // Idle until every delivery has had time to arrive.
        Duration idleFor = ramp.plus(interval.multipliedBy(deliveries)).plusSeconds(3);

        var idlers = scenario("idlers")
                .exec(imap("connect").connect())
                .exec(imap("login").login(account.user(), account.password()))
                .exec(imap("select").select("INBOX"))
                .exec(imap("idle").idle(idleFor).marksDelivery(pushes))
                .exec(imap("logout").logout());
        var deliverer = scenario("deliverer")
                .exec(imap("deliverer connect").connect())
                .exec(imap("deliverer login").login(account.user(), account.password()))
                .exec(pause(ramp.plusSeconds(1)))
                .repeat(deliveries, "n").on(
                        exec(imap("deliver").append("INBOX", s -> Messages.ofSize(
                                "push-" + s.getInt("n") + "-" + System.nanoTime(), 2048)).marksDelivery(pushes)),
                        exec(pause(interval)))
                .exec(imap("deliverer logout").logout());
        setUp(idlers.injectOpen(rampUsers(connections).during(ramp)),
                deliverer.injectOpen(atOnceUsers(1)))
                .protocols(target.protocol());
    }

    private long messagesNow(LoadTarget.Account account) {
        try (BlockingImapClient c = target.login(account)) {
            long n = c.select("INBOX").requireOk().untagged(UntaggedResponse.Exists.class).stream()
                    .mapToLong(UntaggedResponse.Exists::count).max().orElse(0);
            c.logout();
            return n;
        }
    }

    @Override
    public void after() {
        target.close();
    }
}
