package org.imapharness.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.imapharness.protocol.codec.Quirk;
import org.junit.jupiter.api.Test;

class QuirkSelectionTest {

    @Test
    void noneIsTheStrictDefaultAndAllIsEveryQuirk() {
        assertEquals(Set.of(), QuirkSelection.parse("none"));
        assertEquals(Set.of(), QuirkSelection.parse(" "));
        assertEquals(EnumSet.allOf(Quirk.class), QuirkSelection.parse("ALL"));
    }

    @Test
    void namesAreReadInEitherSpelling() {
        assertEquals(EnumSet.of(Quirk.MISSING_SPACE_BEFORE_TEXT, Quirk.TRAILING_SPACE),
                QuirkSelection.parse("missing-space-before-text, TRAILING_SPACE"));
        assertEquals("empty-address-list", QuirkSelection.name(Quirk.EMPTY_ADDRESS_LIST));
    }

    @Test
    void anUnknownNameIsRefusedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuirkSelection.parse("trailing-space,no-such-thing"));
        assertTrue(e.getMessage().contains("unknown quirk 'no-such-thing'"), e.getMessage());
        assertTrue(e.getMessage().contains("missing-space-before-text"), e.getMessage());
    }
}
