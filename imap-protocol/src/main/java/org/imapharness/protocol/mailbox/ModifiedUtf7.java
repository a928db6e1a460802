package org.imapharness.protocol.mailbox;

/**
 * Modified UTF-7 for mailbox names (RFC 3501 §5.1.3): printable US-ASCII stands for itself,
 * {@code &} is written {@code &-}, and everything else is UTF-16 in a base64 variant with
 * {@code ,} for {@code /}, between {@code &} and {@code -}.
 *
 * <p>{@link #decode} is strict because §5.1.3 asks servers to verify names given to CREATE and
 * because the form must be unique: a name with two spellings could be two mailboxes. It rejects
 * every alternative spelling (encoded printable ASCII, split shift sequences, padding bits) as
 * well as anything that is not UTF-16. Encoded {@code &} is refused too: its one spelling is
 * {@code &-}. This is the pre-UTF8=ACCEPT form; raw 8-bit names are not handled here.
 */
public final class ModifiedUtf7 {
    private static final String ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";

    private ModifiedUtf7() {
    }

    /**
     * Encodes a Unicode name to its one valid wire form.
     *
     * @throws IllegalArgumentException for an unpaired surrogate, which has no UTF-16 encoding
     *                                  that {@link #decode} would accept
     */
    public static String encode(String unicode) {
        StringBuilder out = new StringBuilder(unicode.length() + 8);
        int i = 0;
        while (i < unicode.length()) {
            char c = unicode.charAt(i);
            if (isPrintable(c)) {
                out.append(c);
                if (c == '&') {
                    out.append('-');
                }
                i++;
                continue;
            }
            // One shift sequence for the whole run of non-printable chars: merging is required.
            int end = i;
            while (end < unicode.length() && !isPrintable(unicode.charAt(end))) {
                end++;
            }
            checkSurrogates(unicode, i, end);
            out.append('&');
            appendBase64(out, unicode, i, end);
            out.append('-');
            i = end;
        }
        return out.toString();
    }

    /**
     * Decodes a wire name.
     *
     * @throws ModifiedUtf7Exception (an {@link IllegalArgumentException}) with the position and
     *                               reason, for anything but the canonical form
     */
    public static String decode(String wire) {
        StringBuilder out = new StringBuilder(wire.length());
        int i = 0;
        while (i < wire.length()) {
            char c = wire.charAt(i);
            if (!isPrintable(c)) {
                throw new ModifiedUtf7Exception(i, String.format(
                        "U+%04X must be written in modified BASE64, found it unencoded", (int) c));
            }
            if (c != '&') {
                out.append(c);
                i++;
            } else if (i + 1 < wire.length() && wire.charAt(i + 1) == '-') {
                out.append('&');
                i += 2;
            } else {
                i = ShiftSequence.decode(wire, i, out);
                if (i < wire.length() - 1 && wire.charAt(i) == '&' && wire.charAt(i + 1) != '-') {
                    throw new ModifiedUtf7Exception(i,
                            "shift sequence directly follows another; they must be merged into one");
                }
            }
        }
        return out.toString();
    }

    /** Whether {@link #decode} accepts {@code wire}. */
    public static boolean isValid(String wire) {
        try {
            decode(wire);
            return true;
        } catch (ModifiedUtf7Exception e) {
            return false;
        }
    }

    /** Octets 0x20-0x7e represent themselves (RFC 3501 §5.1.3). */
    static boolean isPrintable(char c) {
        return c >= 0x20 && c <= 0x7e;
    }

    static int base64Value(char c) {
        return c < 128 ? ALPHABET.indexOf(c) : -1;
    }

    private static void appendBase64(StringBuilder out, String s, int from, int to) {
        int bits = 0;
        int count = 0;
        for (int i = from; i < to; i++) {
            bits = (bits << 16) | s.charAt(i);
            count += 16;
            while (count >= 6) {
                count -= 6;
                out.append(ALPHABET.charAt((bits >>> count) & 0x3f));
            }
            bits &= (1 << count) - 1;
        }
        if (count > 0) {
            // Pad the last sextet with zero bits; no '=' padding in this variant.
            out.append(ALPHABET.charAt((bits << (6 - count)) & 0x3f));
        }
    }

    private static void checkSurrogates(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(String.format(
                        "unpaired surrogate U+%04X at index %d cannot be encoded", (int) c, i));
            }
        }
    }
}
