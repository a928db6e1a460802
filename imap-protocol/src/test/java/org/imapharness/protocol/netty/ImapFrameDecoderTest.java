package org.imapharness.protocol.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.imapharness.protocol.frame.Frame;
import org.imapharness.protocol.frame.FrameAccumulator.Mode;
import org.imapharness.protocol.frame.FrameError;
import org.imapharness.protocol.frame.FrameLimits;
import org.imapharness.protocol.frame.LiteralAnnounced;
import org.junit.jupiter.api.Test;

/** The adapter through a real pipeline, with heap and direct buffers, whole and in pieces. */
class ImapFrameDecoderTest {
    private static final FrameLimits SMALL = new FrameLimits(32, 10, 64);
    private static final String INPUT = "a1 LOGIN {4}\r\nuser pass\r\na2 " + "x".repeat(40) + "\r\n"
            + "a3 APPEND box {11+}\r\n0123456789\n\r\na4 NOOP\r\n";

    @Test
    void wholeSplitAndByteByByteGiveTheSameMessages() {
        byte[] input = INPUT.getBytes(StandardCharsets.US_ASCII);
        List<Object> whole = run(Mode.SERVER, input, input.length, Unpooled::buffer);
        assertEquals(5, whole.size(), whole.toString());
        assertTrue(whole.get(0) instanceof LiteralAnnounced);
        assertEquals(new Frame(bytes("a1 LOGIN {4}\r\nuser pass\r\n")), whole.get(1));
        assertEquals(FrameError.Kind.LINE_TOO_LONG, ((FrameError) whole.get(2)).kind());
        assertEquals(FrameError.Kind.LITERAL_TOO_BIG, ((FrameError) whole.get(3)).kind());
        assertEquals(new Frame(bytes("a4 NOOP\r\n")), whole.get(4));
        for (int cut = 1; cut < input.length; cut++) {
            assertEquals(whole, run(Mode.SERVER, input, cut, Unpooled::buffer), "split at " + cut);
        }
        assertEquals(whole, run(Mode.SERVER, input, 1, Unpooled::buffer), "byte by byte");
    }

    @Test
    void directBuffersLargerThanTheCopyChunk() {
        String big = "* 1 FETCH (BODY[] {20000}\r\n" + "z".repeat(20000) + ")\r\n";
        byte[] input = bytes(big + "a1 OK\r\n");
        List<Object> heap = run(Mode.CLIENT, input, input.length, Unpooled::buffer);
        assertEquals(List.of(new Frame(bytes(big)), new Frame(bytes("a1 OK\r\n"))), heap);
        assertEquals(heap, run(Mode.CLIENT, input, input.length, Unpooled::directBuffer));
        assertEquals(heap, run(Mode.CLIENT, input, 4096, Unpooled::directBuffer));
    }

    @Test
    void errorsLeaveTheChannelOpenAndCountBareLineFeeds() {
        ImapFrameDecoder decoder = new ImapFrameDecoder(SMALL, Mode.SERVER);
        EmbeddedChannel channel = new EmbeddedChannel(decoder);
        channel.writeInbound(Unpooled.wrappedBuffer(bytes("a1 {99999999999}\r\na2 NOOP\n")));
        assertEquals(FrameError.Kind.BAD_LITERAL_SIZE, channel.<FrameError>readInbound().kind());
        assertEquals(new Frame(bytes("a2 NOOP\n")), channel.readInbound());
        assertNull(channel.readInbound());
        channel.checkException();
        assertTrue(channel.isActive());
        assertEquals(1, decoder.accumulator().bareLineFeeds());
        assertFalse(channel.finish());
    }

    /**
     * Writes {@code input} as a first piece of {@code cut} bytes, then the rest in one piece (or
     * byte by byte when cut is 1). SERVER mode uses small limits, CLIENT mode the defaults.
     */
    private static List<Object> run(Mode mode, byte[] input, int cut, IntFunction<ByteBuf> alloc) {
        EmbeddedChannel channel = new EmbeddedChannel(new ImapFrameDecoder(
                mode == Mode.SERVER ? SMALL : FrameLimits.DEFAULTS, mode));
        int off = 0;
        while (off < input.length) {
            int n = off == 0 || cut == 1 ? Math.min(cut, input.length - off) : input.length - off;
            ByteBuf buf = alloc.apply(n);
            buf.writeBytes(input, off, n);
            channel.writeInbound(buf);
            off += n;
        }
        channel.checkException();
        List<Object> out = new ArrayList<>();
        for (Object o = channel.readInbound(); o != null; o = channel.readInbound()) {
            out.add(o);
        }
        channel.finishAndReleaseAll();
        return out;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
