package org.imapharness.protocol.codec;

import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.model.Octets;

/** Writes the arguments of SELECT/EXAMINE parameters and APPEND, and the flag lists they share with STORE. */
final class CommandMailboxWriter {
    private CommandMailboxWriter() {
    }

    /** RFC 4466 §2.1 {@code select-params}: {@code (CONDSTORE QRESYNC (...))}, RFC 7162 §3.1.8 / §3.2.5. */
    static void selectParams(Command.Select c, CommandOutput out) {
        if (!c.condstore() && c.qresync() == null) {
            return;
        }
        out.sp().open();
        if (c.condstore()) {
            out.keyword("CONDSTORE");
        }
        Command.Qresync q = c.qresync();
        if (q != null) {
            if (c.condstore()) {
                out.sp();
            }
            out.keyword("QRESYNC").sp().open()
                    .nzNumber("Qresync.uidValidity", q.uidValidity()).sp()
                    .modSequence("Qresync.modSeq", q.modSeq(), false);
            if (q.knownUids() != null) {
                out.sp().ascii(q.knownUids().toWire());
            }
            if (q.knownSequenceNumbers() != null) {
                out.sp().open().ascii(q.knownSequenceNumbers().toWire()).sp()
                        .ascii(q.knownSequenceUids().toWire()).close();
            }
            out.close();
        }
        out.close();
    }

    /**
     * {@code append}: the message travels as a literal; one holding NUL can only be a
     * {@code literal8} (RFC 3516 §4.4), which needs the server's BINARY capability.
     */
    static void append(Command.Append c, CommandOutput out) {
        out.sp().astring("Append.mailbox", c.mailbox());
        if (c.flags() != null) {
            out.sp();
            flagList("Append.flags", c.flags(), out);
        }
        if (c.internalDate() != null) {
            out.sp().ascii("\"" + CommandDates.formatDateTime("Append.internalDate", c.internalDate()) + "\"");
        }
        Octets message = c.message();
        if (message == null) {
            throw new IllegalArgumentException("Append.message is null");
        }
        byte[] data = message.toByteArray();
        boolean hasNul = false;
        for (byte b : data) {
            hasNul |= b == 0;
        }
        out.sp().literal(data, hasNul);
    }

    /** {@code flag-list}: {@code (flag *(SP flag))}, possibly empty. */
    static void flagList(String field, List<String> flags, CommandOutput out) {
        out.open();
        for (int i = 0; i < flags.size(); i++) {
            if (i > 0) {
                out.sp();
            }
            flag(field + "[" + i + "]", flags.get(i), out);
        }
        out.close();
    }

    /** {@code flag}: a keyword atom or {@code \} followed by an atom (system flags and flag-extension). */
    static void flag(String field, String flag, CommandOutput out) {
        if (flag != null && flag.startsWith("\\")) {
            out.ascii("\\").atom(field, flag.substring(1));
        } else {
            out.atom(field, flag);
        }
    }
}
