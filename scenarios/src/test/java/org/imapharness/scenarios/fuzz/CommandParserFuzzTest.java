package org.imapharness.scenarios.fuzz;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.imapharness.protocol.codec.CommandParser;
import org.imapharness.protocol.codec.CommandWriter;
import org.imapharness.protocol.codec.CommandWriter.KeywordCase;
import org.imapharness.protocol.codec.CommandWriter.Options;
import org.imapharness.protocol.codec.EncodedCommand;
import org.imapharness.protocol.codec.LiteralMode;
import org.imapharness.protocol.codec.ParsedCommand;
import org.imapharness.protocol.codec.StringStyle;
import org.imapharness.protocol.command.TaggedCommand;
import org.imapharness.protocol.frame.Frame;
import org.imapharness.protocol.frame.FrameAccumulator;
import org.imapharness.protocol.frame.FrameEvent;
import org.imapharness.protocol.frame.FrameLimits;
import org.imapharness.protocol.frame.LiteralAnnounced;
import org.imapharness.protocol.model.Printable;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the server's command parser: {@code parse} returns a value for every
 * input, and an error keeps a readable tag or none. Every command that parses is encoded by
 * {@link CommandWriter} in three styles (shortest strings and synchronizing literals; quoted
 * strings, LITERAL+ and lower case; literals everywhere, LITERAL- and mixed case); each encoding
 * must be framed by the server's frame decoder as exactly one command (with one continuation per
 * synchronizing literal) and parse back to an equal command. The writer may not refuse a parsed
 * command: the parser accepts nothing the grammar cannot carry.
 */
class CommandParserFuzzTest {
    /** The {@code expected} of the parser's catch-all for values the model refuses (see {@code CommandParser.parse}). */
    private static final String MODEL_REFUSED = "a well-formed command";

    private final CommandParser parser = new CommandParser();

    @Timeout(value = 10, unit = SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @FuzzTest(maxDuration = "60s")
    void parseEncodeParse(byte[] frame) {
        ParsedCommand parsed = parser.parse(frame);
        assertNotNull(parsed);
        if (parsed instanceof ParsedCommand.Error error) {
            checkError(error, frame);
            return;
        }
        TaggedCommand command = ((ParsedCommand.Ok) parsed).command();
        for (Options options : styles(frame)) {
            EncodedCommand encoded;
            try {
                encoded = new CommandWriter(options).encode(command);
            } catch (IllegalArgumentException refused) {
                fail("writer (" + options + ") refused " + command + " parsed from " + show(frame) + ": "
                        + refused.getMessage());
                return;
            }
            byte[] wire = encoded.joined();
            assertFramedAsOne(encoded, wire, options);
            ParsedCommand again = parser.parse(wire);
            assertInstanceOf(ParsedCommand.Ok.class, again, () -> options + " wrote " + show(wire) + " for "
                    + show(frame) + ", which does not parse: " + again);
            assertEquals(command, ((ParsedCommand.Ok) again).command(),
                    () -> "parse(encode(" + show(frame) + ")) with " + options + " via " + show(wire));
        }
    }

    private static void checkError(ParsedCommand.Error error, byte[] frame) {
        assertTrue(!MODEL_REFUSED.equals(error.cause().expected()),
                () -> "grammar let through what the model refuses: " + error.cause().getMessage() + " in " + show(frame));
        assertTrue(error.cause().offset() >= 0 && error.cause().offset() <= frame.length,
                () -> "error offset inside the frame: " + error.cause().getMessage());
        if (error.tag() != null) {
            assertTrue(!error.tag().isEmpty() && Arrays.equals(error.tag().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    0, error.tag().length(), frame, 0, error.tag().length()), () -> "tag is the frame's first word: " + error);
        }
    }

    /** A server's frame decoder sees one frame, announced in as many segments as the writer made. */
    private static void assertFramedAsOne(EncodedCommand encoded, byte[] wire, Options options) {
        List<FrameEvent> events = new ArrayList<>();
        new FrameAccumulator(FrameLimits.DEFAULTS, FrameAccumulator.Mode.SERVER).feed(wire, 0, wire.length, events::add);
        long announced = events.stream().filter(LiteralAnnounced.class::isInstance).count();
        assertEquals(encoded.continuationsNeeded(), announced, () -> options + ": continuations in " + show(wire));
        List<FrameEvent> frames = events.stream().filter(e -> !(e instanceof LiteralAnnounced)).toList();
        assertEquals(List.of(new Frame(wire)), frames, () -> options + ": one frame for " + show(wire));
    }

    /** Three ways to write; the mixed-case letters are drawn from the input's hash. */
    private static List<Options> styles(byte[] frame) {
        return List.of(Options.DEFAULTS,
                new Options(StringStyle.QUOTED, LiteralMode.LITERAL_PLUS, KeywordCase.LOWER, 0),
                new Options(StringStyle.LITERAL, LiteralMode.LITERAL_MINUS, KeywordCase.MIXED, Arrays.hashCode(frame)));
    }

    private static String show(byte[] bytes) {
        return Printable.preview(bytes, 0, bytes.length, 300);
    }
}
