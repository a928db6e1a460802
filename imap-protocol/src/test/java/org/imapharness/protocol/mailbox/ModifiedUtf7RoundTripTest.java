package org.imapharness.protocol.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random names: every name round-trips, the encoder agrees with an independent reference
 * built on java.util.Base64, and strictness means one spelling per name: any wire string that
 * decode accepts is exactly what encode gives back.
 */
class ModifiedUtf7RoundTripTest {

    @Test
    void randomNamesRoundTrip() {
        Random random = new Random(3501_5_1_3L);
        for (int run = 0; run < 5000; run++) {
            String name = randomName(random);
            String wire = ModifiedUtf7.encode(name);
            assertEquals(reference(name), wire, name);
            assertTrue(ModifiedUtf7.isValid(wire), wire);
            assertEquals(name, ModifiedUtf7.decode(wire), wire);
            assertTrue(wire.chars().allMatch(c -> c >= 0x20 && c <= 0x7e), wire);
        }
    }

    @Test
    void mutatedWireIsRejectedOrCanonical() {
        Random random = new Random(7);
        String alphabet = "AZaz09+,-&/!~ \u00e9";
        int accepted = 0;
        for (int run = 0; run < 20000; run++) {
            StringBuilder wire = new StringBuilder(ModifiedUtf7.encode(randomName(random)));
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(wire.length() + 1);
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                if (at < wire.length() && random.nextBoolean()) {
                    wire.setCharAt(at, c);
                } else {
                    wire.insert(at, c);
                }
            }
            String w = wire.toString();
            if (ModifiedUtf7.isValid(w)) {
                accepted++;
                assertEquals(w, ModifiedUtf7.encode(ModifiedUtf7.decode(w)), "two spellings: " + w);
            }
        }
        assertTrue(accepted > 100, "the property was exercised: " + accepted);
    }

    private static String randomName(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(switch (random.nextInt(7)) {
                case 0, 1 -> 0x20 + random.nextInt(0x5f);
                case 2 -> random.nextBoolean() ? '&' : '-';
                case 3 -> random.nextBoolean() ? random.nextInt(0x20) : 0x7f + random.nextInt(0x81);
                case 4 -> randomBmp(random);
                case 5 -> 0x10000 + random.nextInt(0x100000);
                default -> "\u53f0\u5317\u65e5\u672c\u8a9e\u00fc".charAt(random.nextInt(6));
            });
        }
        return sb.toString();
    }

    private static int randomBmp(Random random) {
        int c;
        do {
            c = 0x80 + random.nextInt(0x10000 - 0x80);
        } while (Character.isSurrogate((char) c));
        return c;
    }

    /** A second, independent encoder: runs of non-printable chars as one base64 run. */
    private static String reference(String name) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c >= 0x20 && c <= 0x7e) {
                out.append(c == '&' ? "&-" : String.valueOf(c));
                i++;
                continue;
            }
            int end = i;
            while (end < name.length() && (name.charAt(end) < 0x20 || name.charAt(end) > 0x7e)) {
                end++;
            }
            out.append('&').append(ModifiedUtf7Test.b64(name.substring(i, end).chars().toArray())).append('-');
            i = end;
        }
        return out.toString();
    }
}
