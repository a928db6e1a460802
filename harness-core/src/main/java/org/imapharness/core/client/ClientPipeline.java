package org.imapharness.core.client;

import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.ssl.SslHandler;
import javax.net.ssl.SSLSession;
import org.imapharness.core.transcript.Transcript;
import org.imapharness.protocol.frame.FrameAccumulator;
import org.imapharness.protocol.netty.ImapFrameDecoder;

/**
 * The channel's handlers, in order: {@code tls} (implicit TLS, or added by STARTTLS),
 * {@code transcript} (records plaintext as read), {@code frames} (splits responses, literals
 * inline) and {@code imap} (parses and dispatches). Writes go out from {@code imap} through
 * {@code tls} when present.
 */
final class ClientPipeline {
    static final String TLS = "tls";
    static final String TRANSCRIPT = "transcript";
    static final String FRAMES = "frames";
    static final String IMAP = "imap";

    private ClientPipeline() {
    }

    static void install(Channel channel, ImapClientConfig config, Transcript transcript, ClientHandler handler) {
        ChannelPipeline p = channel.pipeline();
        if (config.tlsMode() == TlsMode.IMPLICIT) {
            p.addLast(TLS, TlsContexts.newHandler(channel, config));
        }
        p.addLast(TRANSCRIPT, new InboundRecorder(transcript));
        p.addLast(FRAMES, new ImapFrameDecoder(config.frameLimits(), FrameAccumulator.Mode.CLIENT));
        p.addLast(IMAP, handler);
    }

    /**
     * Puts TLS under everything after STARTTLS's OK (RFC 3501 §6.2.1). The framer is replaced, so
     * a response it had half-read in plaintext can never be completed by bytes read over TLS.
     *
     * @return whether the old framer held part of a response (which is thereby discarded)
     */
    static boolean startTls(Channel channel, ImapClientConfig config) {
        ChannelPipeline p = channel.pipeline();
        ImapFrameDecoder old = (ImapFrameDecoder) p.get(FRAMES);
        boolean partial = !old.accumulator().isBetweenFrames();
        p.addFirst(TLS, TlsContexts.newHandler(channel, config));
        p.replace(FRAMES, FRAMES, new ImapFrameDecoder(config.frameLimits(), FrameAccumulator.Mode.CLIENT));
        return partial;
    }

    static boolean isTls(Channel channel) {
        return channel.pipeline().get(SslHandler.class) != null;
    }

    /** The TLS session (protocol, cipher suite, peer certificates), or null without TLS. */
    static SSLSession tlsSession(Channel channel) {
        SslHandler tls = channel.pipeline().get(SslHandler.class);
        return tls == null ? null : tls.engine().getSession();
    }
}
