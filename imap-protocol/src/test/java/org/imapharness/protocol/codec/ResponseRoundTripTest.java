package org.imapharness.protocol.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.imapharness.protocol.frame.Frame;
import org.imapharness.protocol.model.Printable;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.Response;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.UntaggedResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code parse(write(v)).equals(v)} for seeded random values and the known-answer values, and
 * {@code parse(write(parse(wire)))} equal to {@code parse(wire)} for the wire examples.
 * The strict parser is used: what the writer emits must need no quirk.
 */
class ResponseRoundTripTest {
    private static final int CASES = 6000;

    private final ResponseWriter writer = new ResponseWriter();
    private final ResponseParser parser = ResponseParser.strict();

    @Test
    void randomValuesSurviveWriteThenParse() {
        for (long seed = 1; seed <= CASES; seed++) {
            Response value = new ResponseGenerator(seed).next();
            byte[] wire = writer.write(value);
            // Every wire form is one frame; every 100th is also fed in every split.
            Response parsed = seed % 100 == 0
                    ? ResponseWire.parseFramed(parser, wire)
                    : parser.parse(assertInstanceOf(Frame.class, single(wire)).bytes());
            long s = seed;
            assertEquals(value, parsed, () -> "seed " + s + ": " + Printable.escape(wire));
        }
        assertEquals(0, parser.quirks().total());
    }

    private static Object single(byte[] wire) {
        var events = new java.util.ArrayList<org.imapharness.protocol.frame.FrameEvent>();
        new org.imapharness.protocol.frame.FrameAccumulator(org.imapharness.protocol.frame.FrameLimits.DEFAULTS,
                org.imapharness.protocol.frame.FrameAccumulator.Mode.CLIENT).feed(wire, 0, wire.length, events::add);
        assertEquals(1, events.size(), () -> Printable.escape(wire));
        return events.get(0);
    }

    @Test
    void generatorCoversEveryResponseCodeAndAttributeKind() {
        Set<Class<?>> kinds = new HashSet<>();
        for (long seed = 1; seed <= CASES; seed++) {
            Response r = new ResponseGenerator(seed).next();
            kinds.add(r.getClass());
            if (r instanceof UntaggedResponse.Fetch f) {
                f.attributes().forEach(a -> kinds.add(a.getClass()));
            }
            if (r instanceof UntaggedResponse.Status s && s.code() != null) {
                kinds.add(s.code().getClass());
            }
        }
        for (Class<?> c : List.of(ResponseCode.class, MessageAttribute.class, UntaggedResponse.class)) {
            for (Class<?> k : c.getPermittedSubclasses()) {
                if (k != UntaggedResponse.class) {
                    assertEquals(true, kinds.contains(k), () -> "never generated: " + k.getSimpleName());
                }
            }
        }
    }

    static List<Arguments> knownAnswers() {
        return ResponseParserKnownAnswerTest.examples().toList();
    }

    @ParameterizedTest
    @MethodSource("knownAnswers")
    void knownAnswerValuesSurviveWriteThenParse(String wire, Response expected) {
        assertEquals(expected, ResponseWire.parseValid(parser, writer.write(expected)));
    }

    static List<String> wireExamples() {
        return ResponseWire.tableLines("examples.txt");
    }

    @ParameterizedTest
    @MethodSource("wireExamples")
    void wireExamplesSurviveParseWriteParse(String line) {
        Response first = ResponseWire.parseValid(parser, ResponseWire.fromTable(line));
        byte[] rewritten = writer.write(first);
        assertEquals(first, ResponseWire.parseValid(parser, rewritten), () -> Printable.escape(rewritten));
        // The writer is deterministic, so a second round gives the same bytes.
        assertEquals(Printable.escape(rewritten), Printable.escape(writer.write(parser.parse(rewritten))));
    }
}
