package org.imapharness.core.fuzz;

import java.io.ByteArrayOutputStream;

/**
 * APPEND (RFC 3501 §6.3.11): optional flag list and date-time, the message as a literal, a
 * LITERAL+ literal or (with BINARY) a literal8 that may hold NUL (RFC 3516 §4.4).
 */
final class Appends {
    private Appends() {
    }

    static void append(Draw d, boolean workFull) {
        d.rule("append").kw("APPEND").sp();
        byte[] mailbox = !workFull && d.c.percent(60) ? Values.bytes(d.traits.workMailbox()) : Values.created(d);
        d.str(mailbox, Part.Slot.ASTRING);
        if (d.c.percent(40)) {
            d.sp();
            Values.flagList(d);
        }
        if (d.c.percent(30)) {
            d.sp();
            Values.dateTime(d);
        }
        d.sp();
        boolean binary = d.traits.has("BINARY") && d.c.percent(15);
        d.strOf(() -> message(d, binary), binary ? Part.Slot.BINARY : Part.Slot.MESSAGE);
    }

    /** A small message: plain, multipart, with 8-bit or (in literal8) NUL bytes, or barely a message. */
    static byte[] message(Draw d, boolean binary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int kind = d.c.below(4);
        out.writeBytes(Values.bytes("From: fz@example.com\r\nSubject: fz " + d.c.below(1000) + "\r\n"));
        if (kind == 1) {
            out.writeBytes(Values.bytes("MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
                    + "--b\r\nContent-Type: text/plain\r\n\r\none\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n"
                    + "Subject: inner\r\n\r\ntwo\r\n--b--\r\n"));
            return out.toByteArray();
        }
        out.writeBytes(Values.bytes("\r\n"));
        int length = d.c.between(0, kind == 3 ? 3000 : 60);
        for (int i = 0; i < length; i++) {
            int b = kind == 2 ? (binary ? d.c.below(256) : d.c.between(1, 255)) : 'a' + d.c.below(26);
            out.write(i % 70 == 69 && kind != 2 ? '\n' : b);
        }
        out.writeBytes(Values.bytes("\r\n"));
        return out.toByteArray();
    }
}
