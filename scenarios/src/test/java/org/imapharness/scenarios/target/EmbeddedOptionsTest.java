package org.imapharness.scenarios.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imapharness.core.target.TargetException;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultSet;
import org.junit.jupiter.api.Test;

class EmbeddedOptionsTest {

    @Test
    void plainEmbeddedHasNoFaults() {
        assertEquals(FaultSet.none(), EmbeddedOptions.parse("embedded").faults());
        assertEquals(FaultSet.none(), EmbeddedOptions.parse(" EMBEDDED ").faults());
    }

    @Test
    void faultsAreCommaSeparatedOrRepeated() {
        assertEquals(FaultSet.of(Fault.UID_REUSE, Fault.PEEK_SETS_SEEN),
                EmbeddedOptions.parse("embedded?fault=uid-reuse,peek-sets-seen").faults());
        assertEquals(FaultSet.of(Fault.UID_REUSE, Fault.PEEK_SETS_SEEN),
                EmbeddedOptions.parse("embedded?fault=uid-reuse&fault=peek-sets-seen").faults());
    }

    @Test
    void anUnknownFaultListsTheValidNames() {
        String message = assertThrows(TargetException.class,
                () -> EmbeddedOptions.parse("embedded?fault=uid-reuse,nope")).getMessage();
        assertEquals("target \"embedded?fault=uid-reuse,nope\": unknown fault 'nope'; valid faults: "
                + FaultSet.validNames(), message);
    }

    @Test
    void otherOptionsAreRefused() {
        assertTrue(assertThrows(TargetException.class, () -> EmbeddedOptions.parse("embedded?port=1"))
                .getMessage().contains("the only option is fault=NAME[,NAME...], found \"port=1\""));
        assertTrue(assertThrows(TargetException.class, () -> EmbeddedOptions.parse("embedded?fault="))
                .getMessage().contains("found \"fault=\""));
        assertTrue(assertThrows(TargetException.class, () -> EmbeddedOptions.parse("embedded:x"))
                .getMessage().contains("write embedded, or embedded?fault="));
    }
}
