package org.imapharness.core.scenario.run;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.client.InboundRecorder;
import org.imapharness.core.client.RawConnect;
import org.imapharness.core.client.TlsContexts;
import org.imapharness.core.client.TlsMode;
import org.imapharness.core.transcript.Direction;
import org.imapharness.core.transcript.Transcript;
import org.imapharness.protocol.codec.Quirk;
import org.imapharness.protocol.frame.FrameAccumulator;
import org.imapharness.protocol.netty.ImapFrameDecoder;

/**
 * A raw IMAP connection for the interpreter: it writes exactly the bytes given and hands back
 * every response in arrival order, tagged or not, because scenarios talk to the server line by
 * line (malformed commands, continuations, DONE) where the client driver speaks in commands.
 * One thread reads ({@link #next}); the event loop only parses and queues.
 */
final class WireConnection implements AutoCloseable {
    private final Channel channel;
    private final Transcript transcript;
    private final Secrets secrets;
    private final LinkedBlockingQueue<WireEvent> events;
    private final WireHandler handler;

    private WireConnection(Channel channel, Transcript transcript, Secrets secrets,
                           LinkedBlockingQueue<WireEvent> events, WireHandler handler) {
        this.channel = channel;
        this.transcript = transcript;
        this.secrets = secrets;
        this.events = events;
        this.handler = handler;
    }

    /** Connects (TCP, and the TLS handshake for implicit TLS starts); the greeting is left unread. */
    static WireConnection open(ImapClientConfig config, Secrets secrets, Set<Quirk> tolerated) throws RunError {
        Transcript transcript = new Transcript(Math.max(config.transcriptLimitBytes(), Transcript.DEFAULT_LIMIT_BYTES));
        LinkedBlockingQueue<WireEvent> events = new LinkedBlockingQueue<>();
        WireHandler handler = new WireHandler(config, events, tolerated);
        Bootstrap b = new Bootstrap()
                .group(config.eventLoopGroup() != null ? config.eventLoopGroup() : WireLoops.shared())
                .channelFactory(config.channelFactory() != null ? config.channelFactory() : NioSocketChannel::new)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
                        config.connectTimeout().toMillis()))
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel ch) throws Exception {
                        if (config.tlsMode() == TlsMode.IMPLICIT) {
                            ch.pipeline().addLast(WireHandler.TLS, TlsContexts.newHandler(ch, config));
                        }
                        ch.pipeline().addLast("recorder", new InboundRecorder(transcript))
                                .addLast(WireHandler.FRAMES, new ImapFrameDecoder(config.frameLimits(),
                                        FrameAccumulator.Mode.CLIENT))
                                .addLast("imap", handler);
                    }
                });
        Channel channel;
        try {
            channel = RawConnect.connect(b, config);
        } catch (IOException e) {
            throw new RunError(e.getMessage());
        }
        return new WireConnection(channel, transcript, secrets, events, handler);
    }

    /** Writes the bytes as they are; the transcript gets them with secrets masked. */
    void send(byte[] bytes) {
        if (transcript.enabled()) {
            transcript.record(Direction.CLIENT, secrets.mask(bytes));
        }
        channel.writeAndFlush(Unpooled.wrappedBuffer(bytes));
    }

    /** Arms the switch to TLS on the OK of the STARTTLS with this tag; call before sending it. */
    void armStartTls(String tag) {
        handler.armStartTls(tag);
    }

    /** The next event, waiting until {@code deadline} ({@link System#nanoTime()}); {@code null} on timeout. */
    WireEvent next(long deadline) {
        long wait = deadline - System.nanoTime();
        try {
            return wait <= 0 ? events.poll() : events.poll(wait, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WireEvent.Closed("interrupted while waiting for the server");
        }
    }

    Transcript transcript() {
        return transcript;
    }

    boolean isTls() {
        return channel.pipeline().get(WireHandler.TLS) != null;
    }

    @Override
    public void close() {
        channel.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
    }

    /** Deviations from RFC 3501 §9 tolerated on this connection so far, by quirk. */
    Map<Quirk, Long> quirks() {
        return handler.quirks();
    }
}
