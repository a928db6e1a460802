package org.imapharness.server.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultSetTest {

    @Test
    void noneHasNothing() {
        for (Fault fault : Fault.values()) {
            assertFalse(FaultSet.none().has(fault));
        }
        assertTrue(FaultSet.none().isEmpty());
        assertEquals("", FaultSet.none().toString());
    }

    @Test
    void parsesRepeatedAndCommaSeparatedNames() {
        FaultSet set = FaultSet.parse(List.of("uid-reuse, peek-sets-seen", "NO-THROTTLE", "", " uid-reuse "));
        assertEquals(Set.of(Fault.UID_REUSE, Fault.PEEK_SETS_SEEN, Fault.NO_THROTTLE), set.asSet());
        assertTrue(set.has(Fault.NO_THROTTLE));
        assertFalse(set.has(Fault.EXPUNGE_NO_DECREMENT));
    }

    @Test
    void unknownNameListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FaultSet.parse(List.of("uid-reuse", "uid-resue")));
        assertTrue(e.getMessage().startsWith("unknown fault 'uid-resue'; valid faults: "), e.getMessage());
        for (Fault fault : Fault.values()) {
            assertTrue(e.getMessage().contains(fault.cliName()), e.getMessage());
        }
    }

    @Test
    void toStringParsesBack() {
        FaultSet set = FaultSet.of(Fault.IDLE_NO_EXISTS, Fault.LOGIN_BEFORE_TLS);
        assertEquals(set, FaultSet.parse(List.of(set.toString())));
        assertEquals("idle-no-exists,login-before-tls", set.toString());
    }

    @Test
    void isImmutable() {
        FaultSet set = FaultSet.of(Fault.UID_REUSE);
        set.asSet().add(Fault.NO_THROTTLE);
        assertFalse(set.has(Fault.NO_THROTTLE));
        FaultSet more = set.with(Fault.NO_THROTTLE);
        assertTrue(more.has(Fault.NO_THROTTLE));
        assertFalse(set.has(Fault.NO_THROTTLE));
    }
}
