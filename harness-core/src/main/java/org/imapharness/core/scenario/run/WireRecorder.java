package org.imapharness.core.scenario.run;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.imapharness.core.transcript.Direction;
import org.imapharness.core.transcript.Transcript;

/** Records every chunk read, after TLS and before framing, so transcripts show even bytes the framer refuses. */
final class WireRecorder extends ChannelInboundHandlerAdapter {
    private final Transcript transcript;

    WireRecorder(Transcript transcript) {
        this.transcript = transcript;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof ByteBuf buf && buf.isReadable() && transcript.enabled()) {
            transcript.record(Direction.SERVER, ByteBufUtil.getBytes(buf));
        }
        ctx.fireChannelRead(msg);
    }
}
