package org.imapharness.server.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class ConnectionLimitsTest {
    private final ConnectionLimits limits = new ConnectionLimits(2, 1);

    @Test
    void addressSlotsAreCountedAndGivenBack() throws Exception {
        InetAddress a = InetAddress.getByName("127.0.0.1");
        InetAddress b = InetAddress.getByName("127.0.0.2");
        assertTrue(limits.tryAcquireAddress(a));
        assertTrue(limits.tryAcquireAddress(a));
        assertFalse(limits.tryAcquireAddress(a));
        assertTrue(limits.tryAcquireAddress(b), "limits are per address");
        limits.releaseAddress(a);
        assertEquals(1, limits.openFrom(a));
        assertTrue(limits.tryAcquireAddress(a));
        limits.releaseAddress(a);
        limits.releaseAddress(a);
        assertEquals(0, limits.openFrom(a));
    }

    @Test
    void userSlotsAreSeparateFromAddressSlots() {
        assertTrue(limits.tryAcquireUser("alice"));
        assertFalse(limits.tryAcquireUser("alice"));
        assertTrue(limits.tryAcquireUser("bob"));
        limits.releaseUser("alice");
        assertTrue(limits.tryAcquireUser("alice"));
    }
}
