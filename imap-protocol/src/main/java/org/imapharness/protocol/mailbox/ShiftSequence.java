package org.imapharness.protocol.mailbox;

/**
 * Decodes one modified BASE64 run, {@code &...-}, of a modified UTF-7 name (RFC 3501 §5.1.3),
 * refusing every form that is not the one an encoder must produce.
 */
final class ShiftSequence {
    private ShiftSequence() {
    }

    /**
     * Decodes the run whose {@code &} is at {@code amp} (not followed by {@code -}).
     *
     * @return the index just past the closing {@code -}
     */
    static int decode(String wire, int amp, StringBuilder out) {
        int first = amp + 1;
        int i = first;
        while (i < wire.length() && wire.charAt(i) != '-') {
            if (ModifiedUtf7.base64Value(wire.charAt(i)) < 0) {
                throw new ModifiedUtf7Exception(i, "expected a modified BASE64 character or '-', found "
                        + describe(wire.charAt(i)) + " in the shift sequence starting at " + amp);
            }
            i++;
        }
        if (i == wire.length()) {
            throw new ModifiedUtf7Exception(amp,
                    "shift sequence is not terminated by '-'; names must end in US-ASCII");
        }
        int chars = i - first;
        int octets = chars * 6 / 8;
        if (chars % 4 == 1) {
            throw new ModifiedUtf7Exception(i - 1, "dangling BASE64 character: it cannot complete an octet");
        }
        if (octets % 2 != 0) {
            throw new ModifiedUtf7Exception(amp, "shift sequence holds " + octets
                    + " octets; UTF-16 needs an even number");
        }
        int bits = 0;
        int pending = 0;
        int unitStart = first;
        int lastUnitStart = first;
        for (int j = first; j < i; j++) {
            bits = (bits << 6) | ModifiedUtf7.base64Value(wire.charAt(j));
            pending += 6;
            if (pending >= 16) {
                pending -= 16;
                emit((char) (bits >>> pending), unitStart, out);
                bits &= (1 << pending) - 1;
                lastUnitStart = unitStart;
                // The next unit starts in this character if some of its bits are left over.
                unitStart = pending > 0 ? j : j + 1;
            }
        }
        if (bits != 0) {
            throw new ModifiedUtf7Exception(i - 1, "leftover bits after the last UTF-16 unit are not zero");
        }
        checkLastUnit(out, lastUnitStart);
        return i + 1;
    }

    /** Appends one UTF-16 unit, refusing printable ASCII and a low surrogate without its high. */
    private static void emit(char unit, int at, StringBuilder out) {
        if (ModifiedUtf7.isPrintable(unit)) {
            throw new ModifiedUtf7Exception(at, String.format(
                    "encoded U+%04X '%c' is printable US-ASCII and must be written as itself",
                    (int) unit, unit));
        }
        boolean afterHigh = out.length() > 0 && Character.isHighSurrogate(out.charAt(out.length() - 1));
        if (Character.isLowSurrogate(unit) && !afterHigh) {
            throw new ModifiedUtf7Exception(at,
                    String.format("low surrogate U+%04X without a high surrogate", (int) unit));
        }
        if (afterHigh && !Character.isLowSurrogate(unit)) {
            throw new ModifiedUtf7Exception(at, String.format(
                    "high surrogate U+%04X is followed by U+%04X, not a low surrogate",
                    (int) out.charAt(out.length() - 1), (int) unit));
        }
        out.append(unit);
    }

    private static void checkLastUnit(StringBuilder out, int at) {
        if (out.length() > 0 && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
            throw new ModifiedUtf7Exception(at, String.format(
                    "high surrogate U+%04X is not followed by a low surrogate before '-'",
                    (int) out.charAt(out.length() - 1)));
        }
    }

    private static String describe(char c) {
        return ModifiedUtf7.isPrintable(c) ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }
}
