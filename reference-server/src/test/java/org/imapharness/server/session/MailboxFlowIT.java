package org.imapharness.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imapharness.server.it.ScriptClient;
import org.imapharness.server.it.ServerPerClass;
import org.imapharness.server.it.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The authenticated and selected states end to end (RFC 3501 §6.3, §6.4): mailbox commands in
 * the session, message commands through the selected-state executors.
 */
class MailboxFlowIT {
    private static final String MESSAGE = "From: a@example.org\r\nSubject: hello\r\n\r\nbody\r\n";

    @RegisterExtension
    static final ServerPerClass SERVER = new ServerPerClass();

    @Test
    void appendSelectFetchStoreExpunge() throws Exception {
        try (ScriptClient c = TestServers.loggedIn(SERVER.get(), "alice")) {
            assertTrue(ScriptClient.tagged(c.command("a1", "CREATE Work")).startsWith("a1 OK"));
            String appended = ScriptClient.tagged(c.command("a2",
                    "APPEND Work (\\Flagged) \"01-Jan-2024 10:00:00 +0000\" {" + MESSAGE.length() + "+}\r\n" + MESSAGE));
            assertTrue(appended.matches("a2 OK \\[APPENDUID \\d+ 1] APPEND completed"), appended);
            // A synchronizing literal gets its continuation first.
            c.send("a3 APPEND Work {" + MESSAGE.length() + "}");
            assertTrue(c.readLine().startsWith("+ "));
            c.sendRaw((MESSAGE + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertTrue(c.readUntilTagged("a3").get(0).matches("a3 OK \\[APPENDUID \\d+ 2] APPEND completed"));

            List<String> select = c.command("s", "SELECT Work");
            assertTrue(select.contains("* 2 EXISTS"), select.toString());
            assertTrue(ScriptClient.tagged(select).startsWith("s OK [READ-WRITE]"));

            List<String> fetch = c.command("f", "FETCH 1 (FLAGS BODY[])");
            assertTrue(fetch.get(0).startsWith("* 1 FETCH ("), fetch.get(0));
            assertTrue(fetch.get(0).contains("\\Flagged"), fetch.get(0));
            assertTrue(fetch.get(0).contains(MESSAGE), "message bytes come back intact");

            List<String> store = c.command("t", "STORE 1 +FLAGS (\\Deleted)");
            assertTrue(store.get(0).startsWith("* 1 FETCH (FLAGS ("), store.toString());
            List<String> expunge = c.command("x", "EXPUNGE");
            assertEquals(List.of("* 1 EXPUNGE", "x OK EXPUNGE completed"), expunge.subList(expunge.size() - 2, expunge.size()));
            assertTrue(c.command("n", "NOOP").size() == 1, "nothing pending");
            List<String> status = c.command("st", "STATUS Work (MESSAGES UIDNEXT)");
            assertEquals("* STATUS Work (MESSAGES 1 UIDNEXT 3)", status.get(0));
            assertTrue(ScriptClient.tagged(c.command("u", "CLOSE")).startsWith("u OK"));
            assertTrue(ScriptClient.tagged(c.command("v", "FETCH 1 FLAGS")).startsWith("v BAD "), "back to authenticated");
        }
    }

    @Test
    void appendToAMissingMailboxSaysTryCreate() throws Exception {
        try (ScriptClient c = TestServers.loggedIn(SERVER.get(), "bob")) {
            String no = ScriptClient.tagged(c.command("a", "APPEND Nowhere {4+}\r\nhi\r\n"));
            assertTrue(no.startsWith("a NO [TRYCREATE] "), no);
            assertTrue(ScriptClient.tagged(c.command("b", "SELECT Nowhere")).startsWith("b NO "));
        }
    }

    @Test
    void listShowsSpecialUseAndChildren() throws Exception {
        try (ScriptClient c = TestServers.loggedIn(SERVER.get(), "bob")) {
            c.command("c", "CREATE Projects/2024");
            List<String> list = c.command("l", "LIST \"\" *");
            assertTrue(list.contains("* LIST (\\HasNoChildren \\Sent) \"/\" Sent"), list.toString());
            assertTrue(list.contains("* LIST (\\HasChildren) \"/\" Projects"), list.toString());
            assertTrue(list.contains("* LIST (\\HasNoChildren) \"/\" Projects/2024"), list.toString());
            assertTrue(ScriptClient.tagged(c.command("d", "DELETE Projects")).startsWith("d OK"));
            assertTrue(c.command("l2", "LIST \"\" Projects").contains("* LIST (\\Noselect \\HasChildren) \"/\" Projects"));
            assertTrue(ScriptClient.tagged(c.command("e", "CREATE INBOX")).startsWith("e NO ["));
            assertTrue(ScriptClient.tagged(c.command("f", "CREATE &Jjo-bad&")).startsWith("f NO [CANNOT]"));
        }
    }

    @Test
    void anyStateAndExtensionCommands() throws Exception {
        try (ScriptClient c = TestServers.loggedIn(SERVER.get(), "bob")) {
            List<String> id = c.command("i", "ID (\"name\" \"test\")");
            assertTrue(id.get(0).startsWith("* ID ("), id.get(0));
            assertEquals("* NAMESPACE ((\"\" \"/\")) NIL NIL", c.command("n", "NAMESPACE").get(0));
            assertEquals("* ENABLED QRESYNC", c.command("e", "ENABLE QRESYNC X-UNKNOWN").get(0));
            assertEquals("* ENABLED", c.command("e2", "ENABLE QRESYNC").get(0), "already enabled is not listed again");
            c.command("s", "EXAMINE INBOX");
            assertTrue(ScriptClient.tagged(c.command("e3", "ENABLE CONDSTORE")).startsWith("e3 BAD "),
                    "ENABLE only in the authenticated state");
            List<String> select = c.command("s2", "SELECT Sent");
            assertTrue(select.get(0).startsWith("* OK [CLOSED]"), "leaving a mailbox by SELECT says CLOSED: " + select);
            List<String> logout = c.command("z", "LOGOUT");
            assertEquals(List.of("* BYE Logging out", "z OK LOGOUT completed"), logout);
            assertTrue(c.closedByServer());
        }
    }

    @Test
    void pipelinedCommandsAreAnsweredInOrder() throws Exception {
        try (ScriptClient c = TestServers.loggedIn(SERVER.get(), "bob")) {
            StringBuilder batch = new StringBuilder();
            for (int i = 0; i < 50; i++) {
                batch.append("p").append(i).append(i % 2 == 0 ? " NOOP\r\n" : " STATUS INBOX (MESSAGES)\r\n");
            }
            c.sendRaw(batch.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            for (int i = 0; i < 50; i++) {
                String tagged = ScriptClient.tagged(c.readUntilTagged("p" + i));
                assertTrue(tagged.startsWith("p" + i + " OK"), tagged);
            }
        }
    }
}
