package org.imapharness.scenarios.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link SecuritySettings#bytes}: the sizes {@code imap.security.max-bytes} accepts. */
class SecuritySettingsTest {

    @Test
    void plainNumbersAreBytes() {
        assertEquals(1_048_576L, SecuritySettings.bytes("1048576"));
        assertEquals(0L, SecuritySettings.bytes("0"));
    }

    @Test
    void binaryUnitsInEitherCase() {
        assertEquals(64L << 10, SecuritySettings.bytes("64k"));
        assertEquals(64L << 20, SecuritySettings.bytes("64m"));
        assertEquals(64L << 20, SecuritySettings.bytes("64M"));
        assertEquals(2L << 30, SecuritySettings.bytes(" 2g "));
    }

    @Test
    void anythingElseIsRefusedWithTheKeyAndTheText() {
        for (String bad : new String[] {"", "m", "64 m", "64mb", "1.5m", "sixty"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SecuritySettings.bytes(bad),
                    bad);
            assertTrue(e.getMessage().startsWith("imap.security.max-bytes: expected a size such as 64m"), e.getMessage());
            assertTrue(e.getMessage().contains("\"" + bad + "\""), e.getMessage());
        }
    }
}
