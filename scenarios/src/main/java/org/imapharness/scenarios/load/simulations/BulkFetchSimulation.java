package org.imapharness.scenarios.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static org.imapharness.scenarios.load.Imap.fetchedBytes;
import static org.imapharness.scenarios.load.Imap.imap;

import io.gatling.javaapi.core.Simulation;
import org.imapharness.scenarios.load.ByteMeter;

/**
 * Bulk FETCH of large messages over TLS: each user opens the INBOX read-only and downloads every
 * message whole ({@code BODY.PEEK[]}), one FETCH per message, as a client syncing for offline
 * use. The runner prints MB/s from the bytes actually received. Seeds {@code load.fetch.messages}
 * (default 5) messages of {@code load.fetch.size} bytes (default 1 MB) into each of the
 * {@code load.accounts} (default 4) accounts.
 */
public class BulkFetchSimulation extends Simulation {
    private final LoadSettings settings = LoadSettings.fromSystemProperties(4);
    private final LoadTarget target = LoadTarget.open(settings);

    {
        int messages = LoadSettings.integer("load.fetch.messages", 5);
        int size = LoadSettings.integer("load.fetch.size", 1_000_000);
        target.seed("INBOX", messages, i -> Messages.ofSize("bulk-" + i, size));

        var bulk = scenario("bulk fetch").feed(target.feeder())
                .exec(imap("connect").connect())
                .exec(imap("login").login())
                .exec(imap("examine").examine("INBOX"))
                .repeat(messages, "n").on(
                        // Gatling counts from 0, message sequence numbers from 1 (RFC 3501 §2.3.1.2).
                        exec(session -> session.set("seq", session.getInt("n") + 1)),
                        exec(imap("fetch message").fetch("#{seq}", "BODY.PEEK[]")
                                .check(fetchedBytes().gte(size / 2).saveAs("bytes"))),
                        exec(session -> {
                            ByteMeter.add(session.getLong("bytes"));
                            return session;
                        }))
                .exec(imap("logout").logout());
        setUp(Workloads.inject(bulk, settings)).protocols(target.protocol());
    }

    @Override
    public void after() {
        target.close();
    }
}
