package org.imapharness.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.imapharness.protocol.command.StoreMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random interleavings of appends, flag changes, expunges and moves across several sessions.
 * Each simulated client knows only what its view's responses told it; after every flush its
 * sequence numbers must match the view, and after a flush that may expunge, both must match the
 * store exactly, flags included (the "lost update" and "wrong renumbering" faults).
 */
class ViewInterleavingTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void clientsConvergeToTheStore(long seed) {
        Random rnd = new Random(seed);
        Account account = MailStore.inMemory().account("sync");
        Mailbox inbox = account.mailbox("INBOX");
        Mailbox trash = account.mailbox("Trash");
        for (int i = 0; i < 5; i++) {
            Messages.append(inbox, "seed" + i);
        }
        List<SimulatedClient> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            SimulatedClient c = new SimulatedClient(inbox.open(i == 3));
            if (seed % 2 == 0 && i == 1) {
                c.view.enableQresync();
            }
            clients.add(c);
        }
        List<String> palette = List.of("\\Seen", "\\Flagged", "\\Deleted", "$A", "$b");
        for (int step = 0; step < 300; step++) {
            List<Long> truth = truth(inbox);
            SimulatedClient actor = clients.get(rnd.nextInt(3));
            switch (rnd.nextInt(6)) {
                case 0 -> Messages.append(inbox, "s" + step, rnd.nextBoolean() ? "\\Seen" : "$A");
                case 1 -> {
                    if (!actor.uids.isEmpty()) {
                        long uid = actor.uids.get(rnd.nextInt(actor.uids.size()));
                        StoreMode mode = StoreMode.values()[rnd.nextInt(3)];
                        StoreResult r = actor.view.store(List.of(uid), mode,
                                List.of(palette.get(rnd.nextInt(palette.size()))), null);
                        // The command handler answers a non-silent STORE with FETCH; model that.
                        r.matched().forEach(m -> actor.flags.put(m.uid(), Set.copyOf(m.flags().toList())));
                    }
                }
                case 2 -> actor.view.expunge(null);
                case 3 -> {
                    if (!truth.isEmpty()) {
                        inbox.moveTo(List.of(truth.get(rnd.nextInt(truth.size()))), trash);
                    }
                }
                default -> {
                    SimulatedClient c = clients.get(rnd.nextInt(clients.size()));
                    boolean mayExpunge = rnd.nextBoolean();
                    c.apply(c.view.flush(mayExpunge));
                    assertEquals(Messages.uids(c.view.all()), c.uids, "seed " + seed + " step " + step);
                    assertEquals(c.view.exists(), c.uids.size());
                    if (mayExpunge) {
                        assertConverged(inbox, c, "seed " + seed + " step " + step);
                    }
                }
            }
        }
        for (SimulatedClient c : clients) {
            c.apply(c.view.flush(true));
            assertConverged(inbox, c, "final, seed " + seed);
        }
    }

    private static List<Long> truth(Mailbox box) {
        return box.changedSince(0).stream().map(StoredMessage::uid).toList();
    }

    static void assertConverged(Mailbox inbox, SimulatedClient c, String where) {
        List<StoredMessage> now = inbox.changedSince(0);
        assertEquals(now.stream().map(StoredMessage::uid).toList(), c.uids, where);
        for (StoredMessage m : now) {
            assertEquals(Set.copyOf(m.flags().toList()), c.flags.get(m.uid()), where + " flags of UID " + m.uid());
        }
    }
}
