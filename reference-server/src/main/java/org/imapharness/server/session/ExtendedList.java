package org.imapharness.server.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.ListOptions;
import org.imapharness.protocol.model.StatusItem;
import org.imapharness.protocol.response.ListExtendedItem;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse.ListItem;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultSet;
import org.imapharness.server.selected.Outcome;
import org.imapharness.server.store.Account;
import org.imapharness.server.store.StoreException;

/**
 * LIST with LIST-EXTENDED options (RFC 5258) and the STATUS return option (RFC 5819). Supported:
 * several patterns; selection SUBSCRIBED, REMOTE (we have no remote mailboxes, §3.1),
 * RECURSIVEMATCH with SUBSCRIBED (CHILDINFO, §3.5) and SPECIAL-USE (RFC 6154 §3: only mailboxes
 * with a special use); return SUBSCRIBED, CHILDREN (our LIST always carries the RFC 3348 child
 * attributes), SPECIAL-USE (RFC 6154 §2: the attributes are always there) and STATUS.
 */
final class ExtendedList {
    private static final Set<String> SELECTION = Set.of("SUBSCRIBED", "REMOTE", "RECURSIVEMATCH", "SPECIAL-USE");
    private static final Set<String> RETURNS = Set.of("SUBSCRIBED", "CHILDREN", "SPECIAL-USE");
    /** The special-use attributes of RFC 6154 §2, lower-cased. */
    private static final Set<String> SPECIAL_USES = Set.of("\\all", "\\archive", "\\drafts", "\\flagged",
            "\\junk", "\\sent", "\\trash");

    private ExtendedList() {
    }

    static Outcome execute(Session session, Command.List l) {
        ListOptions x = l.extended();
        FaultSet faults = session.config.faults();
        Outcome refused = refused(x, faults);
        if (refused != null) {
            return refused;
        }
        Account account = session.account;
        boolean onlySubscribed = x.selection().contains("SUBSCRIBED")
                && !faults.has(Fault.LIST_SUBSCRIBED_SELECTS_ALL);
        boolean onlySpecialUse = x.selection().contains("SPECIAL-USE");
        boolean recursive = x.selection().contains("RECURSIVEMATCH") && x.selection().contains("SUBSCRIBED");
        // §3.1: selecting SUBSCRIBED implies returning the \Subscribed attribute.
        boolean markSubscribed = x.selection().contains("SUBSCRIBED") || x.returns().contains("SUBSCRIBED");
        List<String> patterns = new ArrayList<>();
        patterns.add(l.pattern());
        patterns.addAll(x.morePatterns());
        Map<String, ListItem> found = new LinkedHashMap<>();
        for (String pattern : patterns) {
            for (ListItem item : account.list(l.reference(), pattern)) {
                if ((!onlySubscribed || account.isSubscribed(item.mailbox())) && (!onlySpecialUse || specialUse(item))) {
                    found.putIfAbsent(item.mailbox(), marked(account, item, markSubscribed));
                }
            }
            if (onlySubscribed && !onlySpecialUse && !faults.has(Fault.LIST_SUBSCRIBED_OMITS_NONEXISTENT)) {
                for (ListItem sub : account.lsub(l.reference(), pattern)) {
                    // A subscription whose mailbox is gone (§3.1: \NonExistent, which implies \Noselect).
                    if (!sub.attributes().contains("\\Noselect") && !account.exists(sub.mailbox())) {
                        found.putIfAbsent(sub.mailbox(), new ListItem(ListItem.Kind.LIST,
                                List.of("\\NonExistent", "\\Subscribed"), sub.delimiter(), sub.mailbox()));
                    }
                }
            }
            if (recursive && !faults.has(Fault.LIST_CHILDINFO_MISSING)) {
                for (ListItem level : account.childInfoLevels(l.reference(), pattern)) {
                    found.put(level.mailbox(), withChildInfo(found.getOrDefault(level.mailbox(), level)));
                }
            }
        }
        if (x.status().contains(StatusItem.HIGHESTMODSEQ)) {
            session.condstore = true; // as for STATUS (RFC 7162 §3.1)
        }
        List<UntaggedResponse> out = new ArrayList<>();
        boolean childrenIgnored = x.returns().contains("CHILDREN") && faults.has(Fault.LIST_RETURN_CHILDREN_IGNORED);
        String statusOf = null;
        for (ListItem item : found.values()) {
            out.add(childrenIgnored ? withoutChildAttributes(item) : item);
            if (!x.status().isEmpty() && selectable(item)) {
                // Fault list-status-other-mailbox: the first listed mailbox's STATUS for all.
                statusOf = statusOf != null && faults.has(Fault.LIST_STATUS_OTHER_MAILBOX) ? statusOf : item.mailbox();
                status(account, item.mailbox(), statusOf, x.status(), out);
            }
        }
        return Outcome.ok(out, "LIST completed");
    }

    /** §3: an unrecognised (or here unsupported) option is a BAD, never ignored. */
    private static Outcome refused(ListOptions x, FaultSet faults) {
        for (String option : x.selection()) {
            if (!SELECTION.contains(option)) {
                return Outcome.bad("LIST selection option " + option + " is not supported (RFC 5258 §3.1)");
            }
        }
        for (String option : x.returns()) {
            if (!RETURNS.contains(option)) {
                return Outcome.bad("LIST return option " + option + " is not supported (RFC 5258 §3.2)");
            }
        }
        if (x.selection().contains("RECURSIVEMATCH") && !x.selection().contains("SUBSCRIBED")) {
            // §3.1: alone or with only REMOTE it is BAD (the parser refuses it alone). With
            // SPECIAL-USE it would need CHILDINFO ("SPECIAL-USE"), which we do not send.
            boolean remoteOnly = x.selection().stream().allMatch(o -> o.equals("RECURSIVEMATCH") || o.equals("REMOTE"));
            if (!remoteOnly || !faults.has(Fault.LIST_RECURSIVEMATCH_WITH_REMOTE_ONLY)) {
                return Outcome.bad("RECURSIVEMATCH needs SUBSCRIBED to modify (RFC 5258 §3.1)");
            }
        }
        return null;
    }

    /** §3.5: CHILDINFO names the selection criterion a descendant meets. */
    private static ListItem withChildInfo(ListItem item) {
        return new ListItem(item.kind(), item.attributes(), item.delimiter(), item.mailbox(),
                List.of(ListExtendedItem.childInfo(List.of("SUBSCRIBED"))));
    }

    private static ListItem withoutChildAttributes(ListItem item) {
        List<String> attributes = item.attributes().stream()
                .filter(a -> !a.equalsIgnoreCase("\\HasChildren") && !a.equalsIgnoreCase("\\HasNoChildren")).toList();
        return new ListItem(item.kind(), attributes, item.delimiter(), item.mailbox(), item.extended());
    }

    private static ListItem marked(Account account, ListItem item, boolean markSubscribed) {
        if (!markSubscribed || !account.isSubscribed(item.mailbox())) {
            return item;
        }
        List<String> attributes = new ArrayList<>(item.attributes());
        attributes.add("\\Subscribed");
        return new ListItem(item.kind(), attributes, item.delimiter(), item.mailbox());
    }

    private static boolean specialUse(ListItem item) {
        return item.attributes().stream().anyMatch(a -> SPECIAL_USES.contains(a.toLowerCase(Locale.ROOT)));
    }

    private static boolean selectable(ListItem item) {
        return item.attributes().stream()
                .noneMatch(a -> a.equalsIgnoreCase("\\Noselect") || a.equalsIgnoreCase("\\NonExistent"));
    }

    /** RFC 5819 §2: the STATUS follows its LIST; a mailbox whose status cannot be read just has none. */
    private static void status(Account account, String mailbox, String countsOf, List<StatusItem> items,
            List<UntaggedResponse> out) {
        try {
            out.add(new UntaggedResponse.StatusData(mailbox, account.status(countsOf).items(items)));
        } catch (StoreException e) {
            // deleted between LIST and STATUS by another session: nothing to report for it
        }
    }
}
