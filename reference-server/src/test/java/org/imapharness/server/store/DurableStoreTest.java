package org.imapharness.server.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.server.message.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal: every acknowledged change survives a crash. A "crash" here is opening the same
 * directory again without closing the first store (nothing is flushed on close; the journal is
 * fsynced before each operation returns), optionally after damaging the log's tail.
 */
class DurableStoreTest {
    @TempDir
    Path dir;

    private Path journal() {
        return dir.resolve(FileJournal.FILE_NAME);
    }

    /** A mix of every kind of change, with real corpus messages (8-bit and binary-ish bytes). */
    private static void workload(Account a) {
        Mailbox inbox = a.mailbox("INBOX");
        OffsetDateTime date = OffsetDateTime.of(2023, 3, 1, 23, 59, 58, 0, ZoneOffset.ofHoursMinutes(-3, -30));
        for (Corpus.Entry e : Corpus.all()) {
            inbox.append(e.bytes(), List.of("$Corpus"), date);
        }
        inbox.store(List.of(1L, 2L, 3L), StoreMode.ADD, List.of("\\Seen", "\\Deleted"), null, null);
        inbox.store(List.of(2L), StoreMode.REMOVE, List.of("\\Deleted"), null, null);
        inbox.expunge(null);
        a.create("Projects/2024");
        inbox.copyTo(List.of(4L, 5L), a.mailbox("Projects/2024"));
        inbox.moveTo(List.of(6L), a.mailbox("Archive"));
        a.rename("Projects", "Done");
        a.create("Scratch/child");
        a.delete("Scratch");
        a.subscribe("Done/2024");
        a.unsubscribe("Junk");
        inbox.append(new byte[] {0, (byte) 0xff, '\r', '\n'}, List.of(), date);
    }

    @Test
    void everythingSurvivesACrash() throws IOException {
        MailStore first = MailStore.open(dir);
        workload(first.account("alice"));
        first.account("bob").mailbox("INBOX").append(Messages.text("hi"), List.of(), Messages.DATE);
        AccountSnapshot alice = AccountSnapshot.of(first.account("alice"));
        AccountSnapshot bob = AccountSnapshot.of(first.account("bob"));

        MailStore second = MailStore.open(dir); // no close(): as after kill -9
        assertEquals(alice, AccountSnapshot.of(second.account("alice")));
        assertEquals(bob, AccountSnapshot.of(second.account("bob")));
        byte[] original = Corpus.load("02-mixed-attachment.eml");
        assertArrayEquals(original, second.account("alice").mailbox("INBOX").messages(List.of(2L)).get(0)
                .content().toByteArray());
        first.close();
        second.close();
    }

    @Test
    void replayedStoreKeepsCounting() throws IOException {
        long uidValidity;
        long modSeq;
        try (MailStore first = MailStore.open(dir)) {
            Mailbox inbox = first.account("u").mailbox("INBOX");
            Messages.append(inbox, "a", "\\Deleted");
            inbox.expunge(null);
            uidValidity = inbox.uidValidity();
            modSeq = inbox.status().highestModSeq();
        }
        try (MailStore second = MailStore.open(dir)) {
            Mailbox inbox = second.account("u").mailbox("INBOX");
            assertEquals(uidValidity, inbox.uidValidity());
            assertEquals(1, inbox.status().uidNext() - 1);
            assertEquals(2, Messages.append(inbox, "b"), "UID 1 is never reused");
            assertTrue(inbox.status().highestModSeq() > modSeq);
            assertEquals(List.of(1L), inbox.expungedSince(0));
        }
    }

    @Test
    void aTornLastRecordIsIgnoredAndOverwritten() throws IOException {
        MailStore first = MailStore.open(dir);
        Mailbox inbox = first.account("u").mailbox("INBOX");
        Messages.append(inbox, "kept");
        AccountSnapshot before = AccountSnapshot.of(first.account("u"));
        long goodSize = Files.size(journal());
        Messages.append(inbox, "torn");
        try (RandomAccessFile f = new RandomAccessFile(journal().toFile(), "rw")) {
            f.setLength(goodSize + 11); // the crash hit in the middle of the second record
        }
        MailStore second = MailStore.open(dir);
        assertEquals(before, AccountSnapshot.of(second.account("u")));
        assertEquals(goodSize, Files.size(journal()), "the torn tail was cut off");
        Mailbox again = second.account("u").mailbox("INBOX");
        assertEquals(2, Messages.append(again, "after restart"));
        AccountSnapshot after = AccountSnapshot.of(second.account("u"));
        MailStore third = MailStore.open(dir);
        assertEquals(after, AccountSnapshot.of(third.account("u")));
        first.close();
        second.close();
        third.close();
    }

    @Test
    void aCorruptRecordEndsTheReplay() throws IOException {
        MailStore first = MailStore.open(dir);
        Mailbox inbox = first.account("u").mailbox("INBOX");
        Messages.append(inbox, "kept");
        AccountSnapshot before = AccountSnapshot.of(first.account("u"));
        long goodSize = Files.size(journal());
        Messages.append(inbox, "flipped");
        try (RandomAccessFile f = new RandomAccessFile(journal().toFile(), "rw")) {
            f.seek(goodSize + 20);
            int b = f.read();
            f.seek(goodSize + 20);
            f.write(b ^ 0x40);
        }
        try (MailStore second = MailStore.open(dir)) {
            assertEquals(before, AccountSnapshot.of(second.account("u")));
        }
        first.close();
    }

    @Test
    void concurrentWritersShareFsyncsAndLoseNothing() throws Exception {
        int threads = 4;
        int perThread = 25;
        MailStore store = MailStore.open(dir);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String user = t % 2 == 0 ? "shared" : "own" + t;
            int thread = t;
            results.add(pool.submit(() -> {
                List<Long> uids = new ArrayList<>();
                Mailbox inbox = store.account(user).mailbox("INBOX");
                for (int i = 0; i < perThread; i++) {
                    uids.add(Messages.append(inbox, "t" + thread + "-" + i));
                }
                return uids;
            }));
        }
        List<Long> shared = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<Long> uids = results.get(t).get(60, TimeUnit.SECONDS);
            if (t % 2 == 0) {
                shared.addAll(uids);
            }
        }
        pool.shutdown();
        assertEquals(threads / 2 * perThread, shared.stream().distinct().count(), "UIDs unique under concurrency");
        AccountSnapshot expected = AccountSnapshot.of(store.account("shared"));
        try (MailStore reopened = MailStore.open(dir)) {
            assertEquals(expected, AccountSnapshot.of(reopened.account("shared")));
            assertEquals(perThread, reopened.account("own1").mailbox("INBOX").status().messages());
            assertEquals(perThread, reopened.account("own3").mailbox("INBOX").status().messages());
        }
        store.close();
    }

    @Test
    void garbageAfterTheLastRecordIsDropped() throws IOException {
        try (MailStore first = MailStore.open(dir)) {
            Messages.append(first.account("u").mailbox("INBOX"), "x");
        }
        long size = Files.size(journal());
        Files.write(journal(), new byte[] {(byte) 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 1, 2, 3},
                java.nio.file.StandardOpenOption.APPEND);
        try (MailStore second = MailStore.open(dir)) {
            assertEquals(1, second.account("u").mailbox("INBOX").status().messages());
        }
        assertEquals(size, Files.size(journal()));
    }
}
