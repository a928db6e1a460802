package org.imapharness.server.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.imapharness.server.message.MessageContent;
import org.imapharness.server.store.Mutation.FlagsChanged;
import org.imapharness.server.store.Mutation.MailboxCreated;
import org.imapharness.server.store.Mutation.MailboxDeleted;
import org.imapharness.server.store.Mutation.MailboxRenamed;
import org.imapharness.server.store.Mutation.MessageAppended;
import org.imapharness.server.store.Mutation.MessagesCopied;
import org.imapharness.server.store.Mutation.MessagesExpunged;
import org.imapharness.server.store.Mutation.SubscriptionChanged;

/**
 * Applies one {@link Mutation} to an account (lock held). Live application also decides \Recent
 * ownership; replay does not (no session survives a restart). Events are not published here but
 * added to {@code publish}, run once the whole operation is applied.
 */
final class MutationApplier {
    private MutationApplier() {
    }

    static void apply(Account account, Mutation m, boolean live, long originViewId, List<Runnable> publish) {
        if (m instanceof MailboxCreated c) {
            account.mailboxes.put(c.name(),
                    new Mailbox(account, new MailboxState(c.name(), c.uidValidity(), c.specialUse(), true)));
        } else if (m instanceof MailboxDeleted d) {
            Mailbox gone = account.mailboxes.remove(d.name());
            if (gone != null) {
                List<MailboxEvent> events = gone.state.deleted();
                publish.add(() -> gone.state.publish(events));
            }
            if (d.keepAsNoSelect()) {
                account.mailboxes.put(d.name(), new Mailbox(account, new MailboxState(d.name(), 0, null, false)));
            }
        } else if (m instanceof MailboxRenamed r) {
            Mailbox moved = account.mailboxes.remove(r.from());
            if (moved != null) {
                moved.state.name = r.to();
                account.mailboxes.put(r.to(), moved);
            }
        } else if (m instanceof SubscriptionChanged s) {
            if (s.subscribed()) {
                account.subscriptions.add(s.name());
            } else {
                account.subscriptions.remove(s.name());
            }
        } else if (m instanceof MessageAppended a) {
            MailboxState state = account.mailboxes.get(a.mailbox()).state;
            OffsetDateTime date = OffsetDateTime.ofInstant(Instant.ofEpochSecond(a.epochSecond()),
                    ZoneOffset.ofTotalSeconds(a.offsetSeconds()));
            StoredMessage message = new StoredMessage(a.uid(), MessageContent.parse(a.content()),
                    FlagSet.of(a.flags()), date, a.modSeq());
            List<MailboxEvent> events = state.appended(List.of(message), live);
            publish.add(() -> state.publish(events));
        } else if (m instanceof MessagesCopied c) {
            MailboxState from = account.mailboxes.get(c.from()).state;
            MailboxState to = account.mailboxes.get(c.to()).state;
            List<StoredMessage> copies = new ArrayList<>();
            long uid = c.firstUid();
            for (long source : c.sourceUids()) {
                StoredMessage s = from.messages.get(source);
                copies.add(new StoredMessage(uid++, s.content(), s.flags(), s.internalDate(), c.modSeq()));
            }
            List<MailboxEvent> events = to.appended(copies, live);
            publish.add(() -> to.publish(events));
        } else if (m instanceof FlagsChanged f) {
            MailboxState state = account.mailboxes.get(f.mailbox()).state;
            List<MailboxEvent> events = state.flagsChanged(f.uids(), f.flags(), f.modSeq(), originViewId);
            publish.add(() -> state.publish(events));
        } else if (m instanceof MessagesExpunged e) {
            MailboxState state = account.mailboxes.get(e.mailbox()).state;
            List<MailboxEvent> events = state.expunged(e.uids(), e.modSeq());
            publish.add(() -> state.publish(events));
        }
    }
}
