package org.imapharness.protocol.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.imapharness.protocol.command.TaggedCommand;
import org.imapharness.protocol.frame.Frame;
import org.imapharness.protocol.frame.FrameAccumulator;
import org.imapharness.protocol.frame.FrameEvent;
import org.imapharness.protocol.frame.FrameLimits;
import org.imapharness.protocol.frame.LiteralAnnounced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The server's real path: bytes through {@link FrameAccumulator} (whole, split at every byte,
 * byte by byte), then {@link CommandParser}. The framer must hand over exactly the command and
 * announce each synchronizing literal; the parser must give the known answer.
 */
class CommandFramingTest {
    private final CommandParser parser = new CommandParser();

    static Stream<CommandExamples.Example> examples() {
        return CommandExamples.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void knownAnswersSurviveEverySplit(CommandExamples.Example example) {
        byte[] wire = example.wire();
        int synchronizing = countSynchronizingLiterals(wire);
        assertFramedAs(wire, List.of(wire.length), synchronizing, example.expected());
        for (int cut = 1; cut < wire.length; cut++) {
            assertFramedAs(wire, List.of(cut, wire.length - cut), synchronizing, example.expected());
        }
        List<Integer> single = new ArrayList<>();
        for (int i = 0; i < wire.length; i++) {
            single.add(1);
        }
        assertFramedAs(wire, single, synchronizing, example.expected());
    }

    @Test
    void writerOutputFramesAsOneCommandPerSegmentSequence() {
        for (CommandWriter.Options options : CommandRoundTripTest.allOptions()) {
            CommandWriter writer = new CommandWriter(options);
            for (long seed = 1; seed <= 60; seed++) {
                TaggedCommand command = new CommandGenerator(seed * 101).next();
                EncodedCommand encoded = writer.encode(command);
                List<Integer> pieces = new ArrayList<>();
                for (byte[] segment : encoded.segments()) {
                    pieces.add(segment.length);
                }
                assertFramedAs(encoded.joined(), pieces, encoded.continuationsNeeded(), command);
            }
        }
    }

    @Test
    void pipelinedCommandsSplitIntoFrames() {
        List<CommandExamples.Example> all = CommandExamples.all();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (CommandExamples.Example example : all) {
            stream.writeBytes(example.wire());
        }
        byte[] bytes = stream.toByteArray();
        List<Frame> frames = new ArrayList<>();
        FrameAccumulator accumulator = new FrameAccumulator(FrameLimits.DEFAULTS, FrameAccumulator.Mode.SERVER);
        for (int i = 0; i < bytes.length; i += 7) {
            accumulator.feed(bytes, i, Math.min(7, bytes.length - i), event -> {
                if (event instanceof Frame frame) {
                    frames.add(frame);
                }
            });
        }
        assertEquals(all.size(), frames.size());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(new ParsedCommand.Ok(all.get(i).expected()), parser.parse(frames.get(i).bytes()), all.get(i)::source);
        }
    }

    /** Feeds {@code wire} in pieces of the given sizes; expects one frame, the literal announcements, the command. */
    private void assertFramedAs(byte[] wire, List<Integer> pieces, int synchronizing, TaggedCommand expected) {
        FrameAccumulator accumulator = new FrameAccumulator(FrameLimits.DEFAULTS, FrameAccumulator.Mode.SERVER);
        List<FrameEvent> events = new ArrayList<>();
        int offset = 0;
        for (int size : pieces) {
            accumulator.feed(wire, offset, size, events::add);
            offset += size;
        }
        List<Frame> frames = new ArrayList<>();
        int announced = 0;
        for (FrameEvent event : events) {
            if (event instanceof Frame frame) {
                frames.add(frame);
            } else if (event instanceof LiteralAnnounced) {
                announced++;
            } else {
                throw new AssertionError("unexpected " + event + " for pieces " + pieces);
            }
        }
        assertEquals(1, frames.size(), () -> "frames for pieces " + pieces);
        assertArrayEquals(wire, frames.get(0).bytes());
        assertEquals(synchronizing, announced, "synchronizing literals announced");
        assertTrue(accumulator.isBetweenFrames());
        assertEquals(new ParsedCommand.Ok(expected), parser.parse(frames.get(0).bytes()));
    }

    /** Literal announcements without {@code +}, found by scanning for {@code {n}CRLF} outside literal data. */
    private static int countSynchronizingLiterals(byte[] wire) {
        int count = 0;
        int i = 0;
        while (i < wire.length) {
            if (wire[i] == '{') {
                int j = i + 1;
                while (j < wire.length && wire[j] >= '0' && wire[j] <= '9') {
                    j++;
                }
                boolean plus = j < wire.length && wire[j] == '+';
                int close = plus ? j + 1 : j;
                if (j > i + 1 && close + 1 < wire.length && wire[close] == '}' && wire[close + 1] == '\r') {
                    if (!plus) {
                        count++;
                    }
                    i = close + 3 + Integer.parseInt(new String(wire, i + 1, j - i - 1, StandardCharsets.US_ASCII));
                    continue;
                }
            }
            i++;
        }
        return count;
    }
}
