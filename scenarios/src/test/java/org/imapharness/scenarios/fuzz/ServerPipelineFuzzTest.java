package org.imapharness.scenarios.fuzz;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.model.Printable;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.TaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.scenarios.fuzz.LoopbackSession.Ending;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the reference server's whole pipeline (connection tracker, frame
 * decoder, command loop, session, every command handler, store and encoder) with raw client
 * bytes over a loopback socket; coverage is counted in the server's threads too. Each input is
 * one session (see {@link ClientInput} for how it is ended). Asserted per input:
 * <ul>
 *   <li>nothing threw inside the server ({@link ServerErrorLog}, and no {@code [SERVERBUG]});</li>
 *   <li>every response the server sent parses with the strict parser, the first is a greeting,
 *       and the server did not stop mid-response;</li>
 *   <li>the session ends within {@link #SESSION_DEADLINE}: the server answered up to the LOGOUT
 *       (or accepted STARTTLS, or was half-closed) rather than hang;</li>
 *   <li>a fresh connection still gets its CAPABILITY answered.</li>
 * </ul>
 *
 * <p>Not through Netty's {@code EmbeddedChannel}: the server's initializer builds its pipeline
 * for a {@code SocketChannel} (the client address drives per-address limits), so the real
 * listener is used; see {@link FuzzedServer} for how often it is restarted.
 */
class ServerPipelineFuzzTest {
    private static final Duration SESSION_DEADLINE = Duration.ofSeconds(5);
    private static final byte[] PROBE = "p1 CAPABILITY\r\np2 LOGOUT\r\n".getBytes(StandardCharsets.US_ASCII);

    private static ServerErrorLog errors;
    private static FuzzedServer server;

    @BeforeAll
    static void startServer() {
        errors = ServerErrorLog.install();
        server = new FuzzedServer();
    }

    @AfterAll
    static void stopServer() {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            if (errors != null) {
                errors.close();
            }
        }
    }

    @Timeout(value = 10, unit = SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @FuzzTest(maxDuration = "60s")
    void serverSurvivesClientBytes(byte[] clientBytes) throws IOException {
        errors.drain();
        ClientInput input = ClientInput.of(clientBytes, server.frameLimits());
        LoopbackSession.Result session = LoopbackSession.run(server.port(), input, SESSION_DEADLINE);
        LoopbackSession.Result probe = LoopbackSession.run(server.port(),
                ClientInput.of(PROBE, server.frameLimits()), SESSION_DEADLINE);
        server.sessionDone();

        List<String> problems = new ArrayList<>(session.replies().violations());
        if (session.ending() == Ending.STALLED) {
            problems.add("the server did not end the session within " + SESSION_DEADLINE.toSeconds()
                    + " s of the epilogue " + show(input.epilogue()) + (input.halfClose() ? " and half-close" : ""));
        }
        if (session.ending() == Ending.CLOSED && !session.replies().betweenFrames()) {
            problems.add("the server closed in the middle of a response");
        }
        errors.drain().forEach(e -> problems.add("server logged: " + e));
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems) + "\nclient sent: " + show(clientBytes) + "\nserver sent: "
                    + session.replies().transcript());
        }
        assertProbeAnswered(probe);
    }

    /** After any session, a new connection is greeted and gets CAPABILITY and LOGOUT answered. */
    private static void assertProbeAnswered(LoopbackSession.Result probe) {
        String transcript = probe.replies().transcript();
        assertTrue(probe.replies().violations().isEmpty(), () -> "probe: " + probe.replies().violations());
        assertEquals(Ending.CLOSED, probe.ending(), () -> "probe session ended: " + transcript);
        assertTrue(probe.replies().responses().stream().anyMatch(UntaggedResponse.Capability.class::isInstance),
                () -> "probe got no CAPABILITY: " + transcript);
        assertTrue(probe.replies().responses().stream().anyMatch(r -> r instanceof TaggedResponse t
                && t.tag().equals("p1") && t.status() == StatusCondition.OK), () -> "probe got no p1 OK: " + transcript);
    }

    private static String show(byte[] bytes) {
        return Printable.preview(bytes, 0, bytes.length, 2000);
    }
}
