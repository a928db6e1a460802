package org.imapharness.server.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.ListOptions;
import org.imapharness.protocol.model.StatusItem;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse.ListItem;
import org.imapharness.server.selected.Outcome;
import org.imapharness.server.store.Account;
import org.imapharness.server.store.StoreException;

/**
 * LIST with LIST-EXTENDED options (RFC 5258) and the STATUS return option (RFC 5819). Supported:
 * several patterns; selection SUBSCRIBED and REMOTE (we have no remote mailboxes, §3.1); return
 * SUBSCRIBED, CHILDREN (our LIST always carries the RFC 3348 child attributes) and STATUS.
 * RECURSIVEMATCH is refused with BAD: it needs CHILDINFO extended data that our LIST responses
 * cannot carry yet, and a half answer would mislead a client more than a refusal.
 */
final class ExtendedList {
    private static final Set<String> SELECTION = Set.of("SUBSCRIBED", "REMOTE");
    private static final Set<String> RETURNS = Set.of("SUBSCRIBED", "CHILDREN");

    private ExtendedList() {
    }

    static Outcome execute(Session session, Command.List l) {
        ListOptions x = l.extended();
        for (String option : x.selection()) {
            if (!SELECTION.contains(option)) {
                // §3: an unrecognised (or here unsupported) selection option is a BAD, never ignored.
                return Outcome.bad("LIST selection option " + option + " is not supported (RFC 5258 §3.1)");
            }
        }
        for (String option : x.returns()) {
            if (!RETURNS.contains(option)) {
                return Outcome.bad("LIST return option " + option + " is not supported (RFC 5258 §3.2)");
            }
        }
        Account account = session.account;
        boolean onlySubscribed = x.selection().contains("SUBSCRIBED");
        // §3.1: selecting SUBSCRIBED implies returning the \Subscribed attribute.
        boolean markSubscribed = onlySubscribed || x.returns().contains("SUBSCRIBED");
        List<String> patterns = new ArrayList<>();
        patterns.add(l.pattern());
        patterns.addAll(x.morePatterns());
        Map<String, ListItem> found = new LinkedHashMap<>();
        for (String pattern : patterns) {
            for (ListItem item : account.list(l.reference(), pattern)) {
                if (!onlySubscribed || account.isSubscribed(item.mailbox())) {
                    found.putIfAbsent(item.mailbox(), marked(account, item, markSubscribed));
                }
            }
            if (onlySubscribed) {
                for (ListItem sub : account.lsub(l.reference(), pattern)) {
                    // A subscription whose mailbox is gone (§3.1: \NonExistent, which implies \Noselect).
                    if (!sub.attributes().contains("\\Noselect") && !account.exists(sub.mailbox())) {
                        found.putIfAbsent(sub.mailbox(), new ListItem(ListItem.Kind.LIST,
                                List.of("\\NonExistent", "\\Subscribed"), sub.delimiter(), sub.mailbox()));
                    }
                }
            }
        }
        if (x.status().contains(StatusItem.HIGHESTMODSEQ)) {
            session.condstore = true; // as for STATUS (RFC 7162 §3.1)
        }
        List<UntaggedResponse> out = new ArrayList<>();
        for (ListItem item : found.values()) {
            out.add(item);
            if (!x.status().isEmpty() && selectable(item)) {
                status(account, item.mailbox(), x.status(), out);
            }
        }
        return Outcome.ok(out, "LIST completed");
    }

    private static ListItem marked(Account account, ListItem item, boolean markSubscribed) {
        if (!markSubscribed || !account.isSubscribed(item.mailbox())) {
            return item;
        }
        List<String> attributes = new ArrayList<>(item.attributes());
        attributes.add("\\Subscribed");
        return new ListItem(item.kind(), attributes, item.delimiter(), item.mailbox());
    }

    private static boolean selectable(ListItem item) {
        return item.attributes().stream()
                .noneMatch(a -> a.equalsIgnoreCase("\\Noselect") || a.equalsIgnoreCase("\\NonExistent"));
    }

    /** RFC 5819 §2: the STATUS follows its LIST; a mailbox whose status cannot be read just has none. */
    private static void status(Account account, String mailbox, List<StatusItem> items, List<UntaggedResponse> out) {
        try {
            out.add(new UntaggedResponse.StatusData(mailbox, account.status(mailbox).items(items)));
        } catch (StoreException e) {
            // deleted between LIST and STATUS by another session: nothing to report for it
        }
    }
}
