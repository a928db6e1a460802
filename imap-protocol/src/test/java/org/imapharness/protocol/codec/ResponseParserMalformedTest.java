package org.imapharness.protocol.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.imapharness.protocol.frame.Frame;
import org.imapharness.protocol.frame.FrameEvent;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.Printable;
import org.imapharness.protocol.response.MalformedResponse;
import org.imapharness.protocol.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The negative table {@code responses/malformed.txt}: each line names the rule and byte offset. */
class ResponseParserMalformedTest {

    static Stream<Arguments> table() {
        return ResponseWire.tableLines("malformed.txt").stream().map(line -> {
            String[] cols = line.split(" \\| ", 3);
            return Arguments.of(cols[0].trim(), Integer.parseInt(cols[1].trim()), cols[2]);
        });
    }

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @MethodSource("table")
    void reportsRuleAndOffset(String rule, int offset, String wire) {
        byte[] bytes = ResponseWire.fromTable(wire);
        List<FrameEvent> events = ResponseWire.frames(bytes);
        ResponseParser parser = ResponseParser.strict();
        Response r = parser.parse(bytes);
        MalformedResponse m = assertInstanceOf(MalformedResponse.class, r, () -> "parsed " + Printable.escape(bytes));
        assertEquals(rule, m.cause().rule(), () -> m.cause().getMessage());
        assertEquals(offset, m.cause().offset(), () -> m.cause().getMessage());
        assertEquals(Octets.of(bytes), m.raw(), "the raw bytes are kept");
        assertTrue(m.cause().found() != null && !m.cause().found().isEmpty(), "found is described");
        assertEquals(0, parser.quirks().total(), "nothing counted for a failed parse");
        if (events.size() == 1 && events.get(0) instanceof Frame f) {
            // What the frame decoder delivers parses to the same diagnosis.
            MalformedResponse again = assertInstanceOf(MalformedResponse.class, parser.parse(f.bytes()));
            assertEquals(m.cause().getMessage(), again.cause().getMessage());
            MalformedResponse viaFrame = assertInstanceOf(MalformedResponse.class, parser.parse(f));
            assertEquals(m.cause().getMessage(), viaFrame.cause().getMessage(), "parse(Frame) agrees");
            assertEquals(Octets.of(bytes), viaFrame.raw());
        }
    }

    @Test
    void nestingBeyondTheLimitIsASyntaxErrorNotAStackOverflow() {
        String leaf = "(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1)";
        String deep = "(".repeat(ResponseCursor.MAX_DEPTH) + leaf + " \"MIXED\")".repeat(ResponseCursor.MAX_DEPTH);
        MalformedResponse m = assertInstanceOf(MalformedResponse.class,
                ResponseParser.strict().parse(ResponseWire.bytes("* 1 FETCH (BODY " + deep + ")\r\n")));
        assertEquals("body", m.cause().rule());
        assertEquals(16 + ResponseCursor.MAX_DEPTH, m.cause().offset());

        String justFits = "(".repeat(ResponseCursor.MAX_DEPTH - 1) + leaf + " \"MIXED\")".repeat(ResponseCursor.MAX_DEPTH - 1);
        ResponseWire.parseValid(ResponseParser.strict(), "* 1 FETCH (BODY " + justFits + ")\r\n");

        String ext = "(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1 NIL NIL NIL NIL " + "(".repeat(100_000) + ")";
        MalformedResponse e = assertInstanceOf(MalformedResponse.class,
                ResponseParser.strict().parse(ResponseWire.bytes("* 1 FETCH (BODYSTRUCTURE " + ext + ")\r\n")));
        assertEquals("body-extension", e.cause().rule());
    }

    @Test
    void offsetsAreRelativeToTheGivenRange() {
        byte[] bytes = ResponseWire.bytes("junk* 5EXISTS\r\njunk");
        MalformedResponse m = assertInstanceOf(MalformedResponse.class, ResponseParser.strict().parse(bytes, 4, 11));
        assertEquals(3, m.cause().offset());
        assertEquals(Octets.utf8("* 5EXISTS\r\n"), m.raw());
    }
}
