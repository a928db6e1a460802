package org.imapharness.core.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.imapharness.core.scenario.Scenario;
import org.imapharness.core.scenario.text.ScenarioParser;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.model.Octets;
import org.junit.jupiter.api.Test;

class ScenarioWriterTest {
    private final Folders folders = new Folders("ihsyncaaaa", "ihsyncbbbb", "ihsynccccc", '/');

    @Test
    void writesAParseableScenarioThatStopsAtTheFailureAndEndsTheIdle() {
        Trace trace = new Trace();
        trace.send("d1", "SELECT ${box}", 1).completion("S: OK");
        trace.send("d1", "IDLE", 1).completion("S: +");
        Trace.Entry append = trace.send("d2", CommandText.of(new Command.Append(folders.main(), List.of("$Junk"), null,
                Octets.utf8("Subject: a $5 deal\r\n\r\nhi\r\n")), folders), 2).completion("S: OK");
        Trace.Entry wait = trace.await("d1", List.of("S: * 1 EXISTS"), 2);
        trace.fail(wait, "FAILS HERE: no EXISTS");
        trace.send("d2", "NOOP", 3).completion("S: OK");
        String unused = trace.variable("cap");
        append.completion("S: OK [APPENDUID * $" + unused + "]");
        Violation v = new Violation(Rule.IDLE_PUSH, 2, 0, "no EXISTS", List.of());

        String text = ScenarioWriter.write("sync: idle push", trace, v, 7L, Set.of("IDLE"));

        Scenario scenario = ScenarioParser.parse("written.imap", text);
        assertEquals("sync: idle push", scenario.header().name());
        assertTrue(text.contains("2 C: APPEND ${box} ($$Junk) {\"Subject: a $$5 deal\\r\\n\\r\\nhi\\r\\n\"}"), text);
        assertTrue(text.contains("2 S: OK [APPENDUID * *]"), "an unused capture becomes *:\n" + text);
        assertTrue(text.contains("# FAILS HERE: no EXISTS\nS: * 1 EXISTS\nC: DONE\nS: OK\n"), text);
        assertFalse(text.contains("NOOP"), "nothing after the failure is replayed:\n" + text);
        assertTrue(text.contains("rfc: 2177 3 MUST") && text.contains("rfc: 3501 5.2 MUST"), text);
    }

    @Test
    void runNamesBecomeTheScenariosFreshMailboxes() {
        assertEquals("CREATE ${box}${delimiter}n2", CommandText.of(new Command.Create(folders.dynamic(2)), folders));
        assertEquals("COPY 1:2 ${f2}", CommandText.of(new Command.Copy(false,
                org.imapharness.protocol.model.SequenceSet.range(1, 2), folders.second()), folders));
    }
}
