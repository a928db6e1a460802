package org.imapharness.core.fuzz;

import java.util.ArrayList;
import java.util.List;

/** Which wire forms can carry a string value in a grammar slot (RFC 3501 §4.3, §9; RFC 3516). */
final class Forms {
    private Forms() {
    }

    /** {@code atom-specials} except CTL and SP, which are checked by range. */
    private static final String ATOM_SPECIALS = "(){%*\"\\]";

    static boolean allows(byte[] value, Part.Form form, Part.Slot slot) {
        return switch (form) {
            case ATOM -> atomAllowed(value, slot);
            case QUOTED -> slot != Part.Slot.BINARY && slot != Part.Slot.MESSAGE && quotable(value);
            case LITERAL, LITERAL_PLUS -> slot == Part.Slot.BINARY || !contains(value, 0);
        };
    }

    /** The forms {@code value} may take in {@code slot}, simplest first. */
    static List<Part.Form> possible(byte[] value, Part.Slot slot, boolean literalPlus) {
        List<Part.Form> forms = new ArrayList<>(4);
        for (Part.Form f : Part.Form.values()) {
            if (allows(value, f, slot) && (f != Part.Form.LITERAL_PLUS || literalPlus)) {
                forms.add(f);
            }
        }
        return forms;
    }

    /** {@code ATOM-CHAR}: any CHAR except atom-specials. */
    static boolean isAtomChar(int b) {
        return b > 0x20 && b < 0x7f && ATOM_SPECIALS.indexOf(b) < 0;
    }

    private static boolean atomAllowed(byte[] value, Part.Slot slot) {
        if (value.length == 0 || slot == Part.Slot.STRING || slot == Part.Slot.BINARY || slot == Part.Slot.MESSAGE) {
            return false;
        }
        for (byte b : value) {
            boolean ok = isAtomChar(b) || b == ']' || slot == Part.Slot.LIST_MAILBOX && (b == '%' || b == '*');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** {@code quoted}: TEXT-CHARs only (7-bit, no NUL, CR or LF). */
    private static boolean quotable(byte[] value) {
        for (byte b : value) {
            if (b <= 0 || b == '\r' || b == '\n') {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] value, int b) {
        for (byte x : value) {
            if (x == b) {
                return true;
            }
        }
        return false;
    }
}
