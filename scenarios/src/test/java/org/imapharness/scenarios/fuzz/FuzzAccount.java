package org.imapharness.scenarios.fuzz;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.message.Corpus;
import org.imapharness.server.store.Account;
import org.imapharness.server.store.MailboxStatus;
import org.imapharness.server.store.StoreException;

/**
 * Alice's mail as every fuzzed session should find it: the whole bundled corpus in INBOX with
 * assorted flags, three messages in her default {@code Archive}, and a {@code Projects/2025} to walk
 * the hierarchy. {@link #restore} puts it back after a session changed it, through the same store
 * operations the server's commands use, so that sessions are independent: coverage stays stable
 * while fuzzing, and a crash file fails on its own bytes, not on what earlier inputs did.
 *
 * <p>Restored: the set of mailboxes (extra ones deleted, missing ones created again, though a
 * default folder created again loses its special-use attribute), and INBOX's messages (emptied by
 * renaming INBOX away, RFC 3501 §6.3.5, then filled again). Not restored, as harmless drift:
 * other mailboxes' contents, subscriptions, keywords in PERMANENTFLAGS, and {@code \Recent}.
 */
final class FuzzAccount {
    static final String USER = "alice";
    private static final String INBOX = "INBOX";
    private static final String SCRATCH = "zz-fuzz-restore";
    private static final List<List<String>> FLAGS = List.of(List.of(), List.of("\\Seen"),
            List.of("\\Flagged", "\\Answered"), List.of("\\Deleted", "$Junk"), List.of("\\Draft", "\\Seen", "Work"));
    private static final OffsetDateTime DATE = OffsetDateTime.of(2025, 7, 17, 9, 30, 0, 0, ZoneOffset.ofHours(2));
    private static final List<Corpus.Entry> CORPUS = Corpus.all();

    private final Account account;
    private final Set<String> mailboxes;
    private InboxState inbox;

    /** Fills the account (fresh from the server's start) and remembers it as the state to restore. */
    FuzzAccount(Account account) {
        this.account = account;
        fillInbox();
        for (int i = 0; i < 3; i++) {
            account.mailbox("Archive").append(CORPUS.get(i).bytes(), List.of("\\Seen"), DATE.minusYears(1).plusHours(i));
        }
        account.create("Projects/2025");
        mailboxes = names();
        inbox = InboxState.of(account.status(INBOX));
    }

    /** Undoes what a session changed (see the class comment); cheap when nothing changed. */
    void restore() {
        Set<String> now = names();
        if (!now.equals(mailboxes)) {
            // Children before parents, so that no \Noselect parent is left behind.
            now.stream().filter(n -> !mailboxes.contains(n)).sorted(Comparator.comparingInt(String::length).reversed())
                    .forEach(this::deleteQuietly);
            mailboxes.stream().filter(n -> !exists(n)).forEach(this::createQuietly);
        }
        if (!InboxState.of(account.status(INBOX)).equals(inbox)) {
            account.rename(INBOX, SCRATCH);
            account.delete(SCRATCH);
            fillInbox();
            inbox = InboxState.of(account.status(INBOX));
        }
    }

    private void fillInbox() {
        for (int i = 0; i < CORPUS.size(); i++) {
            account.mailbox(INBOX).append(CORPUS.get(i).bytes(), FLAGS.get(i % FLAGS.size()), DATE.plusDays(i));
        }
    }

    private Set<String> names() {
        Set<String> names = new TreeSet<>();
        for (UntaggedResponse.ListItem item : account.list("", "*")) {
            names.add(item.mailbox());
        }
        return names;
    }

    private boolean exists(String name) {
        return account.exists(name) || names().contains(name);
    }

    private void createQuietly(String name) {
        try {
            account.create(name);
        } catch (StoreException unexpected) {
            // Left for the next restore; the server's periodic restart resets everything anyway.
        }
    }

    private void deleteQuietly(String name) {
        try {
            account.delete(name);
        } catch (StoreException stillHasChildren) {
            // A \Noselect parent whose children were not listed; the next restore tries again.
        }
    }

    /** What a session can change in INBOX, short of \Recent (every SELECT clears that). */
    private record InboxState(long messages, long uidNext, long highestModSeq) {
        static InboxState of(MailboxStatus s) {
            return new InboxState(s.messages(), s.uidNext(), s.highestModSeq());
        }
    }
}
