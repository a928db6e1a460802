package org.imapharness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultDetection;
import org.imapharness.server.it.TestServers;
import org.imapharness.server.store.Mailbox;
import org.imapharness.server.store.StoredMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Many sessions on one mailbox at once (DESIGN.md §7, issue 3 "Several sessions on one mailbox"):
 * twelve raw-socket clients append, change flags, expunge and move concurrently for a few seconds.
 * Then every session's view, rebuilt only from the EXISTS / EXPUNGE / FETCH lines it received, must
 * equal the server's truth (read from the store), UIDs must ascend and never repeat, and no session
 * may have received a line that contradicts its own view or came when RFC 3501 §7.4.1 forbids it.
 * The same run against the server's fault switches must fail, or these checks would prove nothing.
 */
class ConcurrencyIT {
    private static final int SESSIONS = 12;
    private static final int SEEDED = 10;
    private static final long RUN_MILLIS = 3_000;
    private static final long FAULT_RUN_MILLIS = 1_000;
    private static final String MAILBOX = "INBOX";
    private static final long SEED = Long.getLong("concurrency.seed", System.nanoTime());

    private RunningServer server;
    private final List<ConcurrentSession> sessions = new ArrayList<>();

    @AfterEach
    void stop() {
        for (ConcurrentSession s : sessions) {
            try {
                s.close();
            } catch (IOException ignored) {
                // the server may already have dropped a session that failed; nothing to clean up
            }
        }
        sessions.clear();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void concurrentAppendsFlagChangesAndExpungesKeepEveryViewConsistent() throws Exception {
        runAndCheck(null, RUN_MILLIS);
    }

    /** The checks above are worth something only if they catch a server that breaks these rules. */
    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"EXPUNGE_NO_DECREMENT", "FLAG_UPDATE_NOT_BROADCAST", "UID_REUSE",
            "EXPUNGE_DURING_FETCH", "MODSEQ_NOT_INCREASED"})
    void aServerBreakingTheRulesIsCaught(Fault fault) {
        AssertionError caught = assertThrows(AssertionError.class, () -> runAndCheck(fault, FAULT_RUN_MILLIS),
                "fault " + fault.name() + " went unnoticed");
        assertFalse(caught.getMessage().startsWith("too little happened"), caught::getMessage);
        System.out.println("concurrency: fault " + fault.name() + " caught: " + caught.getMessage().lines().findFirst()
                .orElse(""));
    }

    /** FAULTS.md credits this test with exactly the faults it switches on above. */
    @Test
    void theFaultsCaughtHereAreThoseFaultsMdCredits() throws NoSuchMethodException {
        EnumSource source = ConcurrencyIT.class.getDeclaredMethod("aServerBreakingTheRulesIsCaught", Fault.class)
                .getAnnotation(EnumSource.class);
        Set<Fault> here = EnumSet.noneOf(Fault.class);
        for (String name : source.names()) {
            here.add(Fault.valueOf(name));
        }
        assertEquals(FaultDetection.caughtBy(FaultDetection.Suite.CONCURRENCY), here);
    }

    private void runAndCheck(Fault fault, long millis) throws Exception {
        server = TestServers.start(b -> fault == null ? b.allowPlaintextAuth(true)
                : b.allowPlaintextAuth(true).addFault(fault));
        Mailbox inbox = server.store().account("alice").mailbox(MAILBOX);
        Set<Long> everUid = new HashSet<>();
        for (int i = 0; i < SEEDED; i++) {
            everUid.add(inbox.append(("Subject: seed " + i + "\r\n\r\nseed\r\n").getBytes(), List.of(),
                    OffsetDateTime.now()).uid());
        }
        for (int i = 0; i < SESSIONS; i++) {
            sessions.add(new ConcurrentSession(i + 1, server.plainPort(), "alice", TestServers.PASSWORD, MAILBOX,
                    SEED + i));
        }

        runConcurrently(millis);

        String seed = "seed " + SEED + " (rerun with -Dconcurrency.seed=" + SEED + ")";
        List<StoredMessage> truth = inbox.changedSince(0).stream()
                .sorted(Comparator.comparingLong(StoredMessage::uid)).toList();
        for (ConcurrentSession s : sessions) {
            assertTrue(s.settle(5), () -> "session " + s.id() + " never went quiet\n" + s.transcript());
            List<SessionModel.Slot> before = snapshot(s.model());
            s.fetchAll();
            assertTrue(s.model().violations().isEmpty(), () -> seed + ": session " + s.id() + " got lines that "
                    + "contradict its own view:\n" + String.join("\n", s.model().violations()) + "\n" + s.transcript());
            assertViewEqualsTruth(s, before, truth, seed);
            everUid.addAll(s.appendedUids());
        }

        List<Long> appended = sessions.stream().flatMap(s -> s.appendedUids().stream()).toList();
        assertEquals(appended.size(), new HashSet<>(appended).size(), "an APPENDUID was handed out twice");
        for (ConcurrentSession s : sessions) {
            assertEquals(s.appendedUids().stream().sorted().toList(), s.appendedUids(),
                    "APPENDUIDs one session saw went down: " + s.appendedUids());
        }
        long uidNext = inbox.status().uidNext();
        for (StoredMessage m : truth) {
            assertTrue(everUid.contains(m.uid()) && m.uid() < uidNext, "stored UID " + m.uid() + " was never "
                    + "handed out, or is not below UIDNEXT " + uidNext);
        }
        int total = sessions.stream().mapToInt(ConcurrentSession::commands).sum();
        // However slow the machine, the run must have done real work or it proves nothing.
        assertTrue(total >= SESSIONS * 10 && !appended.isEmpty() && truth.size() < SEEDED + appended.size(),
                "too little happened: " + total + " commands, " + appended.size() + " appends, " + truth.size() + " left");
        int refused = sessions.stream().mapToInt(ConcurrentSession::refusals).sum();
        System.out.printf("concurrency%s: %d sessions, %d commands, %d appended, %d left, %d refused STORE/FETCH, %s%n",
                fault == null ? "" : " with " + fault.name(), SESSIONS, total, appended.size(), truth.size(), refused, seed);
    }

    private void runConcurrently(long millis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (ConcurrentSession s : sessions) {
                running.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        s.step(MAILBOX);
                    }
                    return null;
                }));
            }
            for (int i = 0; i < running.size(); i++) {
                ConcurrentSession s = sessions.get(i);
                try {
                    running.get(i).get(millis + 15_000, TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    throw new AssertionError("session " + s.id() + " failed: " + e.getCause() + "\n"
                            + s.transcript(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Before the final FETCH: the view must already have the right size, and whatever UIDs and flags
     * it learnt must be the truth. After it: the FETCH must have told the whole truth.
     */
    private static void assertViewEqualsTruth(ConcurrentSession s, List<SessionModel.Slot> before,
                                              List<StoredMessage> truth, String seed) {
        String context = seed + ", session " + s.id() + "\n" + s.transcript();
        assertEquals(truth.size(), before.size(), () -> "message count after EXISTS/EXPUNGE replay; " + context);
        List<SessionModel.Slot> after = s.model().slots();
        for (int i = 0; i < truth.size(); i++) {
            StoredMessage t = truth.get(i);
            Set<String> flags = new TreeSet<>(t.flags().toList());
            flags.remove("\\Recent");
            SessionModel.Slot known = before.get(i);
            int n = i + 1;
            if (known.uid != null) {
                assertEquals(t.uid(), known.uid, () -> "UID of message " + n + " as replayed; " + context);
            }
            if (known.flags != null) {
                assertEquals(flags, known.flags, () -> "flags of message " + n + " (UID " + t.uid()
                        + ") as last told; " + context);
            }
            assertEquals(t.uid(), after.get(i).uid, () -> "final FETCH UID of message " + n + "; " + context);
            assertEquals(flags, after.get(i).flags, () -> "final FETCH flags of message " + n + "; " + context);
        }
    }

    private static List<SessionModel.Slot> snapshot(SessionModel model) {
        List<SessionModel.Slot> copy = new ArrayList<>();
        for (SessionModel.Slot s : model.slots()) {
            SessionModel.Slot c = new SessionModel.Slot();
            c.uid = s.uid;
            c.flags = s.flags == null ? null : Set.copyOf(s.flags);
            copy.add(c);
        }
        return copy;
    }
}
