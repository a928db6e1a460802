package org.imapharness.protocol.codec;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.command.SearchKey;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.command.TaggedCommand;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.SequenceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Values the wire cannot carry are refused with an IllegalArgumentException naming the field. */
class CommandWriterRejectsTest {
    private static final SequenceSet ONE = SequenceSet.of(1);

    private static Command search(SearchKey key) {
        return new Command.Search(false, null, List.of(key), null);
    }

    static Stream<Arguments> unrepresentable() {
        return Stream.of(
                Arguments.of(new Command.Login("u", "se\u0000cret"), "Login.password"),
                Arguments.of(new Command.Login("u\uD800", "x"), "Login.user"),
                Arguments.of(new Command.Create(null), "Create.mailbox"),
                Arguments.of(new Command.Select(null, false, false, null), "Select.mailbox"),
                Arguments.of(new Command.Store(false, ONE, StoreMode.ADD, false, List.of("a b"), null), "Store.flags[0]"),
                Arguments.of(new Command.Store(false, ONE, StoreMode.ADD, false, List.of("\\Seen", "\\"), null), "Store.flags[1]"),
                Arguments.of(new Command.Store(false, ONE, StoreMode.ADD, false, List.of("\\*"), null), "Store.flags[0]"),
                Arguments.of(new Command.Store(false, ONE, StoreMode.ADD, false, List.of(), -1L), "Store.unchangedSince"),
                Arguments.of(new Command.Store(false, null, StoreMode.ADD, false, List.of(), null), "Store.set"),
                Arguments.of(new Command.Store(false, ONE, null, false, List.of(), null), "Store.mode"),
                Arguments.of(new Command.Append("x", List.of("f(x)"), null, Octets.EMPTY), "Append.flags[0]"),
                Arguments.of(new Command.Append("x", null, OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 5, ZoneOffset.UTC),
                        Octets.EMPTY), "Append.internalDate"),
                Arguments.of(new Command.Append("x", null, OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0,
                        ZoneOffset.ofTotalSeconds(3601)), Octets.EMPTY), "Append.internalDate"),
                Arguments.of(new Command.Append("x", null, OffsetDateTime.of(10000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                        Octets.EMPTY), "Append.internalDate"),
                Arguments.of(new Command.Append("x", null, null, null), "Append.message"),
                Arguments.of(new Command.Enable(List.of()), "Enable.capabilities"),
                Arguments.of(new Command.Enable(List.of("A B")), "Enable.capabilities"),
                Arguments.of(new Command.Authenticate("", null), "Authenticate.mechanism"),
                Arguments.of(new Command.Authenticate("X Y", null), "Authenticate.mechanism"),
                Arguments.of(new Command.Id(Map.of("k\u0000", "v")), "Id.parameters key"),
                Arguments.of(new Command.Fetch(true, ONE, List.of(FetchAttribute.Simple.UID), 0L, false), "Fetch.changedSince"),
                Arguments.of(new Command.Fetch(true, null, List.of(FetchAttribute.Simple.UID), null, false), "Fetch.set"),
                Arguments.of(new Command.Select("x", false, false, new Command.Qresync(0, 1, null, null, null)),
                        "Qresync.uidValidity"),
                Arguments.of(new Command.Select("x", false, false, new Command.Qresync(1, 0, null, null, null)),
                        "Qresync.modSeq"),
                Arguments.of(new Command.Select("x", false, false,
                        new Command.Qresync(SequenceSet.MAX_NUMBER + 1, 1, null, null, null)), "Qresync.uidValidity"),
                Arguments.of(new Command.Search(false, null, List.of(SearchKey.Flag.ALL), List.of("A B")),
                        "Search.returnOptions[0]"),
                Arguments.of(new Command.Search(false, "UTF\u00008", List.of(SearchKey.Flag.ALL), null), "Search.charset"),
                Arguments.of(search(new SearchKey.Size(true, SequenceSet.MAX_NUMBER + 1)), "Search.keys[0].octets"),
                Arguments.of(search(new SearchKey.Size(false, -1)), "Search.keys[0].octets"),
                Arguments.of(search(new SearchKey.Keyword("\\Seen", false)), "Search.keys[0].keyword"),
                Arguments.of(search(new SearchKey.Not(new SearchKey.Text(SearchKey.TextField.TO, "\u0000"))),
                        "Search.keys[0].key.value"),
                Arguments.of(search(new SearchKey.Or(SearchKey.Flag.ALL,
                        new SearchKey.Date(SearchKey.DateField.ON, LocalDate.of(10000, 1, 1)))), "Search.keys[0].right.date"),
                Arguments.of(search(new SearchKey.Date(SearchKey.DateField.ON, null)), "Search.keys[0].date"),
                Arguments.of(search(new SearchKey.And(List.of(SearchKey.Flag.ALL, new SearchKey.ModSeq(null, null, -1)))),
                        "Search.keys[0].keys[1].modSeq"),
                Arguments.of(search(new SearchKey.ModSeq("/flags/\\Seen", null, 1)), "Search.keys[0]"),
                Arguments.of(search(new SearchKey.ModSeq("/flagz/x", "all", 1)), "Search.keys[0].entryName"),
                Arguments.of(search(new SearchKey.ModSeq("/flags/\\Seen", "public", 1)), "Search.keys[0].entryType"),
                Arguments.of(search(new SearchKey.Header("a\u0000", "b")), "Search.keys[0].fieldName"),
                Arguments.of(search(new SearchKey.Uid(null)), "Search.keys[0].set"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("unrepresentable")
    void refusesNamingTheField(Command command, String field) {
        for (StringStyle style : StringStyle.values()) {
            CommandWriter writer = new CommandWriter(CommandWriter.Options.DEFAULTS.withStrings(style));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> writer.encode(new TaggedCommand("a1", command)));
            assertTrue(e.getMessage().startsWith(field), () -> "expected field " + field + " in: " + e.getMessage());
        }
    }

    @Test
    void refusesTagsOutsideTheGrammar() {
        CommandWriter writer = new CommandWriter();
        for (String tag : List.of("", "a+b", "+", "a*", "%", "a b", "a(", "a)", "{1}", "a\"", "a\\", "\u00e9", "a\r", "\u0000")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> writer.encode(new TaggedCommand(tag, new Command.Noop())), tag);
            assertTrue(e.getMessage().startsWith("tag"), e.getMessage());
        }
        for (String tag : List.of("a]", "A001", "x.y-z", "~!#$&'", "[tag]")) {
            writer.encode(new TaggedCommand(tag, new Command.Noop()));
        }
    }

    @Test
    void secretsDoNotAppearInMessages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CommandWriter()
                .encode(new TaggedCommand("a1", new Command.Login("user", "hunter2\u0000"))));
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }
}
