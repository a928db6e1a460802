package org.imapharness.protocol.codec;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.SearchKey;

/** Writes SEARCH (RFC 3501 §6.4.4) with ESEARCH return options (RFC 4731) and MODSEQ keys (RFC 7162). */
final class CommandSearchWriter {
    private static final Set<String> ENTRY_TYPES = Set.of("priv", "shared", "all");

    private CommandSearchWriter() {
    }

    /** RFC 4466 §2.6 order: {@code [RETURN (...)] [CHARSET astring] search-key *(SP search-key)}. */
    static void search(Command.Search c, CommandOutput out) {
        if (c.returnOptions() != null) {
            out.sp().keyword("RETURN").sp().open();
            for (int i = 0; i < c.returnOptions().size(); i++) {
                if (i > 0) {
                    out.sp();
                }
                out.keyword(CommandOutput.requireAtom("Search.returnOptions[" + i + "]", c.returnOptions().get(i)));
            }
            out.close();
        }
        if (c.charset() != null) {
            out.sp().keyword("CHARSET").sp().astring("Search.charset", c.charset());
        }
        List<SearchKey> keys = c.keys();
        for (int i = 0; i < keys.size(); i++) {
            out.sp();
            searchKey("Search.keys[" + i + "]", keys.get(i), out);
        }
    }

    static void searchKey(String field, SearchKey key, CommandOutput out) {
        if (key instanceof SearchKey.Flag f) {
            out.keyword(f.name());
        } else if (key instanceof SearchKey.Text t) {
            out.keyword(t.field().name()).sp().astring(field + ".value", t.value());
        } else if (key instanceof SearchKey.Date d) {
            out.keyword(d.field().name()).sp();
            date(field + ".date", d, out);
        } else if (key instanceof SearchKey.Header h) {
            out.keyword("HEADER").sp().astring(field + ".fieldName", h.fieldName())
                    .sp().astring(field + ".value", h.value());
        } else if (key instanceof SearchKey.Keyword k) {
            out.keyword(k.negated() ? "UNKEYWORD" : "KEYWORD").sp().atom(field + ".keyword", k.keyword());
        } else if (key instanceof SearchKey.Size s) {
            out.keyword(s.larger() ? "LARGER" : "SMALLER").sp().number(field + ".octets", s.octets());
        } else if (key instanceof SearchKey.Not n) {
            out.keyword("NOT").sp();
            searchKey(field + ".key", n.key(), out);
        } else if (key instanceof SearchKey.Or o) {
            out.keyword("OR").sp();
            searchKey(field + ".left", o.left(), out);
            out.sp();
            searchKey(field + ".right", o.right(), out);
        } else if (key instanceof SearchKey.And a) {
            out.open();
            for (int i = 0; i < a.keys().size(); i++) {
                if (i > 0) {
                    out.sp();
                }
                searchKey(field + ".keys[" + i + "]", a.keys().get(i), out);
            }
            out.close();
        } else if (key instanceof SearchKey.Sequence s) {
            out.ascii(CommandWriter.set(field + ".set", s.set()));
        } else if (key instanceof SearchKey.Uid u) {
            out.keyword("UID").sp().ascii(CommandWriter.set(field + ".set", u.set()));
        } else if (key instanceof SearchKey.ModSeq m) {
            modSeq(field, m, out);
        } else {
            throw new IllegalArgumentException(field + " is null");
        }
    }

    /** {@code date}: bare {@code date-text}, or in quotes under {@link StringStyle#QUOTED}, as the grammar allows both. */
    private static void date(String field, SearchKey.Date d, CommandOutput out) {
        String text = CommandDates.formatDate(field, d.date());
        out.ascii(out.strings() == StringStyle.QUOTED ? "\"" + text + "\"" : text);
    }

    /** RFC 7162 §3.1.5: {@code MODSEQ ["/flags/<flag>" priv|shared|all] mod-sequence-valzer}. */
    private static void modSeq(String field, SearchKey.ModSeq m, CommandOutput out) {
        out.keyword("MODSEQ");
        if ((m.entryName() == null) != (m.entryType() == null)) {
            throw new IllegalArgumentException(field + " needs both entryName and entryType, or neither");
        }
        if (m.entryName() != null) {
            String name = m.entryName();
            if (!name.startsWith("/flags/") || !validFlag(name.substring(7))) {
                throw new IllegalArgumentException(field + ".entryName must be \"/flags/\" followed by a flag");
            }
            String type = m.entryType().toLowerCase(Locale.ROOT);
            if (!ENTRY_TYPES.contains(type)) {
                throw new IllegalArgumentException(field + ".entryType must be priv, shared or all");
            }
            out.sp().ascii("\"" + name.replace("\\", "\\\\") + "\"").sp().ascii(m.entryType());
        }
        out.sp().modSequence(field + ".modSeq", m.modSeq(), true);
    }

    private static boolean validFlag(String flag) {
        String atom = flag.startsWith("\\") ? flag.substring(1) : flag;
        return CommandChars.allOf(atom.getBytes(StandardCharsets.UTF_8), CommandChars::isAtomChar);
    }
}
