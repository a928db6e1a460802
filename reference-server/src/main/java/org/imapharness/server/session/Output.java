package org.imapharness.server.session;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import java.util.List;
import org.imapharness.protocol.codec.ResponseWriter;
import org.imapharness.protocol.response.Response;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.TaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encodes a session's responses straight into byte buffers and writes them. Encoding here rather
 * than in a pipeline encoder means the channel's outbound buffer counts real bytes, so its
 * writability (the session's outbound limit) works even when the session runs off the event loop.
 * A response the writer refuses (a value RFC 3501 §9 cannot carry) is logged and, if it was the
 * tagged completion, replaced by {@code NO [SERVERBUG]} so the client is never left waiting.
 */
final class Output {
    private static final Logger LOG = LoggerFactory.getLogger(Output.class);
    /** Hand big answers (FETCH of large messages) to the channel in pieces it can account for. */
    private static final int CHUNK = 64 * 1024;

    private final ChannelHandlerContext ctx;
    private final ResponseWriter writer = new ResponseWriter();
    private ByteBuf pending;

    Output(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    void send(Response response) {
        if (pending == null) {
            pending = ctx.alloc().buffer(256);
        }
        try {
            writer.write(response, pending);
        } catch (IllegalArgumentException e) {
            LOG.error("cannot encode {}: {}", response.getClass().getSimpleName(), e.getMessage());
            if (response instanceof TaggedResponse t) {
                writer.write(new TaggedResponse(t.tag(), StatusCondition.NO, new ResponseCode.Other("SERVERBUG", null),
                        "The server could not encode its answer"), pending);
            } else {
                writer.write(new UntaggedResponse.Status(StatusCondition.NO, new ResponseCode.Other("SERVERBUG", null),
                        "A response could not be encoded and was left out"), pending);
            }
        }
        if (pending.readableBytes() >= CHUNK) {
            ctx.write(pending);
            pending = null;
        }
    }

    /**
     * Only for the tag-unchecked and response-text-unsanitized faults: {@code shape} (tagged
     * {@code x}, text {@code x}) encoded, then written with {@code tag} and {@code text} put in as
     * they are, past the writer's checks that exist to prevent exactly this.
     */
    void sendRaw(String tag, TaggedResponse shape, String text) {
        ByteBuf encoded = encode(shape);
        String line = encoded.toString(java.nio.charset.StandardCharsets.UTF_8);
        encoded.release();
        String middle = line.substring(2, line.length() - 3); // between "x " and "x\r\n"
        if (pending == null) {
            pending = ctx.alloc().buffer(256);
        }
        pending.writeCharSequence(tag + " " + middle + text + "\r\n", java.nio.charset.StandardCharsets.UTF_8);
    }

    void sendAll(List<? extends Response> responses) {
        for (Response r : responses) {
            send(r);
        }
    }

    /** Writes what is pending and flushes; the future completes when it reached the socket. */
    ChannelFuture flush() {
        ChannelFuture done = pending == null ? null : ctx.write(pending);
        pending = null;
        ctx.flush();
        return done != null ? done : ctx.newSucceededFuture();
    }

    /** One response on its own, for a write that must bypass the pending buffer (STARTTLS). */
    ByteBuf encode(Response response) {
        ByteBuf buf = ctx.alloc().buffer(64);
        writer.write(response, buf);
        return buf;
    }

    /** Drops unsent output (the connection is gone). */
    void discard() {
        if (pending != null) {
            pending.release();
            pending = null;
        }
    }
}
