package org.imapharness.server.session;

import io.netty.channel.Channel;
import java.util.ArrayDeque;
import java.util.function.LongSupplier;
import org.imapharness.protocol.frame.Frame;
import org.imapharness.protocol.frame.FrameError;
import org.imapharness.protocol.frame.FrameEvent;

/**
 * Frames read but not yet answered, in arrival order (pipelining, RFC 3501 §5.5). Memory stays
 * bounded whatever the client sends: reading stops ({@code autoRead} off) while the queue holds
 * {@code maxCommands} frames or while queued bytes plus unsent output exceed the byte budget; the
 * frame decoder bounds the one frame being assembled.
 */
final class Inbox {
    private final ArrayDeque<FrameEvent> queue = new ArrayDeque<>();
    private final Channel channel;
    private final int maxCommands;
    private final long byteBudget;
    private final LongSupplier pendingOutbound;
    /** The pipeline-overflow-dropped fault: past {@code maxCommands}, frames are dropped, reading goes on. */
    private final boolean dropOverflow;
    private long bytes;

    /**
     * @param byteBudget      queued plus outbound bytes above which reading pauses (one frame is
     *                        always accepted, so a maximal command still gets through)
     * @param pendingOutbound the connection's unsent output, in bytes
     */
    Inbox(Channel channel, int maxCommands, long byteBudget, LongSupplier pendingOutbound) {
        this(channel, maxCommands, byteBudget, pendingOutbound, false);
    }

    Inbox(Channel channel, int maxCommands, long byteBudget, LongSupplier pendingOutbound, boolean dropOverflow) {
        this.channel = channel;
        this.dropOverflow = dropOverflow;
        this.maxCommands = maxCommands;
        this.byteBudget = byteBudget;
        this.pendingOutbound = pendingOutbound;
    }

    void add(FrameEvent event) {
        if (dropOverflow && queue.size() >= maxCommands) {
            return;
        }
        queue.add(event);
        bytes += size(event);
        regulate();
    }

    FrameEvent poll() {
        FrameEvent event = queue.poll();
        if (event != null) {
            bytes -= size(event);
        }
        return event;
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    /** Empties the queue; returns how many frames were dropped. */
    int clear() {
        int n = queue.size();
        queue.clear();
        bytes = 0;
        regulate();
        return n;
    }

    /** Pauses or resumes reading from the socket to keep within the limits. */
    void regulate() {
        boolean open = (dropOverflow || queue.size() < maxCommands)
                && (queue.isEmpty() || bytes + pendingOutbound.getAsLong() <= byteBudget);
        if (channel.config().isAutoRead() != open) {
            channel.config().setAutoRead(open);
        }
    }

    private static long size(FrameEvent event) {
        if (event instanceof Frame f) {
            return f.length();
        }
        return event instanceof FrameError e ? e.raw().length : 0;
    }
}
