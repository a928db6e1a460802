package org.imapharness.server.session;

import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.mailbox.ModifiedUtf7;
import org.imapharness.protocol.model.StatusItem;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.selected.Outcome;
import org.imapharness.server.store.Account;
import org.imapharness.server.store.MailboxStatus;
import org.imapharness.server.store.StoreException;

/**
 * The mailbox-level commands of the authenticated state (RFC 3501 §6.3.3–§6.3.10): CREATE,
 * DELETE, RENAME, SUBSCRIBE, UNSUBSCRIBE, LIST, LSUB, STATUS. Store refusals become NO with a
 * RFC 5530 code ({@link StoreErrors}).
 */
final class MailboxCommands {
    private MailboxCommands() {
    }

    static Outcome execute(Session session, Command command) {
        Account account = session.account;
        try {
            if (command instanceof Command.Create c) {
                account.create(requireUtf7(c.mailbox()));
                return Outcome.ok("CREATE completed");
            } else if (command instanceof Command.Delete d) {
                account.delete(d.mailbox());
                return Outcome.ok("DELETE completed");
            } else if (command instanceof Command.Rename r) {
                account.rename(r.from(), requireUtf7(r.to()));
                return Outcome.ok("RENAME completed");
            } else if (command instanceof Command.Subscribe s) {
                account.subscribe(requireUtf7(s.mailbox()));
                return Outcome.ok("SUBSCRIBE completed");
            } else if (command instanceof Command.Unsubscribe u) {
                return account.unsubscribe(u.mailbox()) ? Outcome.ok("UNSUBSCRIBE completed")
                        : Outcome.no(StoreErrors.code("NONEXISTENT"), "not subscribed: " + u.mailbox());
            } else if (command instanceof Command.List l && l.extended().isExtended()) {
                return ExtendedList.execute(session, l);
            } else if (command instanceof Command.List l) {
                List<UntaggedResponse> items = List.copyOf(l.subscribedOnly()
                        ? account.lsub(l.reference(), l.pattern()) : account.list(l.reference(), l.pattern()));
                return Outcome.ok(items, command.name() + " completed");
            } else if (command instanceof Command.Status s) {
                return status(session, s);
            }
        } catch (StoreException e) {
            return StoreErrors.outcome(e);
        }
        return Outcome.bad(command.name() + " is not handled in the " + session.state.words() + " state");
    }

    /** STATUS (§6.3.10); asking for HIGHESTMODSEQ turns CONDSTORE on (RFC 7162 §3.1). */
    private static Outcome status(Session session, Command.Status s) {
        MailboxStatus status = session.account.status(s.mailbox());
        if (s.items().contains(StatusItem.HIGHESTMODSEQ)) {
            session.condstore = true;
        }
        return Outcome.ok(List.of(new UntaggedResponse.StatusData(s.mailbox(), status.items(s.items()))),
                "STATUS completed");
    }

    /** New names must be valid modified UTF-7 (§5.1.3), so every client can read them back. */
    private static String requireUtf7(String name) {
        if (!ModifiedUtf7.isValid(name)) {
            throw new StoreException(StoreException.Reason.INVALID_NAME,
                    "mailbox name is not valid modified UTF-7 (RFC 3501 §5.1.3): " + name);
        }
        return name;
    }
}
