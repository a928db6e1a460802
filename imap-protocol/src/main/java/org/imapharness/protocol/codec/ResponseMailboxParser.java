package org.imapharness.protocol.codec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imapharness.protocol.model.StatusItem;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * Untagged data introduced by a keyword: {@code mailbox-data} and {@code capability-data}
 * (RFC 3501 §7.2), and, via {@link ResponseExtensionParser}, the extension data we model.
 */
final class ResponseMailboxParser {
    private static final StatusItem[] STATUS_ITEMS = StatusItem.values();

    private ResponseMailboxParser() {
    }

    /** Dispatches on the keyword at {@code [start, stop)}, which the cursor has not consumed. */
    static UntaggedResponse mailboxData(ResponseLexer in, int start, int stop) {
        if (stop == start) {
            throw in.fail("response-data", "'*' SP then a response keyword or number");
        }
        in.pos = stop;
        if (in.is(start, stop, "FETCH") || in.is(start, stop, "EXISTS")) {
            throw in.failAt(start, "response-data", "a number before " + in.ascii(start, stop));
        }
        if (in.is(start, stop, "CAPABILITY")) {
            return new UntaggedResponse.Capability(capabilityList(in, start));
        }
        if (in.is(start, stop, "FLAGS")) {
            in.sp("mailbox-data");
            return new UntaggedResponse.Flags(flagList(in, false));
        }
        if (in.is(start, stop, "LIST")) {
            return mailboxList(in, UntaggedResponse.ListItem.Kind.LIST);
        }
        if (in.is(start, stop, "LSUB")) {
            return mailboxList(in, UntaggedResponse.ListItem.Kind.LSUB);
        }
        if (in.is(start, stop, "SEARCH")) {
            return search(in);
        }
        if (in.is(start, stop, "STATUS")) {
            return status(in);
        }
        UntaggedResponse extension = ResponseExtensionParser.extensionData(in, start, stop);
        if (extension == null) {
            throw in.failAt(start, "response-data",
                    "OK, NO, BAD, PREAUTH, BYE, CAPABILITY, FLAGS, LIST, LSUB, SEARCH, STATUS, ESEARCH, "
                            + "ENABLED, NAMESPACE, ID, VANISHED or a number");
        }
        return extension;
    }

    /**
     * {@code capability-data = "CAPABILITY" *(SP capability) SP "IMAP4rev1" *(SP capability)};
     * IMAP4rev2 (RFC 9051) is accepted in place of IMAP4rev1. Ends at "]" inside a code.
     */
    static List<String> capabilityList(ResponseLexer in, int keywordStart) {
        int caps = in.listStart();
        boolean revision = false;
        while (in.spThenMore()) {
            int start = in.pos;
            String cap = in.atom("capability");
            revision |= in.is(start, in.pos, "IMAP4REV1") || in.is(start, in.pos, "IMAP4REV2");
            in.listAdd(cap);
        }
        if (!revision) {
            throw in.failAt(keywordStart, "capability-data", "IMAP4rev1 among the capabilities");
        }
        return in.listEnd(caps);
    }

    /**
     * {@code flag-list = "(" [flag *(SP flag)] ")"}; with {@code perm}, {@code flag-perm}
     * which adds "\*" (PERMANENTFLAGS). "\Recent" is a flag-extension here, so it passes.
     */
    static List<String> flagList(ResponseLexer in, boolean perm) {
        in.expect('(', "flag-list");
        if (in.accept(')')) {
            return List.of();
        }
        int flags = in.listStart();
        do {
            in.listAdd(flag(in, perm));
        } while (in.accept(' '));
        in.expect(')', "flag-list");
        return in.listEnd(flags);
    }

    /** {@code flag}: "\" atom (system flag or flag-extension) or atom (flag-keyword). */
    static String flag(ResponseLexer in, boolean perm) {
        int start = in.pos;
        if (in.accept('\\')) {
            if (perm && in.accept('*')) {
                return "\\*";
            }
        }
        int stop = in.scanAtom();
        if (stop == in.pos) {
            throw in.fail("flag", perm ? "atom or '*' after backslash" : "atom");
        }
        in.pos = stop;
        return in.ascii(start, stop);
    }

    /**
     * {@code mailbox-list = "(" [mbx-list-flags] ")" SP (DQUOTE QUOTED-CHAR DQUOTE / nil) SP
     * mailbox [SP mbox-list-extended]} (RFC 5258 §6). The mailbox is kept as sent, INBOX in any
     * case included.
     */
    private static UntaggedResponse mailboxList(ResponseLexer in, UntaggedResponse.ListItem.Kind kind) {
        in.sp("mailbox-data");
        List<String> attributes = mbxListFlags(in);
        in.sp("mailbox-list");
        Character delimiter = quotedCharOrNil(in, "mailbox-list");
        in.sp("mailbox-list");
        String mailbox = in.astring("mailbox");
        if (kind == UntaggedResponse.ListItem.Kind.LIST && in.spThenMore()) {
            // RFC 5258 §6: mailbox-list gains [SP mbox-list-extended]; LSUB has no such data.
            return new UntaggedResponse.ListItem(kind, attributes, delimiter, mailbox,
                    ResponseListExtendedParser.mboxListExtended(in));
        }
        return new UntaggedResponse.ListItem(kind, attributes, delimiter, mailbox);
    }

    /** {@code mbx-list-flags}: "\"-atoms, of which at most one selectability flag. */
    private static List<String> mbxListFlags(ResponseLexer in) {
        in.expect('(', "mailbox-list");
        if (in.accept(')')) {
            return List.of();
        }
        int flags = in.listStart();
        boolean selectability = false;
        do {
            int start = in.pos;
            if (in.peek() != '\\') {
                throw in.fail("mbx-list-flags", "'\\' (mailbox attributes are flag-extensions)");
            }
            String flag = flag(in, false);
            if (in.is(start, in.pos, "\\NOSELECT") || in.is(start, in.pos, "\\MARKED")
                    || in.is(start, in.pos, "\\UNMARKED")) {
                if (selectability) {
                    throw in.failAt(start, "mbx-list-flags", "at most one of \\Noselect, \\Marked, \\Unmarked");
                }
                selectability = true;
            }
            in.listAdd(flag);
        } while (in.accept(' '));
        in.expect(')', "mailbox-list");
        return in.listEnd(flags);
    }

    /** {@code DQUOTE QUOTED-CHAR DQUOTE / nil}: a hierarchy delimiter. */
    static Character quotedCharOrNil(ResponseLexer in, String rule) {
        if (in.acceptNil()) {
            return null;
        }
        in.expect('"', rule);
        int c = in.peek();
        if (c == '\\') {
            in.pos++;
            c = in.peek();
            if (c != '"' && c != '\\') {
                throw in.fail("QUOTED-CHAR", "'\"' or '\\' after backslash");
            }
        } else if (c == '"' || !ResponseLexer.isTextChar(c)) {
            throw in.fail("QUOTED-CHAR", "a 7-bit TEXT-CHAR");
        }
        in.pos++;
        in.expect('"', rule);
        return (char) c;
    }

    /** {@code "SEARCH" *(SP nz-number) [SP "(" "MODSEQ" SP mod-sequence-value ")"]} (RFC 7162 §3.1.5). */
    private static UntaggedResponse search(ResponseLexer in) {
        int numbers = in.listStart();
        int count = 0;
        Long modSeq = null;
        while (in.spThenMore()) {
            if (in.peek() == '(' && count > 0) {
                in.pos++;
                int start = in.pos;
                int stop = in.scanName();
                if (!in.is(start, stop, "MODSEQ")) {
                    throw in.fail("search-sort-mod-seq", "MODSEQ");
                }
                in.pos = stop;
                in.sp("search-sort-mod-seq");
                modSeq = in.modSequenceValue("mod-sequence-value");
                in.expect(')', "search-sort-mod-seq");
                break;
            }
            in.listAdd(in.nzNumber("mailbox-data"));
            count++;
        }
        return new UntaggedResponse.Search(in.listEnd(numbers), modSeq);
    }

    /** {@code "STATUS" SP mailbox SP "(" [status-att-list] ")"}; each item once. */
    private static UntaggedResponse status(ResponseLexer in) {
        in.sp("mailbox-data");
        String mailbox = in.astring("mailbox");
        in.sp("mailbox-data");
        in.expect('(', "mailbox-data");
        Map<StatusItem, Long> items = new LinkedHashMap<>();
        if (!in.accept(')')) {
            do {
                int start = in.pos;
                StatusItem item = statusAtt(in);
                if (items.containsKey(item)) {
                    throw in.failAt(start, "status-att-list", "each status-att at most once");
                }
                in.sp("status-att-list");
                items.put(item, item == StatusItem.HIGHESTMODSEQ
                        ? in.modSequenceValue("mod-sequence-value") : in.number("status-att-list"));
            } while (in.accept(' '));
            in.expect(')', "mailbox-data");
        }
        return new UntaggedResponse.StatusData(mailbox, items);
    }

    private static StatusItem statusAtt(ResponseLexer in) {
        int start = in.pos;
        int stop = in.scanName();
        for (StatusItem item : STATUS_ITEMS) {
            if (in.is(start, stop, item.wire())) {
                in.pos = stop;
                return item;
            }
        }
        throw in.fail("status-att", "MESSAGES, RECENT, UIDNEXT, UIDVALIDITY, UNSEEN or HIGHESTMODSEQ");
    }
}
