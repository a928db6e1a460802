package org.imapharness.core.client;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.util.ReferenceCountUtil;
import java.util.Map;
import org.imapharness.protocol.codec.Quirk;
import org.imapharness.protocol.codec.ResponseParser;
import org.imapharness.protocol.frame.Frame;
import org.imapharness.protocol.frame.FrameError;
import org.imapharness.protocol.response.Response;

/**
 * The last inbound handler: parses each frame and hands it to the greeting logic or the
 * dispatcher, and turns Netty's lifecycle events (TLS handshake, errors, close) into connection
 * state. Malformed input never reaches {@link #exceptionCaught}: the framer and the parser turn it
 * into values.
 */
final class ClientHandler extends ChannelInboundHandlerAdapter {
    private final ImapClientConfig config;
    private final ConnectionState state;
    private final CommandDispatcher dispatcher;
    private final ResponseParser parser = new ResponseParser();
    private volatile Map<Quirk, Long> quirks = Map.of();
    private long quirkTotal;

    ClientHandler(ImapClientConfig config, ConnectionState state, CommandDispatcher dispatcher) {
        this.config = config;
        this.state = state;
        this.dispatcher = dispatcher;
    }

    /** Server quirks the parser accepted so far (RFC deviations it tolerates and counts). */
    Map<Quirk, Long> quirks() {
        return quirks;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        if (config.tlsMode() != TlsMode.IMPLICIT) {
            state.armGreetingTimer();
        }
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (msg instanceof Frame frame) {
                onFrame(frame);
            } else if (msg instanceof FrameError error) {
                onFrameError(error);
            } else if (msg instanceof ByteBuf leftover) {
                // A framer removed at STARTTLS hands on what it had not consumed: plaintext, discard.
                dispatcher.discardedBeforeTls(ByteBufUtil.getBytes(leftover), true);
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    private void onFrame(Frame frame) {
        if (dispatcher.awaitingTls()) {
            dispatcher.discardedBeforeTls(frame.bytes(), false);
            return;
        }
        // parse(Frame): the decoder already checked literals for NUL and large BODY[] data is shared, not copied.
        Response response = parser.parse(frame);
        if (parser.quirks().total() != quirkTotal) {
            quirkTotal = parser.quirks().total();
            quirks = parser.quirks().snapshot();
        }
        if (state.greeted()) {
            dispatcher.onResponse(response);
        } else {
            state.onGreeting(response);
        }
    }

    private void onFrameError(FrameError error) {
        if (dispatcher.awaitingTls()) {
            dispatcher.discardedBeforeTls(error.raw(), true);
        } else if (state.greeted()) {
            dispatcher.onFrameError(error);
        } else {
            state.failGreeting(new ImapProtocolException("unreadable greeting from " + config.endpoint() + ": "
                    + error.kind() + ": " + error.message()));
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof SslHandshakeCompletionEvent done) {
            onHandshake(done);
        }
        ctx.fireUserEventTriggered(evt);
    }

    private void onHandshake(SslHandshakeCompletionEvent done) {
        boolean afterStartTls = dispatcher.awaitingTls();
        ImapClientException failure = done.isSuccess() ? null
                : TlsContexts.handshakeFailure(config, done.cause(), afterStartTls ? " after STARTTLS" : "");
        if (afterStartTls) {
            dispatcher.onStartTlsHandshake(failure);
        } else if (failure != null) {
            state.failGreeting(failure);
        } else {
            state.armGreetingTimer();
        }
        if (failure != null) {
            state.closeWith(failure.getMessage(), failure);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        state.ioError(cause);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        dispatcher.failAll(state.onClosed());
        ctx.fireChannelInactive();
    }
}
