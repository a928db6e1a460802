package org.imapharness.server.net;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.SocketChannel;
import java.net.InetAddress;
import java.util.Objects;
import java.util.function.Function;
import org.imapharness.protocol.frame.FrameAccumulator;
import org.imapharness.protocol.frame.FrameLimits;
import org.imapharness.protocol.netty.ImapFrameDecoder;
import org.imapharness.server.tls.ServerTls;

/**
 * Builds each connection's pipeline: {@code tracker} (bytes, log line, address slot), {@code tls}
 * (implicit TLS, or added later by STARTTLS), {@code frames} (lines and literals within limits),
 * {@code session} (the IMAP state machine, which encodes its own responses). A connection over
 * the per-address limit gets a {@code * BYE} instead of a session.
 */
public final class ImapChannelInitializer extends ChannelInitializer<SocketChannel> {
    static final String TRACKER = "tracker";
    static final String TLS = "tls";
    static final String FRAMES = "frames";
    static final String SESSION = "session";

    private final PortKind port;
    private final ServerTls tls;
    private final FrameLimits frameLimits;
    private final ConnectionLimits limits;
    private final WriteBufferWaterMark outboundMark;
    private final OpenConnections open;
    private final Function<Connection, ChannelHandler> sessions;

    /**
     * @param tls              required for {@link PortKind#IMPLICIT_TLS}; null on the plain port means no STARTTLS
     * @param outboundMark when the session stops producing output for a slow reader
     * @param open         where every accepted connection is registered
     * @param sessions     makes the session handler of a new connection
     */
    public ImapChannelInitializer(PortKind port, ServerTls tls, FrameLimits frameLimits, ConnectionLimits limits,
            WriteBufferWaterMark outboundMark, OpenConnections open, Function<Connection, ChannelHandler> sessions) {
        if (port == PortKind.IMPLICIT_TLS && tls == null) {
            throw new IllegalArgumentException("the implicit TLS port needs a certificate");
        }
        this.port = port;
        this.tls = tls;
        this.frameLimits = Objects.requireNonNull(frameLimits, "frameLimits");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.outboundMark = Objects.requireNonNull(outboundMark, "outboundMark");
        this.open = Objects.requireNonNull(open, "open");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        ConnectionStats stats = new ConnectionStats(channel.remoteAddress(), port);
        InetAddress address = stats.remote().getAddress();
        boolean admitted = limits.tryAcquireAddress(address);
        channel.config().setWriteBufferWaterMark(outboundMark);
        ChannelPipeline pipeline = channel.pipeline();
        pipeline.addLast(TRACKER, new ConnectionTracker(stats, admitted ? () -> limits.releaseAddress(address) : () -> {
        }));
        if (port == PortKind.IMPLICIT_TLS) {
            pipeline.addLast(TLS, tls.newHandler(channel.alloc(), false));
        }
        if (!admitted) {
            stats.closeReason("refused: over " + limits.maxPerAddress() + " connections from the address");
            pipeline.addLast(new Refusal("Too many connections from your address (limit "
                    + limits.maxPerAddress() + ")"));
            return;
        }
        open.add(channel);
        pipeline.addLast(FRAMES, new ImapFrameDecoder(frameLimits, FrameAccumulator.Mode.SERVER));
        pipeline.addLast(SESSION,
                sessions.apply(new Connection(channel, port, stats, tls, frameLimits)));
    }
}
