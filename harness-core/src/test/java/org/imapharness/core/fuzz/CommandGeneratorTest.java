package org.imapharness.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.util.Set;
import org.imapharness.core.gen.Choices;
import org.imapharness.protocol.codec.CommandParser;
import org.imapharness.protocol.codec.ParsedCommand;
import org.junit.jupiter.api.Test;

/** The generators: deterministic from their bytes, grammar-valid, covering every known rule. */
class CommandGeneratorTest {
    private static final TargetTraits TRAITS = new TargetTraits(Set.of("IMAP4rev1", "LITERAL+", "BINARY", "CONDSTORE",
            "ESEARCH", "ID", "NAMESPACE", "ENABLE", "IDLE", "UNSELECT", "UIDPLUS", "MOVE"), "ihfz-t", "ihfz-t-");

    @Test
    void sameBytesGiveTheSameCommand() {
        for (long seed = 0; seed < 200; seed++) {
            Choices first = Choices.random(seed);
            WireCommand a = new CommandGenerator(TRAITS, new RuleCoverage()).generate(first, "t1", seed % 2 == 0, false);
            WireCommand b = new CommandGenerator(TRAITS, new RuleCoverage())
                    .generate(Choices.replay(first.recorded()), "t1", seed % 2 == 0, false);
            assertArrayEquals(a.bytes(), b.bytes());
        }
    }

    /** Our own strict command parser (RFC 3501 §9) accepts every valid command the generator makes. */
    @Test
    void everyValidCommandParsesStrictly() {
        CommandParser parser = new CommandParser();
        RuleCoverage rules = new RuleCoverage();
        CommandGenerator generator = new CommandGenerator(TRAITS, rules);
        for (long seed = 0; seed < 5000; seed++) {
            WireCommand c = generator.generate(Choices.random(seed), "t1", seed % 3 != 0, false);
            if (c.family().equals("X")) {
                continue; // an unknown command: valid syntax (x-command), unknown to every parser
            }
            ParsedCommand parsed = parser.parse(withoutAnnouncementsWaiting(c));
            if (parsed instanceof ParsedCommand.Error e) {
                fail("seed " + seed + ": " + Texts.printable(c.bytes(), 400) + " -> " + e.cause().getMessage());
            }
        }
        assertEquals(RuleCoverage.KNOWN.size(), rules.covered(), () -> "never reached: " + rules.missing());
    }

    @Test
    void synchronizingLiteralsCutTheCommandAndLiteralPlusDoesNot() {
        WireCommand c = new WireCommand("a1", java.util.List.of(new Part.Keyword("LOGIN"), new Part.Text(" "),
                new Part.Str("u".getBytes(), Part.Form.LITERAL, Part.Slot.ASTRING), new Part.Text(" "),
                new Part.Str("p\"\\".getBytes(), Part.Form.QUOTED, Part.Slot.ASTRING), new Part.Text(" "),
                new Part.Str("x".getBytes(), Part.Form.LITERAL_PLUS, Part.Slot.ASTRING)), "LOGIN", false, null);
        assertEquals(2, c.segments().size());
        assertEquals("a1 LOGIN {1}\r\n", new String(c.segments().get(0)));
        assertEquals("u \"p\\\"\\\\\" {1+}\r\nx\r\n", new String(c.segments().get(1)));
    }

    @Test
    void aFormThatCannotCarryTheValueIsRefused() {
        assertTrue(Forms.possible("a b".getBytes(), Part.Slot.ASTRING, false).stream()
                .noneMatch(f -> f == Part.Form.ATOM));
        assertEquals(java.util.List.of(Part.Form.LITERAL), Forms.possible(new byte[] {'a', (byte) 0xe9},
                Part.Slot.ASTRING, false));
        assertEquals(java.util.List.of(Part.Form.LITERAL, Part.Form.LITERAL_PLUS),
                Forms.possible(new byte[] {0, 1}, Part.Slot.BINARY, true));
    }

    private static byte[] withoutAnnouncementsWaiting(WireCommand c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.segments().forEach(out::writeBytes);
        return out.toByteArray();
    }
}
