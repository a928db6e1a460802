package org.imapharness.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.imapharness.core.gen.Choices;
import org.junit.jupiter.api.Test;

/** Near-valid commands are one edit away and keep what keeps the connection in step. */
class MutatorTest {
    private static final TargetTraits TRAITS = new TargetTraits(Set.of("IMAP4rev1", "LITERAL+"), "ihfz-t", "ihfz-t-");

    @Test
    void anEditNeverTouchesTheTagTheLiteralsOrTheLineEnd() {
        CommandGenerator generator = new CommandGenerator(TRAITS, new RuleCoverage());
        for (long seed = 0; seed < 3000; seed++) {
            Choices c = Choices.random(seed);
            WireCommand valid = generator.generate(c, "t7", true, false);
            WireCommand near = Mutator.mutate(valid, new Mutator.Roll(c.nextByte(), c.nextByte(), c.nextByte(),
                    c.nextByte()));
            String bytes = new String(near.bytes(), StandardCharsets.ISO_8859_1);
            assertTrue(bytes.startsWith("t7 "), bytes);
            assertTrue(bytes.endsWith("\r\n"), bytes);
            assertEquals(valid.segments().size(), near.segments().size(), bytes);
            assertFalse(near.valid());
            assertEquals(1, Math.abs(near.bytes().length - valid.bytes().length) <= 1 ? 1 : 0, bytes);
            List<Part> literals = near.parts().stream().filter(p -> p instanceof Part.Str s
                    && (s.form() == Part.Form.LITERAL || s.form() == Part.Form.LITERAL_PLUS)).toList();
            assertEquals(valid.parts().stream().filter(literals::contains).count(), literals.size(), bytes);
            assertFalse(bytes.substring(0, bytes.length() - 2).replaceAll("\\{[0-9]+\\+?\\}\r\n", "").contains("\n")
                    && !valid.hasStrings(), bytes);
        }
    }

    @Test
    void theRollDecidesTheEdit() {
        WireCommand noop = new WireCommand("a", List.of(new Part.Keyword("NOOP")), "NOOP", true, null);
        assertEquals("a NOOP\r\n", text(Mutator.mutate(noop, new Mutator.Roll(0, 255, 0, 0))).replace("(", ""));
        assertEquals("a NOP\r\n", text(Mutator.mutate(noop, new Mutator.Roll(0, 64, 0, 64))));
        assertEquals("a N\"OP\r\n", text(Mutator.mutate(noop, new Mutator.Roll(0, 64, 6 * 256 / 21 + 1, 128))));
    }

    private static String text(WireCommand c) {
        return new String(c.bytes(), StandardCharsets.ISO_8859_1);
    }
}
