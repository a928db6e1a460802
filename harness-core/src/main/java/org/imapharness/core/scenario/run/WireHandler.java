package org.imapharness.core.scenario.run;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.util.ReferenceCountUtil;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.client.CloseReportingHandler;
import org.imapharness.core.client.RootCause;
import org.imapharness.core.client.TlsContexts;
import org.imapharness.protocol.codec.Quirk;
import org.imapharness.protocol.codec.ResponseParser;
import org.imapharness.protocol.frame.Frame;
import org.imapharness.protocol.frame.FrameAccumulator;
import org.imapharness.protocol.frame.FrameError;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.netty.ImapFrameDecoder;
import org.imapharness.protocol.response.Response;
import org.imapharness.protocol.response.TaggedResponse;

/**
 * Parses each frame strictly, or tolerating the quirks the run allows (counted, see
 * {@link #quirks}; scenarios check conformance, so none by default), and queues it for the
 * interpreter thread. When the OK of an armed STARTTLS arrives, TLS goes under everything at
 * once, on the event loop, before another byte is read; frames already read in plaintext after
 * that OK are reported as injected, never parsed (RFC 3501 §6.2.1).
 */
final class WireHandler extends CloseReportingHandler {
    static final String TLS = "tls";
    static final String FRAMES = "frames";

    private final ImapClientConfig config;
    private final BlockingQueue<WireEvent> events;
    private final ResponseParser parser;
    /** The parser's quirk counts as of its last frame, for the interpreter thread. */
    private volatile Map<Quirk, Long> quirks = Map.of();
    private volatile String startTlsTag;
    private boolean tlsStarting;

    WireHandler(ImapClientConfig config, BlockingQueue<WireEvent> events, Set<Quirk> tolerated) {
        this.config = config;
        this.events = events;
        this.parser = tolerated.isEmpty() ? ResponseParser.strict() : new ResponseParser(tolerated);
    }

    /** Deviations the parser tolerated on this connection so far, by quirk. */
    Map<Quirk, Long> quirks() {
        return quirks;
    }

    /** The tag of a STARTTLS about to be sent: its OK switches the connection to TLS. */
    void armStartTls(String tag) {
        startTlsTag = tag;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (msg instanceof Frame frame) {
                onFrame(ctx, frame.bytes());
            } else if (msg instanceof FrameError error) {
                events.add(tlsStarting ? new WireEvent.Injected(Octets.of(error.raw()))
                        : new WireEvent.Unframed(error));
            } else if (msg instanceof ByteBuf leftover && leftover.isReadable()) {
                events.add(new WireEvent.Injected(Octets.of(ByteBufUtil.getBytes(leftover))));
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    private void onFrame(ChannelHandlerContext ctx, byte[] bytes) {
        if (tlsStarting) {
            events.add(new WireEvent.Injected(Octets.of(bytes)));
            return;
        }
        long before = parser.quirks().total();
        Response response = parser.parse(bytes);
        if (parser.quirks().total() != before) {
            quirks = parser.quirks().snapshot();
        }
        String armed = startTlsTag;
        if (armed != null && response instanceof TaggedResponse t && t.tag().equals(armed)) {
            startTlsTag = null;
            if (t.isOk()) {
                startTls(ctx);
            }
        }
        events.add(new WireEvent.Received(response, Octets.of(bytes)));
    }

    private void startTls(ChannelHandlerContext ctx) {
        ChannelPipeline p = ctx.pipeline();
        try {
            p.addFirst(TLS, TlsContexts.newHandler(ctx.channel(), config));
        } catch (Exception e) {
            closeWith(ctx, "cannot start TLS after STARTTLS: " + e.getMessage());
            return;
        }
        tlsStarting = true;
        p.replace(FRAMES, FRAMES, new ImapFrameDecoder(config.frameLimits(), FrameAccumulator.Mode.CLIENT));
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof SslHandshakeCompletionEvent done) {
            tlsStarting = false;
            if (!done.isSuccess()) {
                closeWith(ctx, "TLS handshake with " + config.endpoint() + " failed: " + RootCause.message(done.cause()));
            }
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    protected void reportClosed(String reason) {
        events.add(new WireEvent.Closed(reason));
    }
}
