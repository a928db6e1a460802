package org.imapharness.server.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultDetectionTest {

    @Test
    void everyFaultIsCaughtBySomeSuite() {
        Set<Fault> uncaught = EnumSet.noneOf(Fault.class);
        for (Fault f : Fault.values()) {
            if (FaultDetection.suitesCatching(f).isEmpty()) {
                uncaught.add(f);
            }
        }
        assertEquals(Set.of(), uncaught, "a fault switch no suite catches proves nothing");
    }
}
