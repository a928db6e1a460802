package org.imapharness.core.fuzz;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.client.RawConnect;
import org.imapharness.core.client.TlsContexts;
import org.imapharness.core.client.TlsMode;
import org.imapharness.protocol.frame.FrameAccumulator;
import org.imapharness.protocol.netty.ImapFrameDecoder;

/**
 * A raw connection for the fuzzer: writes exactly the bytes given, each {@link #send} flushed on
 * its own (so a command split in pieces leaves in separate TCP segments), and hands back every
 * response in arrival order. Every wait is bounded by the caller's deadline.
 */
public final class FuzzWire implements AutoCloseable {
    private static final EventLoopGroup LOOPS = new MultiThreadIoEventLoopGroup(1,
            new DefaultThreadFactory("imap-fuzz", true), NioIoHandler.newFactory());

    private final Channel channel;
    private final LinkedBlockingQueue<WireEvent> events;

    private FuzzWire(Channel channel, LinkedBlockingQueue<WireEvent> events) {
        this.channel = channel;
        this.events = events;
    }

    /** Connects; with implicit TLS the handshake starts at once. The greeting is left unread. */
    static FuzzWire open(ImapClientConfig config) throws IOException {
        LinkedBlockingQueue<WireEvent> events = new LinkedBlockingQueue<>();
        Bootstrap b = new Bootstrap().group(LOOPS).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(60_000, config.connectTimeout().toMillis()))
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        if (config.tlsMode() == TlsMode.IMPLICIT) {
                            ch.pipeline().addLast("tls", TlsContexts.newHandler(ch, config));
                        }
                        ch.pipeline().addLast("frames", new ImapFrameDecoder(config.frameLimits(),
                                FrameAccumulator.Mode.CLIENT)).addLast("imap", new FuzzWireHandler(events));
                    }
                });
        return new FuzzWire(RawConnect.connect(b, config), events);
    }

    /** Puts TLS under the connection after STARTTLS's OK (RFC 3501 §6.2.1). */
    void startTls(ImapClientConfig config) {
        channel.eventLoop().submit(() -> channel.pipeline().addFirst("tls", TlsContexts.newHandler(channel, config)))
                .awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    void send(byte[] bytes) {
        channel.writeAndFlush(Unpooled.wrappedBuffer(bytes));
    }

    /** The next event before {@code deadline} ({@link System#nanoTime()}), or null. */
    WireEvent next(long deadline) {
        long wait = deadline - System.nanoTime();
        try {
            return wait <= 0 ? events.poll() : events.poll(wait, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WireEvent.Closed("interrupted");
        }
    }

    boolean isOpen() {
        return channel.isActive();
    }

    @Override
    public void close() {
        channel.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
    }
}
