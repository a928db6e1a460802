package org.imapharness.protocol.codec;

import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.ListOptions;
import org.imapharness.protocol.model.StatusItem;

/** Writes LIST/LSUB, in the LIST-EXTENDED form (RFC 5258 §6, RFC 5819 §3) when options are present. */
final class CommandListWriter {
    private CommandListWriter() {
    }

    static void list(Command.List c, CommandOutput out) {
        ListOptions x = c.extended();
        if (!x.selection().isEmpty()) {
            out.sp().open();
            keywords(x.selection(), out);
            out.close();
        }
        out.sp().astring("List.reference", c.reference()).sp();
        if (x.morePatterns().isEmpty()) {
            out.listMailbox("List.pattern", c.pattern());
        } else {
            out.open().listMailbox("List.pattern", c.pattern());
            for (String pattern : x.morePatterns()) {
                out.sp().listMailbox("List.morePatterns", pattern);
            }
            out.close();
        }
        if (x.returnClause()) {
            out.sp().keyword("RETURN").sp().open();
            keywords(x.returns(), out);
            if (!x.status().isEmpty()) {
                if (!x.returns().isEmpty()) {
                    out.sp();
                }
                out.keyword("STATUS").sp().open();
                keywords(x.status().stream().map(StatusItem::wire).toList(), out);
                out.close();
            }
            out.close();
        }
    }

    /** The words separated by single spaces, as the parenthesized option lists of §6 want. */
    private static void keywords(List<String> words, CommandOutput out) {
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                out.sp();
            }
            out.keyword(words.get(i));
        }
    }
}
