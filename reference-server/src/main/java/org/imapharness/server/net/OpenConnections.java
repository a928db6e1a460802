package org.imapharness.server.net;

import io.netty.channel.Channel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.time.Duration;

/**
 * Every open client connection of a server, so that stopping can say goodbye: each session gets
 * {@link #STOPPING} as a user event and answers with {@code * BYE} (RFC 3501 §7.1.5) before the
 * connections are cut.
 */
public final class OpenConnections {
    /** The user event a session receives when the server is about to stop. */
    public static final Object STOPPING = new Object() {
        @Override
        public String toString() {
            return "STOPPING";
        }
    };

    private final ChannelGroup channels = new DefaultChannelGroup("imap-connections", GlobalEventExecutor.INSTANCE);

    void add(Channel channel) {
        channels.add(channel); // removed by the group itself when the channel closes
    }

    public int size() {
        return channels.size();
    }

    /** Tells every session the server is stopping and waits up to {@code grace} for them to close. */
    public void stop(Duration grace) {
        for (Channel channel : channels) {
            channel.eventLoop().execute(() -> channel.pipeline().fireUserEventTriggered(STOPPING));
        }
        long deadline = System.nanoTime() + grace.toNanos();
        while (!channels.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
