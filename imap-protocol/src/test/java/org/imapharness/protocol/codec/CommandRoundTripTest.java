package org.imapharness.protocol.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.SearchKey;
import org.imapharness.protocol.command.TaggedCommand;
import org.imapharness.protocol.model.Printable;
import org.junit.jupiter.api.Test;

/** Writer then parser gives back the same command, for every option combination. */
class CommandRoundTripTest {
    private final CommandParser parser = new CommandParser();

    static List<CommandWriter.Options> allOptions() {
        List<CommandWriter.Options> all = new ArrayList<>();
        for (StringStyle style : StringStyle.values()) {
            for (LiteralMode mode : LiteralMode.values()) {
                for (CommandWriter.KeywordCase letters : CommandWriter.KeywordCase.values()) {
                    all.add(CommandWriter.Options.DEFAULTS.withStrings(style).withLiterals(mode)
                            .withKeywordCase(letters).withCaseSeed(style.ordinal() * 31L + mode.ordinal()));
                }
            }
        }
        return all;
    }

    @Test
    void randomCommandsSurviveEveryOptionCombination() {
        List<CommandWriter.Options> options = allOptions();
        int checked = 0;
        for (long seed = 1; seed <= 4000; seed++) {
            TaggedCommand command = new CommandGenerator(seed).next();
            CommandWriter writer = new CommandWriter(options.get((int) (seed % options.size())));
            assertRoundTrip(writer, command, "seed " + seed);
            checked++;
        }
        assertEquals(4000, checked);
    }

    @Test
    void everyCommandKindIsGenerated() {
        java.util.Set<Class<?>> kinds = new java.util.HashSet<>();
        for (long seed = 1; seed <= 4000; seed++) {
            kinds.add(new CommandGenerator(seed).next().command().getClass());
        }
        assertEquals(Command.class.getPermittedSubclasses().length, kinds.size(), () -> "generated: " + kinds);
    }

    @Test
    void oneCommandOfEachSeedInAllOptionCombinations() {
        for (long seed = 10_000; seed < 10_200; seed++) {
            TaggedCommand command = new CommandGenerator(seed).next();
            for (CommandWriter.Options o : allOptions()) {
                assertRoundTrip(new CommandWriter(o), command, "seed " + seed + " " + o);
            }
        }
    }

    @Test
    void searchKeysNestedToTheLimitRoundTrip() {
        SearchKey deepNot = SearchKey.Flag.SEEN;
        SearchKey deepOr = SearchKey.Flag.ALL;
        SearchKey deepAnd = new SearchKey.Text(SearchKey.TextField.SUBJECT, "x\"\\y");
        for (int i = 0; i < CommandParser.DEFAULT_MAX_SEARCH_DEPTH; i++) {
            deepNot = new SearchKey.Not(deepNot);
            deepOr = new SearchKey.Or(SearchKey.Flag.DELETED, deepOr);
            deepAnd = new SearchKey.And(List.of(deepAnd, SearchKey.Flag.NEW));
        }
        for (SearchKey key : List.of(deepNot, deepOr, deepAnd)) {
            TaggedCommand command = new TaggedCommand("d1", new Command.Search(true, null, List.of(key), null));
            for (CommandWriter.Options o : allOptions()) {
                assertRoundTrip(new CommandWriter(o), command, "depth " + CommandParser.DEFAULT_MAX_SEARCH_DEPTH);
            }
        }
    }

    @Test
    void segmentsEndExactlyAtSynchronizingLiterals() {
        CommandWriter writer = new CommandWriter(CommandWriter.Options.DEFAULTS.withStrings(StringStyle.LITERAL));
        for (long seed = 1; seed <= 500; seed++) {
            EncodedCommand encoded = writer.encode(new CommandGenerator(seed).next());
            List<byte[]> segments = encoded.segments();
            for (int i = 0; i < segments.size() - 1; i++) {
                String text = new String(segments.get(i), StandardCharsets.ISO_8859_1);
                assertTrue(text.matches("(?s).*\\{\\d+}\r\n"), "segment " + i + " of seed " + seed + ": " + text);
            }
            byte[] last = segments.get(segments.size() - 1);
            assertEquals('\n', last[last.length - 1]);
        }
    }

    static void assertRoundTrip(CommandWriter writer, TaggedCommand command, String context) {
        byte[] wire = writer.encode(command).joined();
        ParsedCommand parsed = new CommandParser().parse(wire);
        if (parsed instanceof ParsedCommand.Error e) {
            fail(context + ": " + e.cause().getMessage() + "\n  wire: " + Printable.preview(wire, 0, wire.length, 600)
                    + "\n  command: " + command);
        }
        assertEquals(new ParsedCommand.Ok(command), parsed, () -> context + "\n  wire: "
                + Printable.preview(wire, 0, wire.length, 600));
    }
}
