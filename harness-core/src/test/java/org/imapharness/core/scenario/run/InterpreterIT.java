package org.imapharness.core.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.imapharness.core.client.ScriptedServer;
import org.imapharness.core.scenario.Failure;
import org.imapharness.core.scenario.Outcome;
import org.imapharness.core.scenario.ScenarioResult;
import org.imapharness.core.scenario.text.ScenarioParser;
import org.imapharness.core.target.TargetOptions;
import org.imapharness.core.target.Targets;
import org.imapharness.core.target.UserTemplate;
import org.junit.jupiter.api.Test;

/** The interpreter against scripted servers: what it does with bad, slow and surprising servers. */
class InterpreterIT {
    private static final String GREETING = "* OK ready\n";

    private static ScenarioResult run(ScriptedServer server, String scenario) {
        var target = Targets.open(TargetOptions.of("imap://127.0.0.1:" + server.port() + "?tls=none",
                new UserTemplate("user%d", "hunter22")));
        return new ScenarioRunner(target, RunOptions.DEFAULTS.withResponseTimeout(Duration.ofSeconds(2)))
                .run(ScenarioParser.parse("s.imap", "name: scripted\n" + scenario));
    }

    @Test
    void aMalformedResponseFailsNamingTheRuleAndOffset() throws Exception {
        try (var server = ScriptedServer.start(p -> {
            p.sendLines(GREETING);
            p.readLine();
            p.sendLines("* SEARCH 1 2 \nA0001 OK done\n");
            p.drain();
        })) {
            ScenarioResult r = run(server, "C: SEARCH ALL\nS: * SEARCH 1 2\nS: OK\n");
            assertEquals(Outcome.Kind.FAILED, r.kind(), r::describe);
            Failure f = r.failure();
            assertEquals(3, f.line());
            assertTrue(f.message().contains("breaks RFC 3501 §9 (rule "), f.message());
            assertTrue(f.message().contains("at byte 12"), f.message());
            assertEquals("* SEARCH 1 2 \r\n", f.received().get(0).raw().asUtf8());
            server.awaitScript();
        }
    }

    @Test
    void aSilentServerTimesOutAtTheExpectedLine() throws Exception {
        try (var server = ScriptedServer.start(p -> {
            p.sendLines(GREETING);
            p.readLine();
            p.drain();
        })) {
            long start = System.nanoTime();
            ScenarioResult r = run(server, "timeout: 1s\nC: NOOP\nS: OK\n");
            assertEquals(Outcome.Kind.FAILED, r.kind(), r::describe);
            assertEquals(4, r.failure().line());
            assertEquals("no completion (line 4) within 1 s", r.failure().message());
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "bounded by the timeout");
            server.awaitScript();
        }
    }

    @Test
    void anAbruptCloseFailsWithTheReason() throws Exception {
        try (var server = ScriptedServer.start(p -> {
            p.sendLines(GREETING);
            p.readLine();
            p.sendLines("* 3 EXISTS\n");
            p.close();
        })) {
            ScenarioResult r = run(server, "C: NOOP\nS: * 3 EXISTS\nS: OK\n");
            assertEquals(Outcome.Kind.FAILED, r.kind(), r::describe);
            assertEquals(4, r.failure().line());
            assertEquals("the connection closed: the server closed the connection", r.failure().message());
            server.awaitScript();
        }
    }

    @Test
    void aByeGreetingIsAnErrorNotAFailure() throws Exception {
        try (var server = ScriptedServer.start(p -> {
            p.sendLines("* BYE too busy\n");
            p.drain();
        })) {
            ScenarioResult r = run(server, "C: NOOP\nS: OK\n");
            assertEquals(Outcome.Kind.ERRORED, r.kind(), r::describe);
            assertTrue(((Outcome.Errored) r.outcome()).message().contains("the server refused it: * BYE too busy"));
            server.awaitScript();
        }
    }

    @Test
    void aSynchronizingLiteralWaitsForTheContinuation() throws Exception {
        try (var server = ScriptedServer.start(p -> {
            p.sendLines(GREETING);
            assertEquals("A0001 CREATE {5}", p.readLine());
            p.sendLines("+ go\n");
            assertEquals("hello", new String(p.readBytes(5), java.nio.charset.StandardCharsets.US_ASCII));
            assertEquals("", p.readLine());
            p.sendLines("A0001 OK created\n");
            assertEquals("A0002 CREATE {5}", p.readLine());
            p.sendLines("A0002 NO [TOOBIG] not that\n");
            assertEquals("A0003 NOOP", p.readLine(), "the refused literal's data was never sent");
            p.sendLines("A0003 OK done\n");
            p.drain();
        })) {
            ScenarioResult r = run(server, "C: CREATE {\"hello\"}\nS: OK\nC: CREATE {\"world\"}\nS: NO [TOOBIG]\n"
                    + "C: NOOP\nS: OK\n");
            assertEquals(Outcome.Kind.PASSED, r.kind(), r::describe);
            server.awaitScript();
        }
    }

    @Test
    void aCompletionForNoCommandFails() throws Exception {
        try (var server = ScriptedServer.start(p -> {
            p.sendLines(GREETING);
            p.readLine();
            p.sendLines("ZZZ9 OK what\nA0001 OK done\n");
            p.drain();
        })) {
            ScenarioResult r = run(server, "C: NOOP\nS: OK\n");
            assertEquals(Outcome.Kind.FAILED, r.kind(), r::describe);
            assertEquals("a completion arrived for tag ZZZ9, which no command in flight has", r.failure().message());
            server.awaitScript();
        }
    }

    @Test
    void completionsOfPipelinedCommandsMayArriveInAnyOrder() throws Exception {
        try (var server = ScriptedServer.start(p -> {
            p.sendLines(GREETING);
            assertEquals("a1 NOOP", p.readLine());
            assertEquals("a2 NOOP", p.readLine());
            p.sendLines("* 5 RECENT\na2 OK done\n* 4 EXISTS\na1 OK done\n");
            p.drain();
        })) {
            ScenarioResult r = run(server, "tagging: explicit\nC: a1 NOOP\nC: a2 NOOP\nS: a1 OK\nS: a2 OK\n");
            assertEquals(Outcome.Kind.PASSED, r.kind(), r::describe);
            server.awaitScript();
        }
    }

    @Test
    void silenceIsBrokenByAnyResponse() throws Exception {
        try (var server = ScriptedServer.start(p -> {
            p.sendLines(GREETING);
            p.readLine();
            p.sendLines("A0001 OK done\n");
            Thread.sleep(100);
            p.sendLines("* 2 EXPUNGE\n");
            p.drain();
        })) {
            ScenarioResult r = run(server, "C: NOOP\nS: OK\nS: nothing for 1000ms\n");
            assertEquals(Outcome.Kind.FAILED, r.kind(), r::describe);
            assertEquals(4, r.failure().line());
            assertEquals("* 2 EXPUNGE", r.failure().received().get(0).parsed());
            server.awaitScript();
        }
    }

    @Test
    void passwordsNeverReachTheTranscript() throws Exception {
        try (var server = ScriptedServer.start(p -> {
            p.sendLines(GREETING);
            assertEquals("A0001 LOGIN user1 hunter22", p.readLine());
            p.sendLines("A0001 OK done\n");
            assertEquals("A0002 AUTHENTICATE PLAIN AHVzZXIxAGh1bnRlcjIy", p.readLine());
            p.sendLines("A0002 OK done\n");
            p.drain();
        })) {
            ScenarioResult r = run(server, "C: LOGIN $user $password\nS: OK\nC: AUTHENTICATE PLAIN $plain\nS: OK\n");
            assertEquals(Outcome.Kind.PASSED, r.kind(), r::describe);
            String transcript = r.transcripts().get(0).rendered();
            assertTrue(transcript.contains("C: A0001 LOGIN user1 ***"), transcript);
            assertFalse(transcript.contains("hunter22"), transcript);
            assertFalse(transcript.contains("AHVzZXIxAGh1bnRlcjIy"), transcript);
            server.awaitScript();
        }
    }

    @Test
    void unsolicitedResponsesAreAllowedUnlessNothingElse() throws Exception {
        try (var server = ScriptedServer.start(p -> {
            p.sendLines(GREETING);
            p.readLine();
            p.sendLines("* 1 RECENT\n* OK [ALERT] hi\nA0001 OK done\n");
            p.readLine();
            p.sendLines("* 1 RECENT\nA0002 OK done\n");
            p.drain();
        })) {
            ScenarioResult r = run(server, "C: NOOP\nS: OK\nC: NOOP\nS?: * * RECENT\nS: nothing else\nS: OK\n");
            assertEquals(Outcome.Kind.PASSED, r.kind(), r::describe);
            server.awaitScript();
        }
    }
}
