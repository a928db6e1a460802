package org.imapharness.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imapharness.server.RunningServer;
import org.imapharness.server.config.ServerConfigBuilder;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.it.ScriptClient;
import org.imapharness.server.it.TestServers;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The store's fault switches reach a started server, with the in-memory store and with
 * {@code --store DIR} alike: the server hands its fault set to whichever store it opens.
 */
class StoreFaultsIT {
    private static final Pattern APPENDUID = Pattern.compile("\\[APPENDUID \\d+ (\\d+)]");

    @TempDir
    Path dir;
    private int stores;

    /** A server with a fresh store: in memory, or durable in a new directory. */
    private RunningServer start(boolean durable, Fault... faults) {
        Path store = dir.resolve("store" + stores++);
        return TestServers.start(b -> {
            ServerConfigBuilder with = durable ? b.storeDir(store) : b;
            for (Fault f : faults) {
                with.addFault(f);
            }
            return with;
        });
    }

    @ParameterizedTest(name = "durable={0}")
    @ValueSource(booleans = {false, true})
    void uidReuseHandsOutAnExpungedUidAgain(boolean durable) throws Exception {
        assertEquals(3, uidAfterExpungingTheLast(durable), "correct: UIDs are never reused");
        assertEquals(2, uidAfterExpungingTheLast(durable, Fault.UID_REUSE), "faulty: UID 2 handed out twice");
    }

    @ParameterizedTest(name = "durable={0}")
    @ValueSource(booleans = {false, true})
    void uidNextStaleNeverAdvances(boolean durable) throws Exception {
        try (RunningServer server = start(durable, Fault.UIDNEXT_STALE);
             ScriptClient c = TestServers.loggedIn(server, "alice")) {
            c.command("a", "APPEND INBOX {9+}\r\nSubject:a");
            List<String> status = c.command("s", "STATUS INBOX (UIDNEXT)");
            assertEquals("* STATUS INBOX (UIDNEXT 1)", status.get(0));
        }
    }

    private long uidAfterExpungingTheLast(boolean durable, Fault... faults) throws Exception {
        try (RunningServer server = start(durable, faults);
             ScriptClient c = TestServers.loggedIn(server, "alice")) {
            c.command("c", "CREATE Reuse");
            c.command("a1", "APPEND Reuse {9+}\r\nSubject:a");
            c.command("a2", "APPEND Reuse (\\Deleted) {9+}\r\nSubject:b");
            c.command("s", "SELECT Reuse");
            c.command("x", "EXPUNGE");
            String ok = ScriptClient.tagged(c.command("a3", "APPEND Reuse {9+}\r\nSubject:c"));
            Matcher m = APPENDUID.matcher(ok);
            assertTrue(m.find(), ok);
            return Long.parseLong(m.group(1));
        }
    }
}
