package org.imapharness.protocol.response;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code mbox-list-extended-item} of a LIST response (RFC 5258 §6): a tag and its
 * {@code tagged-ext-val}, such as {@code ("CHILDINFO" ("SUBSCRIBED"))} (§3.5) or
 * {@code ("OLDNAME" ("old"))} (RFC 5465 §5.4).
 */
public record ListExtendedItem(String tag, TaggedExtValue value) {

    /** The tag of the child-info item (RFC 5258 §3.5). */
    public static final String CHILDINFO = "CHILDINFO";

    /**
     * {@code CHILDINFO} naming the selection options a descendant meets (RFC 5258 §3.5: at least
     * one, each a {@code list-select-base-opt} such as {@code SUBSCRIBED}).
     */
    public static ListExtendedItem childInfo(List<String> selectionOptions) {
        if (selectionOptions.isEmpty()) {
            throw new IllegalArgumentException("CHILDINFO names at least one selection option (RFC 5258 §6)");
        }
        List<TaggedExtValue> options = new ArrayList<>();
        selectionOptions.forEach(o -> options.add(new TaggedExtValue.Text(o)));
        return new ListExtendedItem(CHILDINFO, new TaggedExtValue.Group(options));
    }

    /** The selection options of a CHILDINFO item; empty for any other item. */
    public List<String> childInfoOptions() {
        if (!tag.equalsIgnoreCase(CHILDINFO) || !(value instanceof TaggedExtValue.Group g)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (TaggedExtValue v : g.items()) {
            if (v instanceof TaggedExtValue.Text t) {
                out.add(t.value());
            }
        }
        return out;
    }
}
