package org.imapharness.scenarios.fuzz;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.imapharness.protocol.mailbox.ModifiedUtf7;
import org.imapharness.protocol.mailbox.ModifiedUtf7Exception;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of modified UTF-7 (RFC 3501 §5.1.3). The input is read twice:
 * <ul>
 *   <li>as a wire name (one char per byte): {@code decode} either refuses it with a
 *       {@link ModifiedUtf7Exception} at a position inside the name, or the name is the one
 *       canonical spelling, so {@code encode(decode(x))} gives {@code x} back;</li>
 *   <li>as UTF-16 (two bytes per char, unpaired surrogates included): {@code encode} refuses
 *       exactly the strings with an unpaired surrogate (documented: they have no UTF-16 form),
 *       and otherwise writes printable US-ASCII that decodes to the same string.</li>
 * </ul>
 */
class ModifiedUtf7FuzzTest {

    @Timeout(value = 10, unit = SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @FuzzTest(maxDuration = "60s")
    void decodeEncodeRoundTrip(byte[] input) {
        wireForm(new String(input, StandardCharsets.ISO_8859_1));
        unicodeForm(utf16(input));
    }

    private static void wireForm(String wire) {
        String decoded;
        try {
            decoded = ModifiedUtf7.decode(wire);
        } catch (ModifiedUtf7Exception refused) {
            assertTrue(refused.position() >= 0 && refused.position() <= wire.length(),
                    () -> "position inside the name: " + refused.getMessage());
            assertTrue(!ModifiedUtf7.isValid(wire), "isValid agrees with decode");
            return;
        }
        assertTrue(ModifiedUtf7.isValid(wire), "isValid agrees with decode");
        assertEquals(wire, ModifiedUtf7.encode(decoded), () -> "encode(decode(x)) for " + escape(wire));
    }

    private static void unicodeForm(String unicode) {
        if (hasUnpairedSurrogate(unicode)) {
            assertThrows(IllegalArgumentException.class, () -> ModifiedUtf7.encode(unicode),
                    () -> "unpaired surrogate refused in " + escape(unicode));
            return;
        }
        String wire = ModifiedUtf7.encode(unicode);
        assertTrue(wire.chars().allMatch(c -> c >= 0x20 && c <= 0x7e), () -> "printable US-ASCII: " + escape(wire));
        assertEquals(unicode, ModifiedUtf7.decode(wire), () -> "decode(encode(x)) for " + escape(unicode));
    }

    /** Big-endian pairs of bytes as chars, without replacing anything (a trailing odd byte is dropped). */
    private static String utf16(byte[] input) {
        char[] chars = new char[input.length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ((input[2 * i] & 0xff) << 8 | (input[2 * i + 1] & 0xff));
        }
        return new String(chars);
    }

    private static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.toString();
    }
}
