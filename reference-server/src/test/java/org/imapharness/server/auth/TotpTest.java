package org.imapharness.server.auth;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 Appendix B's SHA-1 seed: the ASCII digits 1234567890 twice. */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(US_ASCII);

    /** RFC 6238 Appendix B, SHA-1 rows: Unix time and the 8-digit TOTP published for it. */
    private static final long[][] RFC_SHA1_VECTORS = {
        {59L, 94287082},
        {1111111109L, 7081804},
        {1111111111L, 14050471},
        {1234567890L, 89005924},
        {2000000000L, 69279037},
        {20000000000L, 65353130},
    };

    @Test
    void matchesTheRfc6238TestVectors() {
        for (long[] vector : RFC_SHA1_VECTORS) {
            long step = Totp.step(Instant.ofEpochSecond(vector[0]));
            assertEquals(vector[1], Totp.code(RFC_SEED, step, 8), "time " + vector[0]);
            assertEquals(vector[1] % 1_000_000, Totp.code(RFC_SEED, step, 6), "6 digits at time " + vector[0]);
        }
    }

    @Test
    void stepsAreThirtySecondsFromTheEpoch() {
        assertEquals(1, Totp.step(Instant.ofEpochSecond(59)));
        assertEquals(0x23523EC, Totp.step(Instant.ofEpochSecond(1111111109)));
        assertEquals(0x27BC86AA, Totp.step(Instant.ofEpochSecond(20000000000L)));
    }

    @Test
    void acceptsOneStepEitherSideOnly() {
        Totp totp = new Totp(RFC_SEED);
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.step(now);
        assertEquals(step, totp.matchingStep(totp.codeAt(step), now));
        assertEquals(step - 1, totp.matchingStep(totp.codeAt(step - 1), now));
        assertEquals(step + 1, totp.matchingStep(totp.codeAt(step + 1), now));
        assertEquals(Long.MIN_VALUE, totp.matchingStep(totp.codeAt(step - 2), now));
        assertEquals(Long.MIN_VALUE, totp.matchingStep(totp.codeAt(step + 2), now));
        assertEquals(Long.MIN_VALUE, totp.matchingStep(-1, now));
    }

    @Test
    void aCodeIsAcceptedOnceAndOlderOnesNeverAfterIt() {
        Totp totp = new Totp(RFC_SEED);
        assertTrue(totp.consume(100));
        assertFalse(totp.consume(100), "replay of the same step");
        assertFalse(totp.consume(99), "an older step after a newer one");
        assertTrue(totp.consume(101));
    }

    @Test
    void secretsAreBase32AndAtLeast128Bits() {
        assertEquals(Totp.code(RFC_SEED, 1, 6),
                Totp.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ").codeAt(1));
        assertEquals(Totp.code(RFC_SEED, 1, 6),
                Totp.fromBase32("gezdgnbvgy3tqojqgezdgnbvgy3tqojq").codeAt(1), "case-insensitive");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Totp.fromBase32("GEZDGNBV"));
        assertTrue(e.getMessage().contains("at least 16 bytes"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Totp.fromBase32("GEZDGNBVGY3TQOJ1GEZDGNBVGY3TQOJQ"));
        assertTrue(e.getMessage().contains("'1' at position 15"), e.getMessage());
        String fresh = Totp.newSecret(new java.security.SecureRandom());
        assertEquals(32, fresh.length());
        Totp.fromBase32(fresh);
    }

    @Test
    void base32MatchesRfc4648Vectors() {
        String[][] vectors = {{"", ""}, {"f", "MY"}, {"fo", "MZXQ"}, {"foo", "MZXW6"}, {"foob", "MZXW6YQ"},
            {"fooba", "MZXW6YTB"}, {"foobar", "MZXW6YTBOI"}};
        for (String[] v : vectors) {
            assertEquals(v[1], Base32.encode(v[0].getBytes(US_ASCII)));
            assertEquals(v[0], new String(Base32.decode(v[1]), US_ASCII));
        }
        assertEquals("foobar", new String(Base32.decode("MZXW6YTBOI======"), US_ASCII), "padding ignored");
    }
}
