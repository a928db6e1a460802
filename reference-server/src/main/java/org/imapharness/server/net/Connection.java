package org.imapharness.server.net;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.ssl.SslHandler;
import java.net.InetAddress;
import org.imapharness.protocol.frame.FrameAccumulator;
import org.imapharness.protocol.frame.FrameLimits;
import org.imapharness.protocol.netty.ImapFrameDecoder;
import org.imapharness.server.tls.ServerTls;

/**
 * What a session may ask of its transport: who the client is, which port it came in on, whether
 * TLS is on, and the STARTTLS switch. Keeps pipeline surgery (handler names and order) in this
 * package.
 */
public final class Connection {
    private final Channel channel;
    private final PortKind port;
    private final ConnectionStats stats;
    private final ServerTls tls;
    private final FrameLimits frameLimits;

    Connection(Channel channel, PortKind port, ConnectionStats stats, ServerTls tls, FrameLimits frameLimits) {
        this.channel = channel;
        this.port = port;
        this.stats = stats;
        this.tls = tls;
        this.frameLimits = frameLimits;
    }

    public PortKind port() {
        return port;
    }

    public ConnectionStats stats() {
        return stats;
    }

    public InetAddress clientAddress() {
        return stats.remote().getAddress();
    }

    /** STARTTLS is offered here: the plain port of a server with a certificate. */
    public boolean startTlsOffered() {
        return port == PortKind.PLAIN && tls != null;
    }

    /**
     * Puts TLS under the IMAP codec (RFC 3501 §6.2.1) and writes {@code lastCleartext} (the tagged
     * OK) as the one write that still goes out in the clear; everything after it is encrypted. The
     * frame decoder is replaced by a fresh one, so no byte that arrived in the clear, even half a
     * line, can be mistaken for a command sent over TLS (the CVE-2011-0411 class of attack).
     *
     * <p>Runs on the event loop: when the session lives on another executor, its earlier writes are
     * tasks queued there before this one, so they still pass before the TLS handler exists.
     */
    public void startTls(ByteBuf lastCleartext) {
        if (!startTlsOffered()) {
            lastCleartext.release();
            throw new IllegalStateException("STARTTLS is not offered on this connection");
        }
        if (channel.eventLoop().inEventLoop()) {
            switchToTls(lastCleartext);
        } else {
            channel.eventLoop().execute(() -> switchToTls(lastCleartext));
        }
    }

    private void switchToTls(ByteBuf lastCleartext) {
        ChannelPipeline pipeline = channel.pipeline();
        if (!channel.isActive() || pipeline.get(SslHandler.class) != null) {
            lastCleartext.release();
            return;
        }
        pipeline.addAfter(ImapChannelInitializer.TRACKER, ImapChannelInitializer.TLS,
                tls.newHandler(channel.alloc(), true));
        pipeline.replace(ImapChannelInitializer.FRAMES, ImapChannelInitializer.FRAMES,
                new ImapFrameDecoder(frameLimits, FrameAccumulator.Mode.SERVER));
        channel.writeAndFlush(lastCleartext);
        stats.startedTls();
    }

    /**
     * Bytes written but not yet handed to the socket: the outbound share of the connection's
     * buffer. Read through the public writability API (exact below the high-water mark, at least
     * the mark once over it), so any thread may ask.
     */
    public long pendingOutboundBytes() {
        long high = channel.config().getWriteBufferHighWaterMark();
        long before = channel.bytesBeforeUnwritable();
        return before > 0 ? high - before : high;
    }
}
