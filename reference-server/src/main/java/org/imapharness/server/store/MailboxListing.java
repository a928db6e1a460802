package org.imapharness.server.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imapharness.protocol.response.UntaggedResponse.ListItem;
import org.imapharness.server.fault.Fault;

/**
 * LIST and LSUB answers (RFC 3501 §6.3.8–9). Attributes: {@code \Noselect} for placeholder
 * parents, {@code \HasChildren}/{@code \HasNoChildren} (RFC 3348, as Dovecot sends them) and the
 * RFC 6154 special-use attribute. INBOX is listed first, then names in code-point order.
 */
final class MailboxListing {
    private MailboxListing() {
    }

    static List<ListItem> list(Account account, String reference, String pattern) {
        if (pattern.isEmpty()) {
            // §6.3.8: an empty pattern asks for the delimiter and the reference's root.
            int slash = reference.indexOf(MailboxNames.DELIMITER);
            String root = slash < 0 ? "" : reference.substring(0, slash + 1);
            return List.of(new ListItem(ListItem.Kind.LIST, List.of("\\Noselect"), MailboxNames.DELIMITER, root));
        }
        ListPattern p = pattern(account, reference, pattern);
        List<ListItem> out = new ArrayList<>();
        boolean hideNoselect = account.faults.has(Fault.LIST_OMITS_NOSELECT);
        for (String name : ordered(account.mailboxes.keySet())) {
            if (p.matches(name) && !(hideNoselect && !account.mailboxes.get(name).state.selectable)) {
                out.add(new ListItem(ListItem.Kind.LIST, attributes(account, name), MailboxNames.DELIMITER, name));
            }
        }
        return out;
    }

    static List<ListItem> lsub(Account account, String reference, String pattern) {
        ListPattern p = pattern(account, reference, pattern);
        Map<String, List<String>> hits = new LinkedHashMap<>();
        // Fault lsub-lists-unsubscribed: every mailbox is taken for subscribed.
        boolean all = account.faults.has(Fault.LSUB_LISTS_UNSUBSCRIBED);
        for (String name : ordered(all ? account.mailboxes.keySet() : account.subscriptions)) {
            if (p.matches(name)) {
                hits.put(name, List.of());
                continue;
            }
            // A '%' pattern stops at a level whose descendant is subscribed: report that level
            // as \Noselect so the client can descend (§6.3.9).
            for (String a = MailboxNames.parent(name); a != null; a = MailboxNames.parent(a)) {
                if (p.matches(a) && !account.subscriptions.contains(a)) {
                    hits.putIfAbsent(a, List.of("\\Noselect"));
                }
            }
        }
        List<ListItem> out = new ArrayList<>();
        for (String name : ordered(hits.keySet())) {
            out.add(new ListItem(ListItem.Kind.LSUB, hits.get(name), MailboxNames.DELIMITER, name));
        }
        return out;
    }

    /**
     * The levels a RECURSIVEMATCH over subscriptions reports with CHILDINFO (RFC 5258 §3.5): names
     * that match the pattern and have a subscribed descendant, where a level that is not itself
     * subscribed is returned only for a descendant the pattern does not match (a matched one is
     * listed itself). So §5 example 9 with {@code *2} gives "foo2" for its "foo2/bar1" but not
     * "baz2", whose subscribed children all end in 2, while the subscribed "eps2" carries
     * CHILDINFO in any case, as in the table of §3.5 and as Dovecot does. A level that does not
     * exist is {@code \NonExistent} (§3).
     */
    static List<ListItem> childInfoLevels(Account account, String reference, String pattern) {
        ListPattern p = pattern(account, reference, pattern);
        java.util.Set<String> levels = new java.util.HashSet<>();
        for (String name : account.subscriptions) {
            boolean matched = p.matches(name);
            for (String a = MailboxNames.parent(name); a != null; a = MailboxNames.parent(a)) {
                if (p.matches(a) && (!matched || account.subscriptions.contains(a))) {
                    levels.add(a);
                }
            }
        }
        List<ListItem> out = new ArrayList<>();
        for (String name : ordered(levels)) {
            List<String> attributes = account.mailboxes.containsKey(name) ? attributes(account, name)
                    : List.of("\\NonExistent");
            out.add(new ListItem(ListItem.Kind.LIST, attributes, MailboxNames.DELIMITER, name));
        }
        return out;
    }

    /** Fault list-percent-crosses-delimiter: {@code %} is read as {@code *}. */
    private static ListPattern pattern(Account account, String reference, String pattern) {
        return ListPattern.of(reference, account.faults.has(Fault.LIST_PERCENT_CROSSES_DELIMITER)
                ? pattern.replace('%', '*') : pattern);
    }

    private static List<String> attributes(Account account, String name) {
        Mailbox m = account.mailboxes.get(name);
        List<String> attrs = new ArrayList<>();
        if (!m.state.selectable) {
            attrs.add("\\Noselect");
        }
        attrs.add(account.hasChildren(name) ? "\\HasChildren" : "\\HasNoChildren");
        if (m.state.specialUse != null) {
            attrs.add(m.state.specialUse);
        }
        return attrs;
    }

    private static List<String> ordered(java.util.Collection<String> names) {
        List<String> out = new ArrayList<>(names);
        out.sort((a, b) -> {
            boolean ia = MailboxNames.isInbox(a);
            boolean ib = MailboxNames.isInbox(b);
            return ia == ib ? a.compareTo(b) : ia ? -1 : 1;
        });
        return out;
    }
}
