package org.imapharness.protocol.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.SearchKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Known answers: wire text of the RFC examples (our own values) to the expected model value. */
class CommandParserTest {
    private final CommandParser parser = new CommandParser();

    static Stream<CommandExamples.Example> examples() {
        return CommandExamples.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void parsesKnownAnswer(CommandExamples.Example example) {
        assertEquals(new ParsedCommand.Ok(example.expected()), parser.parse(example.wire()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void parsesFrameInsideALargerArray(CommandExamples.Example example) {
        byte[] padded = new byte[example.wire().length + 7];
        padded[0] = '!';
        System.arraycopy(example.wire(), 0, padded, 3, example.wire().length);
        padded[padded.length - 1] = 'x';
        assertEquals(new ParsedCommand.Ok(example.expected()), parser.parse(padded, 3, example.wire().length));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void writerReencodesEveryExampleToTheSameModel(CommandExamples.Example example) {
        for (CommandWriter.Options options : CommandRoundTripTest.allOptions()) {
            CommandRoundTripTest.assertRoundTrip(new CommandWriter(options), example.expected(), example.source());
        }
    }

    @Test
    void errorOffsetsAreRelativeToTheFrameStart() {
        byte[] frame = "xx a1 NOOOP\r\n".getBytes(StandardCharsets.US_ASCII);
        ParsedCommand.Error error = assertInstanceOf(ParsedCommand.Error.class, parser.parse(frame, 3, frame.length - 3));
        assertEquals("a1", error.tag());
        assertEquals(3, error.cause().offset());
        assertEquals("command", error.cause().rule());
    }

    @Test
    void searchDepthBoundIsConfigurable() {
        String wire = "s1 SEARCH " + "NOT ".repeat(5) + "SEEN\r\n";
        byte[] frame = wire.getBytes(StandardCharsets.US_ASCII);
        assertInstanceOf(ParsedCommand.Ok.class, new CommandParser(5).parse(frame));
        ParsedCommand.Error error = assertInstanceOf(ParsedCommand.Error.class, new CommandParser(4).parse(frame));
        assertEquals("search-key", error.cause().rule());
        assertEquals(wire.indexOf("SEEN"), error.cause().offset());
    }

    @Test
    void invalidUtf8InALiteralBecomesReplacementCharacters() {
        byte[] frame = {'a', ' ', 'C', 'R', 'E', 'A', 'T', 'E', ' ', '{', '2', '}', '\r', '\n', (byte) 0xC3, 'x', '\r', '\n'};
        ParsedCommand.Ok ok = assertInstanceOf(ParsedCommand.Ok.class, parser.parse(frame));
        assertEquals(new Command.Create("\uFFFDx"), ok.command().command());
    }

    @Test
    void macrosExpandToTheirItems() {
        ParsedCommand.Ok ok = assertInstanceOf(ParsedCommand.Ok.class,
                parser.parse("f FETCH 1 FULL\r\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(5, ((Command.Fetch) ok.command().command()).items().size());
    }

    @Test
    void searchKeysKeepTheirOrderAndGrouping() {
        ParsedCommand.Ok ok = assertInstanceOf(ParsedCommand.Ok.class,
                parser.parse("s UID SEARCH OR (SEEN DRAFT) NOT 1\r\n".getBytes(StandardCharsets.US_ASCII)));
        Command.Search search = (Command.Search) ok.command().command();
        assertEquals(1, search.keys().size());
        SearchKey.Or or = assertInstanceOf(SearchKey.Or.class, search.keys().get(0));
        assertInstanceOf(SearchKey.And.class, or.left());
        assertInstanceOf(SearchKey.Not.class, or.right());
    }
}
