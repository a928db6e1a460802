package org.imapharness.server.selected;

import org.imapharness.protocol.model.Octets;

/**
 * Message data for the BODY[section] and RFC822 answers. Those are RFC 3501 literals, whose CHAR8
 * excludes NUL (§9), but a message APPENDed as literal8 (RFC 3516 §4.4) may hold NUL octets. Each
 * becomes 0x80 here: one octet for one, so sizes, partial offsets and RFC822.SIZE still agree, and
 * the exact octets stay available through BINARY[section], which may answer with literal8.
 */
final class Char8Data {
    static final byte NUL_STAND_IN = (byte) 0x80;

    private Char8Data() {
    }

    /** {@code data} itself when it holds no NUL (the usual case), else a copy with each NUL replaced; null stays null. */
    static Octets of(Octets data) {
        if (data == null || !hasNul(data)) {
            return data;
        }
        byte[] bytes = data.toByteArray();
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                bytes[i] = NUL_STAND_IN;
            }
        }
        return Octets.of(bytes);
    }

    private static boolean hasNul(Octets data) {
        for (int i = 0; i < data.length(); i++) {
            if (data.byteAt(i) == 0) {
                return true;
            }
        }
        return false;
    }
}
