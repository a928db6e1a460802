package org.imapharness.core.scenario.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imapharness.core.scenario.ClientLine;
import org.imapharness.core.scenario.Scenario;
import org.imapharness.core.scenario.ScenarioSyntaxException;
import org.imapharness.core.scenario.Step;
import org.imapharness.core.scenario.Template;
import org.junit.jupiter.api.Test;

/** {@code C-raw:} lines carry exact bytes, escapes decoded, nothing else interpreted. */
class RawLineTest {

    @Test
    void escapesBecomeTheBytesSent() {
        Scenario s = ScenarioParser.parse("raw.imap", """
                name: raw bytes
                tagging: explicit
                C-raw: f1 LOGIN "a\\\\"b" {2}
                S: +
                C-raw: \\x00\\xE9 $x\\r\\n\\t
                S: f1 OK|NO|BAD
                """);
        List<Step.Send> sends = s.steps().stream().filter(Step.Send.class::isInstance).map(Step.Send.class::cast)
                .toList();
        assertEquals("f1", sends.get(0).tag());
        assertArrayEquals("f1 LOGIN \"a\\\"b\" {2}".getBytes(), bytes(sends.get(0)));
        assertTrue(sends.get(1).isContinuation());
        assertArrayEquals(new byte[] {0, (byte) 0xe9, ' ', '$', 'x', '\r', '\n', '\t'}, bytes(sends.get(1)));
    }

    @Test
    void aBadEscapeIsRefusedWithItsColumn() {
        ScenarioSyntaxException e = assertThrows(ScenarioSyntaxException.class, () -> ScenarioParser.parse("bad.imap",
                "name: bad\nC-raw: NOOP \\q\nS: OK\n"));
        assertTrue(e.getMessage().contains("bad.imap:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("\\xHH"), e.getMessage());
    }

    private static byte[] bytes(Step.Send send) {
        StringBuilder text = new StringBuilder();
        for (ClientLine.Piece p : send.text().pieces()) {
            text.append(((ClientLine.Piece.Text) p).text().render(v -> ""));
        }
        return Template.encode(text.toString());
    }
}
