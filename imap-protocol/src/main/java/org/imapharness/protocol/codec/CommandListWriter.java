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
            out.sp();
            atoms(x.selection(), out);
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
            boolean first = true;
            for (String option : x.returns()) {
                if (!first) {
                    out.sp();
                }
                out.keyword(option);
                first = false;
            }
            if (!x.status().isEmpty()) {
                if (!first) {
                    out.sp();
                }
                out.keyword("STATUS").sp();
                statusItems(x.status(), out);
            }
            out.close();
        }
    }

    private static void atoms(List<String> options, CommandOutput out) {
        out.open();
        for (int i = 0; i < options.size(); i++) {
            if (i > 0) {
                out.sp();
            }
            out.keyword(options.get(i));
        }
        out.close();
    }

    private static void statusItems(List<StatusItem> items, CommandOutput out) {
        out.open();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.sp();
            }
            out.keyword(items.get(i).wire());
        }
        out.close();
    }
}
