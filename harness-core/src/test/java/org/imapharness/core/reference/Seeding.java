package org.imapharness.core.reference;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.imapharness.core.client.BlockingImapClient;
import org.imapharness.core.client.CommandResult;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.ResponseCode;

/** Fresh mailboxes filled over IMAP, so tests sharing a user never see each other's messages. */
final class Seeding {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Seeding() {
    }

    /** Creates and returns a mailbox name no other test uses. */
    static String freshMailbox(BlockingImapClient client, String prefix) {
        String name = prefix + "-" + COUNTER.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        client.create(name);
        return name;
    }

    /** Appends plain messages with these subjects; returns their UIDs (from APPENDUID). */
    static List<Long> subjects(BlockingImapClient client, String mailbox, String... subjects) {
        List<Long> uids = new ArrayList<>();
        for (String s : subjects) {
            uids.add(append(client, mailbox, null, null, ("Subject: " + s + "\r\n\r\n" + s + "\r\n").getBytes()));
        }
        return uids;
    }

    static long append(BlockingImapClient client, String mailbox, List<String> flags, OffsetDateTime date,
                       byte[] message) {
        CommandResult r = client.append(mailbox, flags, date, message);
        ResponseCode.AppendUid uid = r.code(ResponseCode.AppendUid.class);
        assertNotNull(uid, "APPENDUID");
        SequenceSet.Range only = uid.uids().ranges().get(0);
        return only.low();
    }
}
