package org.imapharness.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.frame.FrameError;
import org.imapharness.protocol.frame.FrameLimits;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.UntaggedResponse;
import org.junit.jupiter.api.Test;

/** Bad server output is reported, counted and attached; it never kills the connection. */
class MalformedResponseIT {

    @Test
    void malformedResponsesAreReportedAndTheCommandStillCompletesOnItsTaggedLine() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(peer -> {
            peer.send("* OK ready\r\n");
            assertEquals("A0001 NOOP", peer.readLine());
            peer.send("* 1 FETCH (FLAGS (\\Seen)\r\n"      // missing ")"
                    + "* 3 EXISTS\r\n"
                    + "Z999 OK nobody's tag\r\n"
                    + "A0001 OK [BROKEN-CODE no closing bracket\r\n");
            assertEquals("A0002 NOOP", peer.readLine());
            peer.send("A0002 OK\r\n");
        })) {
            ImapConnection c = ImapClient.connect(server.config()).join();
            List<ProtocolProblem> heard = new CopyOnWriteArrayList<>();
            c.addProblemListener(heard::add);
            CommandResult r = c.send(new Command.Noop()).join();

            assertEquals(StatusCondition.OK, r.status());
            assertEquals(3, r.single(UntaggedResponse.Exists.class).count());
            assertEquals(List.of(ProtocolProblem.Kind.MALFORMED, ProtocolProblem.Kind.UNKNOWN_TAG,
                    ProtocolProblem.Kind.MALFORMED), r.problems().stream().map(ProtocolProblem::kind).toList());
            assertEquals(r.problems(), heard);
            assertEquals(2L, c.problemCounts().get(ProtocolProblem.Kind.MALFORMED));
            ProtocolProblem.Malformed first = assertInstanceOf(ProtocolProblem.Malformed.class, heard.get(0));
            assertTrue(first.describe().contains("* 1 FETCH (FLAGS (\\\\Seen)"), first.describe());
            assertTrue(c.send(new Command.Noop()).join().isOk(), "the connection is still usable");
            server.awaitScript();
            c.close();
        }
    }

    @Test
    void responseOverTheFrameLimitIsSkippedAndReported() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(peer -> {
            peer.send("* OK ready\r\n");
            assertEquals("A0001 NOOP", peer.readLine());
            peer.send("* OK " + "x".repeat(500) + "\r\n* 2 EXISTS\r\nA0001 OK\r\n");
        })) {
            ImapClientConfig config = server.config().withFrameLimits(new FrameLimits(200, 1000, 2000));
            ImapConnection c = ImapClient.connect(config).join();
            CommandResult r = c.send(new Command.Noop()).join();
            assertTrue(r.isOk());
            assertEquals(2, r.single(UntaggedResponse.Exists.class).count());
            ProtocolProblem.Framing framing = assertInstanceOf(ProtocolProblem.Framing.class, r.problems().get(0));
            assertEquals(FrameError.Kind.LINE_TOO_LONG, framing.error().kind());
            server.awaitScript();
            c.close();
        }
    }
}
