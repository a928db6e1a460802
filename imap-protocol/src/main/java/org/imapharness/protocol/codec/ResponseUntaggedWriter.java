package org.imapharness.protocol.codec;

import java.util.List;
import java.util.Map;
import org.imapharness.protocol.model.StatusItem;
import org.imapharness.protocol.response.ListExtendedItem;
import org.imapharness.protocol.response.TaggedExtValue;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * Writes untagged data after {@code "* "}: mailbox-data, message-data and capability-data
 * (RFC 3501 §7.2–7.4) and the extension data we model (ESEARCH, ENABLED, NAMESPACE, ID,
 * VANISHED). Status responses are written by {@link ResponseWriter}.
 */
final class ResponseUntaggedWriter {
    private ResponseUntaggedWriter() {
    }

    static void untagged(ResponseOutput o, UntaggedResponse u) {
        if (u instanceof UntaggedResponse.Fetch f) {
            o.nzNumber(f.sequenceNumber(), "FETCH sequence number").raw(" FETCH ");
            ResponseFetchWriter.msgAtt(o, f.attributes());
        } else if (u instanceof UntaggedResponse.Exists e) {
            o.number(e.count(), "EXISTS").raw(" EXISTS");
        } else if (u instanceof UntaggedResponse.Recent r) {
            o.number(r.count(), "RECENT").raw(" RECENT");
        } else if (u instanceof UntaggedResponse.Expunge e) {
            o.nzNumber(e.sequenceNumber(), "EXPUNGE").raw(" EXPUNGE");
        } else if (u instanceof UntaggedResponse.Capability c) {
            o.raw("CAPABILITY");
            capabilities(o, c.capabilities());
        } else if (u instanceof UntaggedResponse.Flags f) {
            o.raw("FLAGS ");
            flagList(o, f.flags(), "FLAGS flag", false);
        } else if (u instanceof UntaggedResponse.ListItem l) {
            listItem(o, l);
        } else if (u instanceof UntaggedResponse.Search s) {
            search(o, s);
        } else if (u instanceof UntaggedResponse.StatusData s) {
            status(o, s);
        } else if (u instanceof UntaggedResponse.Esearch e) {
            ResponseExtensionWriter.esearch(o, e);
        } else if (u instanceof UntaggedResponse.Enabled e) {
            o.raw("ENABLED");
            for (String cap : e.capabilities()) {
                o.sp().atom(cap, "ENABLED capability");
            }
        } else if (u instanceof UntaggedResponse.Namespace n) {
            ResponseExtensionWriter.namespace(o, n);
        } else if (u instanceof UntaggedResponse.Id id) {
            ResponseExtensionWriter.id(o, id);
        } else if (u instanceof UntaggedResponse.Vanished v) {
            o.raw(v.earlier() ? "VANISHED (EARLIER) " : "VANISHED ").sequenceSet(v.uids(), "VANISHED uids", false);
        } else {
            throw new IllegalArgumentException("unknown untagged response " + u);
        }
    }

    /** {@code *(SP capability)} including IMAP4rev1 (or IMAP4rev2, RFC 9051). */
    static void capabilities(ResponseOutput o, List<String> caps) {
        boolean revision = false;
        for (String cap : caps) {
            o.sp().atom(cap, "capability");
            revision |= cap.equalsIgnoreCase("IMAP4rev1") || cap.equalsIgnoreCase("IMAP4rev2");
        }
        if (!revision) {
            throw ResponseOutput.invalid("capability", "capability-data must list IMAP4rev1");
        }
    }

    static void flagList(ResponseOutput o, List<String> flags, String field, boolean perm) {
        o.ch('(');
        for (int i = 0; i < flags.size(); i++) {
            if (i > 0) {
                o.sp();
            }
            o.flag(flags.get(i), field, perm);
        }
        o.ch(')');
    }

    private static void listItem(ResponseOutput o, UntaggedResponse.ListItem l) {
        o.raw(ResponseOutput.required(l.kind(), "LIST kind").name()).raw(" (");
        int selectability = 0;
        for (int i = 0; i < l.attributes().size(); i++) {
            String a = l.attributes().get(i);
            if (!ResponseOutput.required(a, "mailbox attribute").startsWith("\\")) {
                throw ResponseOutput.invalid("mailbox attribute", "'" + a + "' is not a \\flag-extension");
            }
            if (a.equalsIgnoreCase("\\Noselect") || a.equalsIgnoreCase("\\Marked")
                    || a.equalsIgnoreCase("\\Unmarked")) {
                selectability++;
            }
            if (i > 0) {
                o.sp();
            }
            o.flag(a, "mailbox attribute", false);
        }
        if (selectability > 1) {
            throw ResponseOutput.invalid("mailbox attribute", "at most one of \\Noselect, \\Marked, \\Unmarked");
        }
        o.raw(") ").quotedCharOrNil(l.delimiter(), "delimiter").sp().astring(l.mailbox(), "mailbox");
        if (!l.extended().isEmpty()) {
            if (l.kind() != UntaggedResponse.ListItem.Kind.LIST) {
                throw ResponseOutput.invalid("mbox-list-extended", "only LIST responses carry extended data (RFC 5258 §6)");
            }
            mboxListExtended(o, l.extended());
        }
    }

    /** RFC 5258 §6; tags and strings quoted, as in the RFC's examples ({@code ("CHILDINFO" ("SUBSCRIBED"))}). */
    private static void mboxListExtended(ResponseOutput o, List<ListExtendedItem> items) {
        o.raw(" (");
        for (int i = 0; i < items.size(); i++) {
            ListExtendedItem item = ResponseOutput.required(items.get(i), "mbox-list-extended-item");
            if (i > 0) {
                o.sp();
            }
            if (ResponseOutput.required(item.tag(), "mbox-list-extended-item-tag").isEmpty()) {
                throw ResponseOutput.invalid("mbox-list-extended-item-tag", "a tag cannot be empty");
            }
            if (item.tag().equalsIgnoreCase(ListExtendedItem.CHILDINFO) && item.childInfoOptions().isEmpty()) {
                throw ResponseOutput.invalid("childinfo-extended-item", "CHILDINFO names at least one selection option");
            }
            o.string(item.tag(), "mbox-list-extended-item-tag").sp();
            taggedExtVal(o, ResponseOutput.required(item.value(), "tagged-ext-val"), true);
        }
        o.ch(')');
    }

    /** RFC 4466 §2.1: a simple value stands alone; only the outermost list may be empty. */
    private static void taggedExtVal(ResponseOutput o, TaggedExtValue v, boolean outermost) {
        if (v instanceof TaggedExtValue.Simple s) {
            if (!outermost || !ResponseOutput.required(s.text(), "tagged-ext-simple").matches("[0-9*][0-9*:,]*")) {
                throw ResponseOutput.invalid("tagged-ext-simple", "a number or sequence-set, alone as the value");
            }
            o.raw(s.text());
        } else if (v instanceof TaggedExtValue.Text t) {
            if (outermost) {
                throw ResponseOutput.invalid("tagged-ext-val", "a string only inside parentheses (tagged-ext-comp)");
            }
            o.string(t.value(), "tagged-ext-comp");
        } else {
            List<TaggedExtValue> items = ((TaggedExtValue.Group) v).items();
            if (items.isEmpty() && !outermost) {
                throw ResponseOutput.invalid("tagged-ext-comp", "a nested list cannot be empty");
            }
            o.ch('(');
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    o.sp();
                }
                taggedExtVal(o, ResponseOutput.required(items.get(i), "tagged-ext-comp"), false);
            }
            o.ch(')');
        }
    }

    private static void search(ResponseOutput o, UntaggedResponse.Search s) {
        o.raw("SEARCH");
        for (Long n : s.numbers()) {
            o.sp().nzNumber(ResponseOutput.required(n, "SEARCH number"), "SEARCH number");
        }
        if (s.modSeq() != null) {
            if (s.numbers().isEmpty()) {
                throw ResponseOutput.invalid("SEARCH modseq", "MODSEQ follows at least one number (RFC 7162)");
            }
            o.raw(" (MODSEQ ").modSequenceValue(s.modSeq(), "SEARCH modseq").ch(')');
        }
    }

    private static void status(ResponseOutput o, UntaggedResponse.StatusData s) {
        o.raw("STATUS ").astring(s.mailbox(), "mailbox").raw(" (");
        boolean first = true;
        for (Map.Entry<StatusItem, Long> e : s.items().entrySet()) {
            if (!first) {
                o.sp();
            }
            first = false;
            StatusItem item = e.getKey();
            long value = ResponseOutput.required(e.getValue(), "STATUS " + item);
            o.raw(item.wire()).sp();
            if (item == StatusItem.HIGHESTMODSEQ) {
                o.modSequenceValue(value, "STATUS HIGHESTMODSEQ");
            } else {
                o.number(value, "STATUS " + item);
            }
        }
        o.ch(')');
    }
}
