package org.imapharness.scenarios.fuzz;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.imapharness.protocol.codec.Quirk;
import org.imapharness.protocol.codec.ResponseParser;
import org.imapharness.protocol.codec.ResponseWriter;
import org.imapharness.protocol.model.Printable;
import org.imapharness.protocol.response.MalformedResponse;
import org.imapharness.protocol.response.Response;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the client's response parser: {@code parse} returns a value for
 * every input; a {@link MalformedResponse} names a grammar rule (never the catch-all that
 * guards the model's constructors, which would mean grammar and model disagree) and an offset
 * inside the frame. Whatever parses is written back by {@link ResponseWriter} and must parse
 * strictly to an equal value, and writing is canonical (writing the re-parsed value gives the
 * same bytes).
 *
 * <p>A strictly parsed value must always be writable. The writer may refuse (with an
 * {@link IllegalArgumentException} naming the field) only values that exist solely through a
 * quirk with no strict wire form: empty text ({@code EMPTY_RESP_TEXT},
 * {@code MISSING_SPACE_BEFORE_TEXT}), a NIL parameter value, or an empty address or parameter
 * list. Values read through the other quirks (bare LF, stray spaces, 8-bit quoted strings) are
 * ordinary values and must be written, in strict form.
 */
class ResponseParserFuzzTest {
    /** The {@code expected} of the parser's defence-in-depth catch-all (see {@code ResponseParser.parse}). */
    private static final String MODEL_REFUSED = "a value the model can hold";
    /** Quirks whose values have no wire form in RFC 3501 §9, so a careful writer refuses them. */
    private static final Set<Quirk> UNWRITABLE = EnumSet.of(Quirk.EMPTY_RESP_TEXT, Quirk.MISSING_SPACE_BEFORE_TEXT,
            Quirk.NIL_PARAMETER_VALUE, Quirk.EMPTY_ADDRESS_LIST, Quirk.EMPTY_PARAMETER_LIST);

    private final ResponseWriter writer = new ResponseWriter();

    @Timeout(value = 10, unit = SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @FuzzTest(maxDuration = "60s")
    void parseWriteParse(byte[] frame) {
        Response strict = parsed(ResponseParser.strict(), frame);
        ResponseParser lenientParser = new ResponseParser();
        Response lenient = parsed(lenientParser, frame);
        if (!(strict instanceof MalformedResponse)) {
            assertEquals(strict, lenient, () -> "quirks only widen the grammar: " + show(frame));
            roundTrip(strict, frame, Set.of());
        } else if (!(lenient instanceof MalformedResponse)) {
            assertTrue(lenientParser.quirks().total() > 0, () -> "lenient-only parse counted its quirk: " + show(frame));
            roundTrip(lenient, frame, lenientParser.quirks().snapshot().keySet());
        }
    }

    private static Response parsed(ResponseParser parser, byte[] frame) {
        Response r = parser.parse(frame);
        assertNotNull(r);
        if (r instanceof MalformedResponse m) {
            assertTrue(!MODEL_REFUSED.equals(m.cause().expected()),
                    () -> "grammar let through what the model refuses: " + m.cause().getMessage() + " in " + show(frame));
            assertTrue(m.cause().offset() >= 0 && m.cause().offset() <= frame.length,
                    () -> "error offset inside the frame: " + m.cause().getMessage() + " in " + show(frame));
            assertArrayEquals(frame, m.raw().toByteArray(), "malformed keeps the raw bytes");
        }
        return r;
    }

    private void roundTrip(Response value, byte[] frame, Set<Quirk> quirks) {
        byte[] written;
        try {
            written = writer.write(value);
        } catch (IllegalArgumentException refused) {
            if (!Collections.disjoint(quirks, UNWRITABLE)) {
                return;
            }
            fail("writer refused " + value + " (quirks " + quirks + ") from " + show(frame) + ": " + refused.getMessage());
            return;
        }
        Response reparsed = ResponseParser.strict().parse(written);
        assertEquals(value, reparsed, () -> "write then parse of " + show(frame) + " wrote " + show(written));
        assertArrayEquals(written, writer.write(reparsed), () -> "writing is canonical for " + show(written));
    }

    private static String show(byte[] bytes) {
        return Printable.preview(bytes, 0, bytes.length, 300);
    }
}
