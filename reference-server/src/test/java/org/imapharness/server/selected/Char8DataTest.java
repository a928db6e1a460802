package org.imapharness.server.selected;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.imapharness.protocol.model.Octets;
import org.junit.jupiter.api.Test;

class Char8DataTest {

    @Test
    void dataWithoutNulIsPassedOnAsItIs() {
        Octets text = Octets.utf8("Subject: hi\r\n\r\nno nul here");
        assertSame(text, Char8Data.of(text));
        assertNull(Char8Data.of(null), "a missing part stays NIL");
    }

    @Test
    void eachNulBecomesOneStandInOctet() {
        Octets out = Char8Data.of(Octets.of(new byte[] {0, 'a', 0, 0, 'b'}));
        assertEquals(Octets.of(new byte[] {(byte) 0x80, 'a', (byte) 0x80, (byte) 0x80, 'b'}), out);
    }
}
