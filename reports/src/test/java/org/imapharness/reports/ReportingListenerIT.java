package org.imapharness.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imapharness.reports.json.RunJson;
import org.imapharness.reports.model.Check;
import org.imapharness.reports.model.Level;
import org.imapharness.reports.model.Outcome;
import org.imapharness.reports.model.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One real run of the scenario engine against the embedded server, and every file it leaves. */
class ReportingListenerIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Run run;
    static Map<String, Check> byFile;

    @BeforeAll
    static void runScenarios() {
        ScenarioRuns.run(dir, "embedded", "scenarios/rfc3501/6.1.1-capability-one-response.imap");
        run = RunJson.read(dir.resolve("run.json"));
        byFile = run.checks().stream().collect(Collectors.toMap(ReportingListenerIT::fileName, c -> c));
    }

    @Test
    void runJsonHoldsEveryCheckWithItsOutcomeReferencesAndLevel() throws IOException {
        JsonNode root = JSON.readTree(dir.resolve("run.json").toFile());
        assertEquals("imap-harness-run/1", root.get("schema").asText());
        assertEquals("embedded", root.get("target").get("uri").asText());
        assertEquals(6, run.checks().size(), byFile.keySet().toString());
        assertEquals(new org.imapharness.reports.model.Summary(6, 2, 2, 1, 1, 2), run.summary());

        Check failed = byFile.get("wrong-exists.imap");
        assertEquals(Outcome.FAILED, failed.outcome());
        assertEquals(Level.MUST, failed.level());
        assertEquals("[RFC 3501 §7.3.1]", failed.rfc().toString());
        assertEquals("report-scenarios", failed.suite());
        assertTrue(failed.report().contains("expected: * 2 EXISTS"), failed.report());
        assertFalse(failed.report().contains("transcript of connection"), failed.report());
        assertTrue(failed.transcript().contains("transcript of connection 1:"), failed.transcript());
        assertTrue(failed.transcript().contains("C: A0002 SELECT"), failed.transcript());
        assertEquals("replay/wrong-exists.imap", failed.replay());
        assertEquals(Files.readString(ScenarioRuns.SCENARIOS.resolve("wrong-exists.imap")),
                Files.readString(dir.resolve(failed.replay())));

        assertEquals("wrong-exists.imap:9: no untagged response matched before the completion (line 10)",
                failed.reason());

        Check skipped = byFile.get("unsupported.imap");
        assertEquals(Outcome.SKIPPED, skipped.outcome());
        assertTrue(skipped.reason().startsWith("the target does not advertise XYZZY"), skipped.reason());

        Check broken = byFile.get("broken.imap");
        assertEquals(Outcome.ERRORED, broken.outcome());
        assertTrue(broken.reason().matches(".*broken\\.imap:\\d+:\\d+: expected .*"), broken.reason());

        Check classpath = byFile.get("6.1.1-capability-one-response.imap");
        assertEquals(Outcome.PASSED, classpath.outcome());
        assertEquals("rfc3501", classpath.suite());
        assertTrue(classpath.tags().contains("rfc3501-6.1.1"), classpath.tags().toString());
    }

    @Test
    void capabilitiesTheEnginePublishedAreKeptAndSetAgainstTheChecks() throws IOException {
        assertTrue(run.target().advertisedBeforeLogin().contains("AUTH=PLAIN"), run.target().toString());
        assertTrue(run.target().advertisedAfterLogin().contains("IDLE"), run.target().toString());
        assertFalse(run.target().advertisedAfterLogin().contains("AUTH=PLAIN"), run.target().toString());
        String html = Files.readString(dir.resolve("index.html"));
        assertTrue(html.contains("<tr><th>XYZZY</th><td></td><td></td><td class=\"empty\">required, not advertised: "
                + "1 skipped</td></tr>"), html);
        assertTrue(html.contains("<tr><th>IDLE</th><td>advertised</td><td>advertised</td><td class=\"skip\">untested"),
                html);
    }

    @Test
    void aFaultySeverFailsTheCheckThatEnforcesTheRule(@TempDir Path faulty) {
        ScenarioRuns.run(faulty, "embedded?fault=peek-sets-seen", "scenarios/rfc3501/6.4.5-fetch-body-sets-seen.imap");
        Check peek = RunJson.read(faulty.resolve("run.json")).checks().stream()
                .filter(c -> c.id().contains("6.4.5-fetch-body-sets-seen")).findFirst().orElseThrow();
        assertEquals(Outcome.FAILED, peek.outcome(), peek.report());
        assertEquals("[RFC 3501 §6.4.5]", peek.rfc().toString());
        assertEquals("embedded?fault=peek-sets-seen", RunJson.read(faulty.resolve("run.json")).target().uri());
    }

    @Test
    void htmlShowsTheMatrixTheMarkedMismatchAndEscapesHostileText() throws IOException {
        String html = Files.readString(dir.resolve("index.html"));
        assertTrue(html.contains("<a href=\"https://www.rfc-editor.org/rfc/rfc3501#section-7.3.1\">RFC 3501 §7.3.1</a>"
                + "</th><td class=\"fail\">1 failed</td>"), html);
        assertTrue(html.contains("<a href=\"https://www.rfc-editor.org/rfc/rfc3501#section-6.1.2\">RFC 3501 §6.1.2</a>"
                + "</th><td class=\"fail\">1 passed · 1 errored</td>"), html);
        assertTrue(html.contains("<a href=\"https://www.rfc-editor.org/rfc/rfc3501#section-6.3.1\">RFC 3501 §6.3.1</a>"
                + "</th><td class=\"empty\"></td><td class=\"fail\">1 failed</td>"), html);
        // The failing EXISTS: the count the server sent is the token marked, in parsed and raw form.
        assertTrue(html.contains("received: * <mark>1</mark> EXISTS"), html);
        assertTrue(html.contains("raw:  * <mark>1</mark> EXISTS\\r\\n"), html);
        assertTrue(html.contains("<a download href=\"replay/wrong-exists.imap\">"), html);
        assertFalse(html.contains("<script"), "a scenario named <script> must not become markup");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; selects a mailbox"), html);
        assertTrue(html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"), "the transcript is shown, escaped");
        assertTrue(html.contains("class=\"considered\""), "the responses the failure considered are marked");
    }

    @Test
    void allureResultsAreOneValidJsonFilePerCheck() throws IOException {
        List<JsonNode> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("allure-results"))) {
            for (Path f : files.filter(f -> f.toString().endsWith("-result.json")).toList()) {
                results.add(JSON.readTree(f.toFile()));
            }
        }
        assertEquals(6, results.size());
        JsonNode failed = results.stream().filter(r -> r.get("fullName").asText().contains("wrong-exists.imap"))
                .findFirst().orElseThrow();
        assertEquals("failed", failed.get("status").asText());
        Map<String, String> labels = new java.util.HashMap<>();
        failed.get("labels").forEach(l -> labels.putIfAbsent(l.get("name").asText(), l.get("value").asText()));
        assertEquals("critical", labels.get("severity"), failed.get("labels").toString());
        assertEquals("RFC 3501 §7.3.1", labels.get("feature"));
        assertEquals("report-scenarios", labels.get("suite"));
        assertEquals("https://www.rfc-editor.org/rfc/rfc3501#section-7.3.1", failed.get("links").get(0).get("url").asText());
        String transcript = failed.get("attachments").get(0).get("source").asText();
        assertTrue(Files.readString(dir.resolve("allure-results").resolve(transcript)).contains("C: A0002 SELECT"));
        assertEquals(List.of("broken", "failed", "failed", "passed", "passed", "skipped"),
                results.stream().map(r -> r.get("status").asText()).sorted().toList());
    }

    /** The scenario file name in a unique id such as {@code [scenario:file%3A%2F...%2Fnoop.imap]}. */
    private static String fileName(Check c) {
        String id = java.net.URLDecoder.decode(c.id(), java.nio.charset.StandardCharsets.UTF_8);
        return id.substring(id.lastIndexOf('/') + 1).replace("]", "");
    }
}
