package org.imapharness.server.store;

import static org.imapharness.server.store.Messages.append;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.imapharness.protocol.response.UntaggedResponse.ListItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CREATE, DELETE, RENAME, SUBSCRIBE, LIST, LSUB (RFC 3501 §6.3.3–6.3.9) and UIDVALIDITY rules. */
class NamespaceTest {
    private Account account;

    @BeforeEach
    void setUp() {
        account = MailStore.inMemory().account("bob");
    }

    private List<String> names(List<ListItem> items) {
        return items.stream().map(ListItem::mailbox).toList();
    }

    private ListItem item(String name) {
        return account.list("", name).get(0);
    }

    @Test
    void newAccountsHaveTheDefaultFoldersSubscribedWithSpecialUse() {
        assertEquals(List.of("INBOX", "Archive", "Drafts", "Junk", "Sent", "Trash"), names(account.list("", "*")));
        assertEquals(List.of("\\HasNoChildren", "\\Sent"), item("Sent").attributes());
        assertEquals(List.of("\\HasNoChildren"), item("INBOX").attributes());
        assertEquals('/', item("INBOX").delimiter());
        assertEquals(6, account.lsub("", "*").size());
    }

    @Test
    void inboxIsCaseInsensitiveEverywhere() {
        assertEquals("INBOX", account.mailbox("iNbOx").name());
        assertEquals(List.of("INBOX"), names(account.list("", "inbox")));
        account.create("inbox/Sub");
        assertTrue(account.exists("INBOX/Sub"));
        assertThrows(StoreException.class, () -> account.create("Inbox"));
        account.create("inboxes");
        assertTrue(account.exists("inboxes"), "only the whole first level is INBOX");
    }

    @Test
    void createMakesParentsAndRejectsBadNames() {
        account.create("a/b/c/");
        assertEquals(List.of("a", "a/b", "a/b/c"), names(account.list("", "a*")));
        assertEquals(List.of("\\HasChildren"), item("a").attributes());
        StoreException e = assertThrows(StoreException.class, () -> account.create("a/b"));
        assertEquals(StoreException.Reason.ALREADY_EXISTS, e.reason());
        account.create("Entw&APw-rfe");
        assertTrue(account.exists("Entw&APw-rfe"));
        account.create("R&-D");
        for (String bad : List.of("", "/x", "x//y", "we*rd", "p%", "Entw\u00fcrfe", "a&AGE-", "bad&Jjo", "x&-y&")) {
            e = assertThrows(StoreException.class, () -> account.create(bad), bad);
            assertEquals(StoreException.Reason.INVALID_NAME, e.reason());
        }
    }

    @Test
    void deleteRules() {
        StoreException e = assertThrows(StoreException.class, () -> account.delete("inbox"));
        assertEquals(StoreException.Reason.NOT_ALLOWED, e.reason());
        account.create("p/c");
        append(account.mailbox("p"), "x");
        account.delete("p");
        assertEquals(List.of("\\Noselect", "\\HasChildren"), item("p").attributes());
        assertThrows(StoreException.class, () -> account.mailbox("p"));
        e = assertThrows(StoreException.class, () -> account.delete("p"));
        assertEquals(StoreException.Reason.NOT_ALLOWED, e.reason());
        account.delete("p/c");
        account.delete("p");
        assertFalse(account.exists("p"));
        e = assertThrows(StoreException.class, () -> account.delete("p"));
        assertEquals(StoreException.Reason.NONEXISTENT, e.reason());
    }

    @Test
    void recreatingANoselectParentGivesANewUidValidity() {
        account.create("p/c");
        long before = account.mailbox("p").uidValidity();
        account.delete("p");
        account.create("p");
        assertTrue(account.mailbox("p").uidValidity() > before);
    }

    @Test
    void deleteAndCreateInTheSameSecondNeverRepeatsUidValidity(@TempDir Path dir) throws IOException {
        Clock frozen = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
        long previous;
        try (MailStore store = MailStore.open(dir, frozen)) {
            Account a = store.account("u");
            a.create("X");
            previous = a.mailbox("X").uidValidity();
            for (int i = 0; i < 5; i++) {
                a.delete("X");
                a.create("X");
                long next = a.mailbox("X").uidValidity();
                assertTrue(next > previous);
                previous = next;
            }
        }
        try (MailStore reopened = MailStore.open(dir, frozen)) {
            Account a = reopened.account("u");
            assertEquals(previous, a.mailbox("X").uidValidity());
            a.delete("X");
            a.create("X");
            assertTrue(a.mailbox("X").uidValidity() > previous, "after restart too");
        }
    }

    @Test
    void renameMovesChildrenAndKeepsUidValidity() {
        account.create("old/kid/grandkid");
        long uv = account.mailbox("old").uidValidity();
        append(account.mailbox("old/kid"), "x");
        account.rename("old", "new/place");
        assertEquals(List.of("new", "new/place", "new/place/kid", "new/place/kid/grandkid"), names(account.list("", "new*")));
        assertEquals(uv, account.mailbox("new/place").uidValidity());
        assertEquals(1, account.mailbox("new/place/kid").status().messages());
        assertEquals(StoreException.Reason.ALREADY_EXISTS,
                assertThrows(StoreException.class, () -> account.rename("Sent", "Trash")).reason());
        assertEquals(StoreException.Reason.NOT_ALLOWED,
                assertThrows(StoreException.class, () -> account.rename("new", "new/place/deeper")).reason());
        assertEquals(StoreException.Reason.NONEXISTENT,
                assertThrows(StoreException.class, () -> account.rename("ghost", "spirit")).reason());
    }

    @Test
    void renamingInboxMovesItsMessagesAndLeavesItEmpty() {
        Mailbox inbox = account.mailbox("INBOX");
        long uv = inbox.uidValidity();
        account.create("INBOX/child");
        append(inbox, "one", "\\Seen");
        append(inbox, "two");
        account.rename("INBOX", "Old Mail");
        assertEquals(0, inbox.status().messages());
        assertEquals(uv, account.mailbox("INBOX").uidValidity());
        assertEquals(3, inbox.status().uidNext(), "INBOX UIDs are not reused");
        Mailbox old = account.mailbox("Old Mail");
        assertEquals(List.of("\\Seen"), old.messages(List.of(1L)).get(0).flags().toList());
        assertEquals(2, old.status().messages());
        assertTrue(account.exists("INBOX/child"), "INBOX's children stay");
        account.rename("INBOX", "INBOX/archived");
        assertTrue(account.exists("INBOX/archived"));
    }

    @Test
    void listPatterns() {
        account.create("work/2023/q1");
        account.create("work/2024");
        assertEquals(List.of("work"), names(account.list("", "w%")));
        assertEquals(List.of("work/2023", "work/2024"), names(account.list("work/", "%")));
        assertEquals(List.of("work/2023", "work/2023/q1", "work/2024"), names(account.list("work", "/*")));
        assertEquals(List.of("work/2023/q1"), names(account.list("", "*q1")));
        assertEquals(List.of("work/2023/q1"), names(account.list("", "%/%/%")));
        assertEquals(List.of(), names(account.list("", "Work")), "case-sensitive outside INBOX");
        ListItem root = account.list("", "").get(0);
        assertEquals("", root.mailbox());
        assertEquals(List.of("\\Noselect"), root.attributes());
        assertEquals("work/", account.list("work/2023", "").get(0).mailbox());
    }

    @Test
    void subscriptionsAndLsubImpliedParents() {
        account.create("lists/ietf/imap");
        account.subscribe("lists/ietf/imap");
        account.subscribe("ghost");
        assertEquals(List.of("lists"), names(account.lsub("", "l%")));
        assertEquals(List.of("\\Noselect"), account.lsub("", "l%").get(0).attributes());
        assertEquals(List.of("lists/ietf/imap"), names(account.lsub("", "lists/*")));
        assertTrue(names(account.lsub("", "*")).contains("ghost"), "subscriptions need not exist");
        assertTrue(account.unsubscribe("ghost"));
        assertFalse(account.unsubscribe("ghost"));
        account.unsubscribe("Junk");
        assertFalse(names(account.lsub("", "*")).contains("Junk"));
    }
}
