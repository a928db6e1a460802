package org.imapharness.protocol.codec;

import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.model.Partial;
import org.imapharness.protocol.model.Section;

/** Writes FETCH (RFC 3501 §6.4.5, RFC 3516, RFC 7162 modifiers) and STORE (§6.4.6, RFC 7162 §3.1.3). */
final class CommandMessageWriter {
    private CommandMessageWriter() {
    }

    /** One item is written bare, several in parentheses; the macros were expanded by the model. */
    static void fetch(Command.Fetch c, CommandOutput out) {
        out.sp().ascii(CommandWriter.set("Fetch.set", c.set())).sp();
        List<FetchAttribute> items = c.items();
        if (items.size() > 1) {
            out.open();
        }
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.sp();
            }
            fetchAtt("Fetch.items[" + i + "]", items.get(i), out);
        }
        if (items.size() > 1) {
            out.close();
        }
        if (c.changedSince() != null || c.vanished()) {
            out.sp().open();
            if (c.changedSince() != null) {
                out.keyword("CHANGEDSINCE").sp().modSequence("Fetch.changedSince", c.changedSince(), false);
            }
            if (c.vanished()) {
                if (c.changedSince() != null) {
                    out.sp();
                }
                out.keyword("VANISHED");
            }
            out.close();
        }
    }

    private static void fetchAtt(String field, FetchAttribute item, CommandOutput out) {
        if (item instanceof FetchAttribute.Simple s) {
            out.keyword(s.wire());
        } else if (item instanceof FetchAttribute.BodySection b) {
            out.keyword(b.peek() ? "BODY.PEEK" : "BODY").ascii("[");
            section(field, b.section(), out);
            out.ascii("]");
            partial(field, b.partial(), out);
        } else if (item instanceof FetchAttribute.Binary b) {
            out.keyword(b.peek() ? "BINARY.PEEK" : "BINARY").ascii("[" + part(field, b.part()) + "]");
            partial(field, b.partial(), out);
        } else if (item instanceof FetchAttribute.BinarySize b) {
            out.keyword("BINARY.SIZE").ascii("[" + part(field, b.part()) + "]");
        } else {
            throw new IllegalArgumentException(field + " is null");
        }
    }

    /** {@code section-spec}: header field names are {@code astring}s and follow the string style. */
    private static void section(String field, Section section, CommandOutput out) {
        if (section == null) {
            throw new IllegalArgumentException(field + ".section is null");
        }
        String part = part(field, section.part());
        out.ascii(part);
        if (section.specifier() != Section.Specifier.NONE) {
            if (!part.isEmpty()) {
                out.ascii(".");
            }
            out.keyword(section.specifier().wire());
        }
        if (section.specifier().hasFields()) {
            out.sp().open();
            for (int i = 0; i < section.fields().size(); i++) {
                if (i > 0) {
                    out.sp();
                }
                out.astring(field + ".section.fields[" + i + "]", section.fields().get(i));
            }
            out.close();
        }
    }

    private static String part(String field, List<Integer> part) {
        StringBuilder sb = new StringBuilder();
        for (int p : part) {
            if (p < 1) {
                throw new IllegalArgumentException(field + " part number " + p + " is not a nz-number");
            }
            sb.append(sb.isEmpty() ? "" : ".").append(p);
        }
        return sb.toString();
    }

    private static void partial(String field, Partial partial, CommandOutput out) {
        if (partial == null) {
            return;
        }
        if (partial.count() == null) {
            throw new IllegalArgumentException(field + ".partial needs a count in a request");
        }
        out.ascii("<" + partial.offset() + "." + partial.count() + ">");
    }

    /** {@code store-att-flags}, always with a parenthesised flag list. */
    static void store(Command.Store c, CommandOutput out) {
        out.sp().ascii(CommandWriter.set("Store.set", c.set()));
        if (c.unchangedSince() != null) {
            out.sp().open().keyword("UNCHANGEDSINCE").sp()
                    .modSequence("Store.unchangedSince", c.unchangedSince(), true).close();
        }
        if (c.mode() == null) {
            throw new IllegalArgumentException("Store.mode is null");
        }
        out.sp().ascii(c.mode().prefix()).keyword(c.silent() ? "FLAGS.SILENT" : "FLAGS").sp();
        CommandMailboxWriter.flagList("Store.flags", c.flags(), out);
    }
}
