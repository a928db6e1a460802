package org.imapharness.protocol.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.imapharness.protocol.model.Printable;
import org.imapharness.protocol.response.MalformedResponse;
import org.imapharness.protocol.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutations of valid responses (byte flips, insertions, deletions, cuts, splices) and
 * random bytes: the parser returns a value for every input and never throws. A malformed
 * result must come from a grammar rule, not from the catch-all that guards model constructors.
 */
class ResponseParserFuzzTest {
    private static final byte[] ALPHABET = "()[]{}<>\"\\ *+~:.,0123456789NILnil\r\nABCxyz~%".getBytes();

    @Test
    void mutatedResponsesNeverThrow() {
        List<byte[]> seeds = ResponseWire.tableLines("examples.txt").stream().map(ResponseWire::fromTable).toList();
        ResponseParser lenient = new ResponseParser();
        ResponseParser strict = ResponseParser.strict();
        Random random = new Random(20251126L);
        int malformed = 0;
        for (int i = 0; i < 40_000; i++) {
            byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), seeds, random);
            for (ResponseParser p : List.of(lenient, strict)) {
                malformed += check(p, input) ? 1 : 0;
            }
        }
        assertNotEquals(0, malformed, "mutations do break the grammar");
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(7);
        ResponseParser p = new ResponseParser();
        for (int i = 0; i < 20_000; i++) {
            byte[] input = new byte[random.nextInt(64)];
            random.nextBytes(input);
            check(p, input);
        }
    }

    /** Parses, asserts the contract, and reports whether the input was malformed. */
    private static boolean check(ResponseParser p, byte[] input) {
        Response r = p.parse(input);
        assertNotNull(r);
        if (r instanceof MalformedResponse m) {
            assertNotEquals("a value the model can hold", m.cause().expected(),
                    () -> "model refused: " + m.cause().getMessage() + " for " + Printable.escape(input));
            assertEquals(true, m.cause().offset() >= 0 && m.cause().offset() <= input.length, m.cause()::getMessage);
            return true;
        }
        return false;
    }

    private static byte[] mutate(byte[] seed, List<byte[]> seeds, Random random) {
        byte[] b = seed.clone();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            int at = b.length == 0 ? 0 : random.nextInt(b.length);
            switch (random.nextInt(6)) {
                case 0 -> {
                    if (b.length > 0) {
                        b[at] = ALPHABET[random.nextInt(ALPHABET.length)];
                    }
                }
                case 1 -> b = insert(b, at, new byte[] {ALPHABET[random.nextInt(ALPHABET.length)]});
                case 2 -> {
                    if (b.length > 0) {
                        b = concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, at + 1, b.length));
                    }
                }
                case 3 -> b = Arrays.copyOf(b, at);
                case 4 -> {
                    byte[] other = seeds.get(random.nextInt(seeds.size()));
                    int from = random.nextInt(other.length);
                    b = insert(b, at, Arrays.copyOfRange(other, from, Math.min(other.length, from + random.nextInt(20))));
                }
                default -> {
                    if (b.length > 0) {
                        b[at] = (byte) random.nextInt(256);
                    }
                }
            }
        }
        return b;
    }

    private static byte[] insert(byte[] b, int at, byte[] piece) {
        return concat(concat(Arrays.copyOf(b, at), piece), Arrays.copyOfRange(b, at, b.length));
    }

    private static byte[] concat(byte[] a, byte[] c) {
        byte[] out = Arrays.copyOf(a, a.length + c.length);
        System.arraycopy(c, 0, out, a.length, c.length);
        return out;
    }
}
