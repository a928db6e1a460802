package org.imapharness.server.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHashTest {

    /** Made with the argon2 reference CLI: {@code echo -n 'correct horse' | argon2 saltsaltsaltsalt -id -t 2 -k 64 -p 1 -l 32 -e}. */
    private static final String ARGON2_REFERENCE =
            "$argon2id$v=19$m=64,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$5jdMIzWoFbzSOl6k3wai9uU3f8LD+HmGXQgo1uhHQPI";
    /** Same tool, two lanes and a non-ASCII password ("pässword" in UTF-8). */
    private static final String ARGON2_TWO_LANES =
            "$argon2id$v=19$m=256,t=3,p=2$MDEyMzQ1Njc4OWFiY2RlZg$b2+uUu3REWVraE/d7lGELT0kJp9QsV63sPg3ADF2R7k";
    /** Made with Python's {@code hashlib.pbkdf2_hmac('sha256', b'correct horse', b'saltsaltsaltsalt', 1000)}. */
    private static final String PBKDF2_REFERENCE =
            "$pbkdf2-sha256$i=1000$c2FsdHNhbHRzYWx0c2FsdA$BBs+1+PaslLtBPULUr8/lQicvVuHiEPMz0i8MjLCbzM";

    private static final HashCost CHEAP = new HashCost.Argon2id(64, 1, 1);

    @Test
    void verifiesHashesMadeByOtherImplementations() {
        assertTrue(PasswordHash.parse(ARGON2_REFERENCE).matches("correct horse".getBytes(UTF_8)));
        assertFalse(PasswordHash.parse(ARGON2_REFERENCE).matches("correct horsf".getBytes(UTF_8)));
        assertTrue(PasswordHash.parse(ARGON2_TWO_LANES).matches("pässword".getBytes(UTF_8)));
        assertTrue(PasswordHash.parse(PBKDF2_REFERENCE).matches("correct horse".getBytes(UTF_8)));
        assertFalse(PasswordHash.parse(PBKDF2_REFERENCE).matches("Correct horse".getBytes(UTF_8)));
    }

    @Test
    void encodedFormRoundTrips() {
        for (String phc : new String[] {ARGON2_REFERENCE, ARGON2_TWO_LANES, PBKDF2_REFERENCE}) {
            assertEquals(phc, PasswordHash.parse(phc).encoded());
        }
    }

    @Test
    void createdHashesVerifyAndAreSalted() {
        SecureRandom random = new SecureRandom();
        byte[] password = "s3cret".getBytes(UTF_8);
        PasswordHash a = PasswordHash.create(password, CHEAP, random);
        PasswordHash b = PasswordHash.create(password, CHEAP, random);
        assertNotEquals(a.encoded(), b.encoded(), "fresh salt each time");
        assertTrue(a.matches(password));
        assertTrue(PasswordHash.parse(a.encoded()).matches(password));
        assertFalse(a.matches("s3cre".getBytes(UTF_8)));
        assertTrue(a.encoded().startsWith("$argon2id$v=19$m=64,t=1,p=1$"), a.encoded());
        PasswordHash pbkdf2 = PasswordHash.create(password, new HashCost.Pbkdf2Sha256(10), random);
        assertTrue(pbkdf2.encoded().startsWith("$pbkdf2-sha256$i=10$"), pbkdf2.encoded());
        assertTrue(PasswordHash.parse(pbkdf2.encoded()).matches(password));
    }

    @Test
    void matchesArbitraryOctetsNotJustText() {
        byte[] binary = {(byte) 0xff, 0, (byte) 0x80, 'a'};
        PasswordHash hash = PasswordHash.create(binary, new HashCost.Pbkdf2Sha256(5), new SecureRandom());
        assertTrue(hash.matches(binary));
        assertFalse(hash.matches(new byte[] {(byte) 0xff, 0, (byte) 0x81, 'a'}));
    }

    @Test
    void toStringShowsCostOnly() {
        PasswordHash hash = PasswordHash.parse(ARGON2_REFERENCE);
        assertEquals("PasswordHash[argon2id:m=64,t=2,p=1]", hash.toString());
    }

    @Test
    void malformedHashesAreRejectedWithTheReason() {
        assertRejected("plain", "must start with '$'");
        assertRejected("$bcrypt$x", "unknown hash algorithm 'bcrypt'");
        assertRejected("$argon2id$m=64,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$5jdM", "found 5 '$' fields");
        assertRejected("$argon2id$v=16$m=64,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$5jdMIzWoFbzSOl6k3wai9uU3f8LD",
                "version must be v=19");
        assertRejected("$argon2id$v=19$m=64,t=2$c2FsdHNhbHRzYWx0c2FsdA$5jdMIzWoFbzSOl6k3wai9uU3f8LD", "lack p=");
        assertRejected("$argon2id$v=19$m=64,t=2,p=1,x=3$c2FsdHNhbHRzYWx0c2FsdA$5jdMIzWoFbzSOl6k3wai9uU3f8LD",
                "unexpected hash parameter x");
        assertRejected("$argon2id$v=19$m=64,t=2,t=3,p=1$c2FsdHNhbHRzYWx0c2FsdA$5jdMIzWoFbzSOl6k3wai9uU3f8LD",
                "t appears twice");
        assertRejected("$argon2id$v=19$m=6x,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$5jdMIzWoFbzSOl6k3wai9uU3f8LD",
                "must be a decimal number");
        assertRejected("$argon2id$v=19$m=4,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$5jdMIzWoFbzSOl6k3wai9uU3f8LD",
                "argon2id m must be in 8..");
        assertRejected("$argon2id$v=19$m=64,t=2,p=1$c2Fs$5jdMIzWoFbzSOl6k3wai9uU3f8LD", "salt must be 8..64 bytes");
        assertRejected("$argon2id$v=19$m=64,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$5j!M", "hash is not base64");
        assertRejected("$pbkdf2-sha256$i=0$c2FsdHNhbHRzYWx0c2FsdA$BBs+1+PaslLtBPULUr8/lQicvVuHiEPMz0i8MjLCbzM",
                "pbkdf2-sha256 i must be in 1..");
    }

    private static void assertRejected(String phc, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse(phc));
        assertTrue(e.getMessage().contains(reason), "expected '" + reason + "' in: " + e.getMessage());
    }

    @Test
    void costSpecsParseAndPrint() {
        assertEquals(new HashCost.Argon2id(8192, 2, 1), HashCost.parse("argon2id:m=8192,t=2,p=1"));
        assertEquals(new HashCost.Pbkdf2Sha256(310000), HashCost.parse("pbkdf2-sha256:i=310000"));
        assertEquals("argon2id:m=8192,t=2,p=1", HashCost.DEFAULT.spec());
        assertEquals(HashCost.INLINE, HashCost.parse(HashCost.INLINE.spec()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HashCost.parse("argon2id"));
        assertTrue(e.getMessage().contains("must look like"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> HashCost.parse("scrypt:n=1"));
        assertTrue(e.getMessage().contains("unknown hash algorithm 'scrypt'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> HashCost.parse("argon2id:m=8192,t=0,p=1"));
        assertTrue(e.getMessage().contains("argon2id t must be in 1..100, was 0"), e.getMessage());
    }
}
