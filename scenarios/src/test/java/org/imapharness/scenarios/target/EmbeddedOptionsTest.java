package org.imapharness.scenarios.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imapharness.core.target.TargetException;
import org.imapharness.server.config.LiteralExtension;
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
                .getMessage().contains("the options are fault=NAME[,NAME...] and literal=plus|minus, found \"port=1\""));
        assertTrue(assertThrows(TargetException.class, () -> EmbeddedOptions.parse("embedded?fault="))
                .getMessage().contains("found \"fault=\""));
        assertTrue(assertThrows(TargetException.class, () -> EmbeddedOptions.parse("embedded:x"))
                .getMessage().contains("write embedded, or embedded?fault="));
        assertTrue(assertThrows(TargetException.class, () -> EmbeddedOptions.parse("embedded?literal=star"))
                .getMessage().contains("literal is plus or minus, found \"star\""));
    }

    @Test
    void literalMinusAsksForAServerOfItsOwn() {
        assertEquals(LiteralExtension.PLUS, EmbeddedOptions.parse("embedded").literals());
        assertFalse(EmbeddedOptions.parse("embedded").ownServer());
        EmbeddedOptions minus = EmbeddedOptions.parse("embedded?literal=MINUS&fault=uid-reuse");
        assertEquals(LiteralExtension.MINUS, minus.literals());
        assertEquals(FaultSet.of(Fault.UID_REUSE), minus.faults());
        assertTrue(EmbeddedOptions.parse("embedded?literal=minus").ownServer());
        assertFalse(EmbeddedOptions.parse("embedded?literal=plus").ownServer());
    }
}
