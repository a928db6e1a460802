package org.imapharness.core.gen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChoicesTest {
    private static final Generator<List<Integer>> NUMBERS = c -> List.of(c.below(1000), c.between(-5, 5), c.below(3));

    @Test
    void theSameSeedGivesTheSameValues() {
        assertEquals(NUMBERS.list(5, 50).generate(Choices.random(42)), NUMBERS.list(5, 50).generate(Choices.random(42)));
        assertNotEquals(NUMBERS.list(5, 50).generate(Choices.random(42)), NUMBERS.list(5, 50).generate(Choices.random(43)));
    }

    @Test
    void aRunReplaysFromItsRecordedBytes() {
        Choices original = Choices.random(7);
        List<List<Integer>> value = NUMBERS.list(8, 100).generate(original);
        Choices replay = Choices.replay(original.recorded());
        assertEquals(value, NUMBERS.list(8, 100).generate(replay));
        assertFalse(replay.overran());
        assertArrayEquals(original.recorded(), replay.recorded());
    }

    @Test
    void zeroBytesAreTheSimplestChoices() {
        Choices zeros = Choices.replay(new byte[0]);
        assertEquals(0, zeros.below(1000));
        assertEquals(-5, zeros.between(-5, 5));
        assertEquals("a", zeros.oneOf("a", "b"));
        assertFalse(zeros.percent(99));
        assertEquals(List.of(), NUMBERS.list(5, 10).generate(zeros));
        assertTrue(zeros.overran());
    }

    @Test
    void numbersUseOnlyTheBytesTheirBoundNeeds() {
        Choices c = Choices.replay(new byte[] {(byte) 200, 1, 2, (byte) 0xff, (byte) 0xff});
        assertEquals(200, c.below(256));
        assertEquals(258, c.below(65536));
        assertEquals(65535 / 2, c.below(32768));
        assertEquals(5, c.drawn());
    }

    @Test
    void aSmallerByteNeverGivesALargerNumber() {
        for (int bound : new int[] {3, 7, 100, 1000, 70_000}) {
            int previous = -1;
            for (int raw = 0; raw < 65536; raw += 17) {
                int value = Choices.replay(new byte[] {(byte) (raw >> 8), (byte) raw, 0}).below(bound);
                assertTrue(value >= previous && value < bound, "bound " + bound + ", raw " + raw + " gave " + value);
                previous = value;
            }
        }
    }

    @Test
    void percentIsRoughlyRight() {
        Choices c = Choices.random(1);
        int hits = 0;
        for (int i = 0; i < 10_000; i++) {
            hits += c.percent(30) ? 1 : 0;
        }
        assertTrue(hits > 2_600 && hits < 3_400, "30 % of 10,000 draws, got " + hits);
    }

    @Test
    void aRandomRunStopsDrawingRandomBytesAtItsLimit() {
        Choices c = Choices.random(3, 4);
        for (int i = 0; i < 4; i++) {
            c.nextByte();
        }
        assertFalse(c.overran());
        assertEquals(0, c.nextByte());
        assertTrue(c.overran());
    }

    @Test
    void badBoundsAreRefusedWithTheValue() {
        assertThrows(IllegalArgumentException.class, () -> Choices.random(1).below(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Choices.random(1).between(3, 2));
        assertTrue(e.getMessage().contains("[3, 2]"));
    }
}
