package org.imapharness.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.imapharness.server.it.ScriptClient;
import org.imapharness.server.it.ServerPerClass;
import org.imapharness.server.it.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * RECURSIVEMATCH and CHILDINFO (RFC 5258 §3.1, §3.5) on the hierarchy of the RFC's §5 example 9,
 * where "qux2" exists here (our CREATE makes missing parents, RFC 3501 §6.3.3). Each test has its
 * own user, so subscriptions do not mix.
 */
class ExtendedListIT {
    private static final String CHILDINFO = " (\"CHILDINFO\" (\"SUBSCRIBED\"))";

    @RegisterExtension
    static final ServerPerClass SERVER = new ServerPerClass();

    private static ScriptClient example9(String user) throws Exception {
        ScriptClient c = TestServers.loggedIn(SERVER.get(), user);
        for (String name : List.of("foo2", "foo2/bar1", "foo2/bar2", "baz2", "baz2/bar2", "baz2/bar22", "baz2/bar222",
                "eps2", "eps2/mamba", "qux2/bar2")) {
            assertTrue(ScriptClient.tagged(c.command("c", "CREATE " + name)).startsWith("c OK"), name);
        }
        for (String name : List.of("foo2/bar1", "foo2/bar2", "baz2/bar2", "baz2/bar22", "baz2/bar222", "eps2",
                "eps2/mamba", "qux2/bar2")) {
            assertTrue(ScriptClient.tagged(c.command("s", "SUBSCRIBE " + name)).startsWith("s OK"), name);
        }
        return c;
    }

    /** The untagged lines, in any order, and the tagged status word. */
    private static Set<String> list(ScriptClient c, String command) throws Exception {
        List<String> lines = c.command("l", command);
        Set<String> out = new TreeSet<>(lines.subList(0, lines.size() - 1));
        out.add(ScriptClient.tagged(lines).split(" ")[1]);
        return out;
    }

    @Test
    void starPatternGivesChildInfoOnlyWhereASubscribedDescendantIsNotMatched() throws Exception {
        try (ScriptClient c = example9("alice")) {
            // As in the RFC: baz2's subscribed children all match "*2" and are listed themselves.
            assertEquals(Set.of("OK",
                    "* LIST (\\HasChildren) \"/\" foo2" + CHILDINFO,
                    "* LIST (\\HasNoChildren \\Subscribed) \"/\" foo2/bar2",
                    "* LIST (\\HasNoChildren \\Subscribed) \"/\" baz2/bar2",
                    "* LIST (\\HasNoChildren \\Subscribed) \"/\" baz2/bar22",
                    "* LIST (\\HasNoChildren \\Subscribed) \"/\" baz2/bar222",
                    "* LIST (\\HasChildren \\Subscribed) \"/\" eps2" + CHILDINFO,
                    "* LIST (\\HasNoChildren \\Subscribed) \"/\" qux2/bar2"),
                    list(c, "LIST (SUBSCRIBED RECURSIVEMATCH) \"\" \"*2\""));
        }
    }

    @Test
    void percentPatternReportsEveryLevelAboveASubscription() throws Exception {
        try (ScriptClient c = example9("bob")) {
            // '%' stops at the first level, so no subscribed descendant is matched itself.
            assertEquals(Set.of("OK",
                    "* LIST (\\HasChildren) \"/\" foo2" + CHILDINFO,
                    "* LIST (\\HasChildren) \"/\" baz2" + CHILDINFO,
                    "* LIST (\\HasChildren \\Subscribed) \"/\" eps2" + CHILDINFO,
                    "* LIST (\\HasChildren) \"/\" qux2" + CHILDINFO),
                    list(c, "LIST (SUBSCRIBED RECURSIVEMATCH) \"\" \"%2\""));
            // A subscribed level has CHILDINFO even when its subscribed descendant is matched too.
            assertEquals(Set.of("OK",
                    "* LIST (\\HasChildren \\Subscribed) \"/\" eps2" + CHILDINFO,
                    "* LIST (\\HasNoChildren \\Subscribed) \"/\" eps2/mamba"),
                    list(c, "LIST (SUBSCRIBED RECURSIVEMATCH) \"\" \"eps2*\""));
            // Without RECURSIVEMATCH only the subscribed level itself, and never CHILDINFO (§3.5).
            assertEquals(Set.of("OK", "* LIST (\\HasChildren \\Subscribed) \"/\" eps2"),
                    list(c, "LIST (SUBSCRIBED) \"\" \"%2\""));
        }
    }

    @Test
    void aDeletedLevelAboveASubscriptionIsNonExistent() throws Exception {
        try (ScriptClient c = TestServers.loggedIn(SERVER.get(), "carol")) {
            for (String line : List.of("CREATE gone/kid", "SUBSCRIBE gone/kid", "DELETE gone/kid", "DELETE gone")) {
                assertTrue(ScriptClient.tagged(c.command("x", line)).startsWith("x OK"), line);
            }
            assertEquals(Set.of("OK", "* LIST (\\NonExistent) \"/\" gone" + CHILDINFO),
                    list(c, "LIST (SUBSCRIBED RECURSIVEMATCH) \"\" \"gone\""));
            assertEquals(Set.of("OK", "* LIST (\\NonExistent \\Subscribed) \"/\" gone/kid"),
                    list(c, "LIST (SUBSCRIBED RECURSIVEMATCH) \"\" \"gone/%\""));
        }
    }

    @Test
    void recursiveMatchWithoutSubscribedIsBad() throws Exception {
        try (ScriptClient c = TestServers.loggedIn(SERVER.get(), "alice")) {
            // §3.1: alone (refused by the command parser) or with only REMOTE.
            assertEquals(Set.of("BAD"), list(c, "LIST (RECURSIVEMATCH) \"\" \"*\""));
            assertEquals(Set.of("BAD"), list(c, "LIST (REMOTE RECURSIVEMATCH) \"\" \"*\""));
            assertEquals(Set.of("BAD"), list(c, "LIST (SPECIAL-USE RECURSIVEMATCH) \"\" \"*\""));
        }
    }
}
