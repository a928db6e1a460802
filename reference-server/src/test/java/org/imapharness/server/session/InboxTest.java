package org.imapharness.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.embedded.EmbeddedChannel;
import java.util.concurrent.atomic.AtomicLong;
import org.imapharness.protocol.frame.Frame;
import org.junit.jupiter.api.Test;

/** Reading pauses while the queue is full (count or bytes) and resumes as it drains. */
class InboxTest {
    private final EmbeddedChannel channel = new EmbeddedChannel();
    private final AtomicLong outbound = new AtomicLong();

    @Test
    void readingStopsAtTheCommandLimitAndResumesWhenDrained() {
        Inbox inbox = new Inbox(channel, 3, 1_000_000, outbound::get);
        inbox.add(frame(10));
        inbox.add(frame(10));
        assertTrue(channel.config().isAutoRead());
        inbox.add(frame(10));
        assertFalse(channel.config().isAutoRead(), "three queued: full");
        inbox.poll();
        inbox.regulate();
        assertTrue(channel.config().isAutoRead());
    }

    @Test
    void readingStopsWhenQueuedAndUnsentBytesExceedTheBudget() {
        Inbox inbox = new Inbox(channel, 100, 1000, outbound::get);
        inbox.add(frame(600));
        assertTrue(channel.config().isAutoRead());
        outbound.set(500);
        inbox.regulate();
        assertFalse(channel.config().isAutoRead(), "600 queued + 500 unsent > 1000");
        outbound.set(0);
        inbox.regulate();
        assertTrue(channel.config().isAutoRead());
        inbox.add(frame(600));
        assertFalse(channel.config().isAutoRead());
    }

    @Test
    void oneFrameIsAlwaysAcceptedWhateverItsSize() {
        Inbox inbox = new Inbox(channel, 100, 0, outbound::get);
        inbox.add(frame(5000));
        assertFalse(channel.config().isAutoRead());
        assertEquals(5000, ((Frame) inbox.poll()).length());
        inbox.regulate();
        assertTrue(channel.config().isAutoRead(), "an empty queue always reads");
    }

    @Test
    void clearDropsEverythingAndReportsHowMuch() {
        Inbox inbox = new Inbox(channel, 2, 1000, outbound::get);
        inbox.add(frame(1));
        inbox.add(frame(1));
        assertEquals(2, inbox.clear());
        assertTrue(inbox.isEmpty());
        assertTrue(channel.config().isAutoRead());
    }

    private static Frame frame(int size) {
        return new Frame(new byte[size]);
    }
}
