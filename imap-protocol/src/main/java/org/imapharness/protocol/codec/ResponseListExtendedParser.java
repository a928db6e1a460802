package org.imapharness.protocol.codec;

import java.util.List;
import org.imapharness.protocol.response.ListExtendedItem;
import org.imapharness.protocol.response.TaggedExtValue;

/**
 * The extended data after the mailbox name of a LIST response: {@code mbox-list-extended}
 * (RFC 5258 §6) with its values in the {@code tagged-ext-val} grammar of RFC 4466 §2.1. Items we
 * do not know are kept as trees; CHILDINFO, which we do know, must have its §6 shape.
 */
final class ResponseListExtendedParser {
    private ResponseListExtendedParser() {
    }

    /** {@code mbox-list-extended = "(" [mbox-list-extended-item *(SP mbox-list-extended-item)] ")"}. */
    static List<ListExtendedItem> mboxListExtended(ResponseLexer in) {
        in.expect('(', "mbox-list-extended");
        if (in.accept(')')) {
            return List.of();
        }
        int items = in.listStart();
        do {
            in.listAdd(mboxListExtendedItem(in));
        } while (in.accept(' '));
        in.expect(')', "mbox-list-extended");
        return in.listEnd(items);
    }

    /** {@code mbox-list-extended-item = mbox-list-extended-item-tag SP tagged-ext-val}. */
    private static ListExtendedItem mboxListExtendedItem(ResponseLexer in) {
        int start = in.pos;
        String tag = in.astring("mbox-list-extended-item-tag");
        in.sp("mbox-list-extended-item");
        int valueStart = in.pos;
        TaggedExtValue value = taggedExtVal(in);
        if (tag.equalsIgnoreCase(ListExtendedItem.CHILDINFO)) {
            childInfo(in, valueStart, value);
        } else if (tag.isEmpty()) {
            throw in.failAt(start, "mbox-list-extended-item-tag", "a tag (eitem-standard-tag or eitem-vendor-tag)");
        }
        return new ListExtendedItem(tag, value);
    }

    /**
     * {@code childinfo-extended-item = "CHILDINFO" SP "(" list-select-base-opt-quoted
     * *(SP list-select-base-opt-quoted) ")"}: one or more selection options, no nesting.
     */
    private static void childInfo(ResponseLexer in, int valueStart, TaggedExtValue value) {
        if (!(value instanceof TaggedExtValue.Group g) || g.items().isEmpty()
                || !g.items().stream().allMatch(v -> v instanceof TaggedExtValue.Text)) {
            throw in.failAt(valueStart, "childinfo-extended-item", "a list of one or more quoted selection options");
        }
    }

    /** {@code tagged-ext-val = tagged-ext-simple / "(" [tagged-ext-comp] ")"}. */
    static TaggedExtValue taggedExtVal(ResponseLexer in) {
        if (in.peek() != '(') {
            return taggedExtSimple(in);
        }
        in.pos++;
        if (in.accept(')')) {
            return new TaggedExtValue.Group(List.of());
        }
        TaggedExtValue.Group comp = taggedExtComp(in);
        in.expect(')', "tagged-ext-val");
        return comp;
    }

    /** {@code tagged-ext-simple = sequence-set / number / number64}, kept as sent. */
    private static TaggedExtValue taggedExtSimple(ResponseLexer in) {
        int start = in.pos;
        int c = in.peek();
        if (!ResponseCursor.isDigit(c) && c != '*') {
            throw in.fail("tagged-ext-val", "a number, a sequence-set or '('");
        }
        int p = start;
        while (ResponseCursor.isDigit(byteAt(in, p))) {
            p++;
        }
        int next = byteAt(in, p);
        if (p > start && next != ':' && next != ',') {
            in.modSequenceValue("tagged-ext-simple"); // number64: up to 2^63-1
        } else {
            in.sequenceSet("tagged-ext-simple", true);
        }
        return new TaggedExtValue.Simple(in.ascii(start, in.pos));
    }

    private static int byteAt(ResponseLexer in, int p) {
        return p < in.end ? in.buf[p] & 0xff : -1;
    }

    /**
     * {@code tagged-ext-comp = astring / tagged-ext-comp *(SP tagged-ext-comp) / "(" tagged-ext-comp
     * ")"}: space-separated astrings and non-empty parenthesised lists.
     */
    private static TaggedExtValue.Group taggedExtComp(ResponseLexer in) {
        in.enter("tagged-ext-comp");
        int items = in.listStart();
        do {
            if (in.accept('(')) {
                in.listAdd(taggedExtComp(in));
                in.expect(')', "tagged-ext-comp");
            } else {
                in.listAdd(new TaggedExtValue.Text(in.astring("tagged-ext-comp")));
            }
        } while (in.accept(' '));
        in.leave();
        return new TaggedExtValue.Group(in.listEnd(items));
    }
}
