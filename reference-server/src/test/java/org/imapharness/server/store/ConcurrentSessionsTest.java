package org.imapharness.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.imapharness.protocol.command.StoreMode;
import org.junit.jupiter.api.Test;

/**
 * Sessions on several threads at once, as Netty event loops would run them: each view stays on
 * its thread, the store is shared. Afterwards every client must have converged to the store,
 * and UIDs must be unique and ascending.
 */
class ConcurrentSessionsTest {

    @Test
    void threadsWithTheirOwnViewsConverge() throws Exception {
        Account account = MailStore.inMemory().account("busy");
        Mailbox inbox = account.mailbox("INBOX");
        Mailbox archive = account.mailbox("Archive");
        for (int i = 0; i < 10; i++) {
            Messages.append(inbox, "seed" + i);
        }
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<SimulatedClient>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long seed = t;
            futures.add(pool.submit(() -> session(inbox, archive, new Random(seed))));
        }
        List<SimulatedClient> clients = new ArrayList<>();
        for (Future<SimulatedClient> f : futures) {
            clients.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        for (SimulatedClient c : clients) {
            c.apply(c.view.flush(true));
            ViewInterleavingTest.assertConverged(inbox, c, "after the threads finished");
        }
        List<Long> uids = inbox.changedSince(0).stream().map(StoredMessage::uid).toList();
        assertEquals(uids.stream().sorted().distinct().toList(), uids);
    }

    private static SimulatedClient session(Mailbox inbox, Mailbox archive, Random rnd) {
        SimulatedClient me = new SimulatedClient(inbox.open(false));
        for (int step = 0; step < 400; step++) {
            switch (rnd.nextInt(5)) {
                case 0 -> Messages.append(inbox, "x" + step, rnd.nextBoolean() ? "\\Deleted" : "$New");
                case 1 -> {
                    if (!me.uids.isEmpty()) {
                        long uid = me.uids.get(rnd.nextInt(me.uids.size()));
                        StoreResult r = me.view.store(List.of(uid), StoreMode.values()[rnd.nextInt(3)],
                                List.of(rnd.nextBoolean() ? "\\Seen" : "\\Deleted"), null);
                        r.matched().forEach(m -> me.flags.put(m.uid(), Set.copyOf(m.flags().toList())));
                    }
                }
                case 2 -> me.view.expunge(null);
                case 3 -> {
                    if (!me.uids.isEmpty()) {
                        inbox.moveTo(List.of(me.uids.get(rnd.nextInt(me.uids.size()))), archive);
                    }
                }
                default -> {
                    me.apply(me.view.flush(rnd.nextBoolean()));
                    assertEquals(Messages.uids(me.view.all()), me.uids);
                }
            }
        }
        return me;
    }
}
