package org.imapharness.protocol.netty;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import org.imapharness.protocol.frame.FrameAccumulator;
import org.imapharness.protocol.frame.FrameEvent;
import org.imapharness.protocol.frame.FrameLimits;

/**
 * Netty adapter for {@link FrameAccumulator}: passes every {@link FrameEvent} (frames, literal
 * announcements, errors) down the pipeline as a message. Malformed or oversized input becomes a
 * {@link org.imapharness.protocol.frame.FrameError} message, never an exception, so the channel
 * stays usable and the next handler decides whether to answer BAD or close.
 *
 * <p>All readable bytes are consumed on every call: the accumulator keeps the partial frame
 * itself, within its limits, so Netty's cumulation buffer never grows with hostile input.
 */
public final class ImapFrameDecoder extends ByteToMessageDecoder {
    /** Direct buffers have no array; they are copied through this much heap at a time. */
    private static final int CHUNK = 8192;

    private final FrameAccumulator accumulator;
    private byte[] scratch;

    public ImapFrameDecoder(FrameLimits limits, FrameAccumulator.Mode mode) {
        this.accumulator = new FrameAccumulator(limits, mode);
    }

    /** The accumulator, for its counters (bare LF quirk, offset). */
    public FrameAccumulator accumulator() {
        return accumulator;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.isReadable()) {
            int n = in.readableBytes();
            if (in.hasArray()) {
                accumulator.feed(in.array(), in.arrayOffset() + in.readerIndex(), n, out::add);
                in.skipBytes(n);
            } else {
                if (scratch == null) {
                    scratch = new byte[CHUNK];
                }
                n = Math.min(n, CHUNK);
                in.readBytes(scratch, 0, n);
                accumulator.feed(scratch, 0, n, out::add);
            }
        }
    }
}
