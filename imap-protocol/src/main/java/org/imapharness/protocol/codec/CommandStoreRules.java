package org.imapharness.protocol.codec;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.model.SequenceSet;

/** STORE (RFC 3501 §6.4.6, UNCHANGEDSINCE of RFC 7162 §3.1.3) and the flag rules it shares with APPEND. */
final class CommandStoreRules {
    private CommandStoreRules() {
    }

    /** {@code store}, after the name: {@code SP sequence-set [store-modifiers] SP store-att-flags}. */
    static Command.Store store(CommandCursor c, boolean uid) {
        c.sp("store");
        var set = c.sequenceSet("sequence-set");
        Long unchangedSince = c.is(' ') && c.peek(1) == '(' ? storeModifiers(c) : null;
        c.sp("store");
        return storeAttFlags(c, uid, set, unchangedSince);
    }

    /**
     * {@code store-modifiers = SP "(" store-modifier *(SP store-modifier) ")"} (RFC 4466 §2.5); the
     * only modifier is UNCHANGEDSINCE (RFC 7162 §3.1.3), so the list holds exactly it.
     */
    private static long storeModifiers(CommandCursor c) {
        c.sp("store-modifiers");
        c.expect("store-modifiers", '(');
        if (!c.tryKeyword("UNCHANGEDSINCE")) {
            throw c.error("store-modifier", "UNCHANGEDSINCE");
        }
        c.sp("store-modifier");
        long unchangedSince = c.modSequenceValzer("store-modifier");
        c.expect("store-modifiers", ')');
        return unchangedSince;
    }

    /** {@code store-att-flags = (["+" / "-"] "FLAGS" [".SILENT"]) SP (flag-list / (flag *(SP flag)))}. */
    private static Command.Store storeAttFlags(CommandCursor c, boolean uid, SequenceSet set, Long unchangedSince) {
        StoreMode mode = c.skip('+') ? StoreMode.ADD : c.skip('-') ? StoreMode.REMOVE : StoreMode.REPLACE;
        int at = c.position();
        String name = c.word("store-att-flags", "FLAGS or FLAGS.SILENT");
        if (!name.equals("FLAGS") && !name.equals("FLAGS.SILENT")) {
            throw c.errorAt("store-att-flags", at, "FLAGS or FLAGS.SILENT", "'" + name + "'");
        }
        c.sp("store-att-flags");
        List<String> flags;
        if (c.is('(')) {
            flags = flagList(c);
        } else {
            flags = new ArrayList<>();
            do {
                flags.add(flag(c));
            } while (c.skip(' '));
        }
        return new Command.Store(uid, set, mode, name.equals("FLAGS.SILENT"), flags, unchangedSince);
    }

    /** {@code flag-list = "(" [flag *(SP flag)] ")"}. */
    static List<String> flagList(CommandCursor c) {
        c.expect("flag-list", '(');
        List<String> flags = new ArrayList<>();
        if (!c.skip(')')) {
            do {
                flags.add(flag(c));
            } while (c.skip(' '));
            c.expect("flag-list", ')');
        }
        return flags;
    }

    /**
     * {@code flag}: a system flag, {@code flag-keyword} or {@code flag-extension}. System flags
     * are case-insensitive (§9 note 1) and are returned in their canonical spelling.
     */
    static String flag(CommandCursor c) {
        boolean system = c.skip('\\');
        int from = c.span(CommandChars::isAtomChar);
        if (from == c.position()) {
            throw c.error("flag", system ? "atom after \\" : "flag");
        }
        String atom = c.ascii(from, c.position());
        if (!system) {
            return atom;
        }
        for (String canonical : new String[] {"Answered", "Flagged", "Deleted", "Seen", "Draft", "Recent"}) {
            if (canonical.equalsIgnoreCase(atom)) {
                return "\\" + canonical;
            }
        }
        return "\\" + atom;
    }
}
