package org.imapharness.server.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.imapharness.protocol.response.UntaggedResponse.ListItem;

/**
 * Everything observable about an account, as comparable values, for replay tests. STATUS RECENT
 * is left out: \\Recent is session state and deliberately not journaled.
 */
record AccountSnapshot(List<String> listing, List<String> subscriptions, List<String> mailboxes) {

    static AccountSnapshot of(Account account) {
        List<String> listing = new ArrayList<>();
        List<String> boxes = new ArrayList<>();
        for (ListItem item : account.list("", "*")) {
            listing.add(item.mailbox() + " " + item.attributes());
            if (item.attributes().contains("\\Noselect")) {
                continue;
            }
            Mailbox box = account.mailbox(item.mailbox());
            StringBuilder sb = new StringBuilder(item.mailbox()).append(' ').append(withoutRecent(box.status())).append(' ')
                    .append(box.definedFlags()).append(" expunged=").append(box.expungedSince(0));
            for (StoredMessage m : box.changedSince(0)) {
                sb.append("\n  ").append(m.uid()).append(' ').append(m.flags()).append(' ').append(m.internalDate())
                        .append(" modseq=").append(m.modSeq())
                        .append(" bytes=").append(Arrays.hashCode(m.content().toByteArray()))
                        .append('/').append(m.content().size());
            }
            boxes.add(sb.toString());
        }
        List<String> subs = account.lsub("", "*").stream().map(ListItem::mailbox).toList();
        return new AccountSnapshot(listing, subs, boxes);
    }

    private static MailboxStatus withoutRecent(MailboxStatus s) {
        return new MailboxStatus(s.messages(), 0, s.uidNext(), s.uidValidity(), s.unseen(), s.highestModSeq());
    }
}
