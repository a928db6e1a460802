package org.imapharness.protocol.codec;

import static org.imapharness.protocol.codec.ResponseWire.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Arrays;
import org.imapharness.protocol.frame.Frame;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.response.MalformedResponse;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.Response;
import org.imapharness.protocol.response.UntaggedResponse.Fetch;
import org.junit.jupiter.api.Test;

/**
 * {@link ResponseParser#parse(Frame)}: message data shared with the frame, NUL checking left to
 * the frame decoder when it vouches for the literals, and otherwise the same answers as
 * {@link ResponseParser#parse(byte[])}. ({@link ResponseWire} runs every known answer both ways.)
 */
class ResponseParserFrameTest {
    private final ResponseParser parser = ResponseParser.strict();

    @Test
    void aFrameNobodyCheckedIsStillScannedForNul() {
        byte[] wire = bytes("* 1 FETCH (BODY[] {3}\r\na\0b)\r\n");
        MalformedResponse m = assertInstanceOf(MalformedResponse.class, parser.parse(new Frame(wire)));
        assertEquals("nstring", m.cause().rule());
        assertEquals(24, m.cause().offset());
        assertEquals(Octets.of(wire), m.raw());
    }

    @Test
    void literal8MayHoldNulEitherWay() {
        byte[] wire = bytes("* 1 FETCH (BINARY[] ~{3}\r\na\0b)\r\n");
        MessageAttribute.Binary expected = new MessageAttribute.Binary(java.util.List.of(), null, Octets.of(new byte[] {'a', 0, 'b'}));
        assertEquals(expected, only(parser.parse(new Frame(wire))));
        assertEquals(expected, only(parser.parse(new Frame(wire, false))));
        assertEquals(expected, only(parser.parse(wire)));
    }

    @Test
    void bytePathResultsHoldCopies() {
        byte[] wire = bytes("* 1 FETCH (BODY[] {10}\r\n0123456789)\r\n");
        MessageAttribute.BodySection body = (MessageAttribute.BodySection) only(parser.parse(wire));
        Arrays.fill(wire, (byte) '#');
        assertEquals(Octets.utf8("0123456789"), body.data(), "parse(byte[]) promises copies");
    }

    /** Only message data that is most of the frame is shared; small pieces are copied out. */
    @Test
    void largeMessageDataIsAViewOfTheFrame() {
        String data = "x".repeat(100);
        byte[] wire = bytes("* 1 FETCH (BODY[] {100}\r\n" + data + ")\r\n");
        MessageAttribute.BodySection body = (MessageAttribute.BodySection) only(parser.parse(new Frame(wire, true)));
        assertEquals(Octets.utf8(data), body.data());
        wire[30] = '#'; // breaks the frame contract on purpose, to see the sharing
        assertEquals('#', body.data().byteAt(30 - 25));

        byte[] small = bytes("* 1 FETCH (BODY[] {2}\r\nab UID 1234567 FLAGS (\\Seen \\Answered \\Flagged))\r\n");
        Fetch f = (Fetch) parser.parse(new Frame(small, true));
        MessageAttribute.BodySection piece = (MessageAttribute.BodySection) f.attributes().get(0);
        small[23] = '#';
        assertEquals(Octets.utf8("ab"), piece.data(), "a small piece does not pin the frame");
    }

    private static MessageAttribute only(Response r) {
        Fetch f = assertInstanceOf(Fetch.class, r, () -> r.toString());
        assertEquals(1, f.attributes().size());
        return f.attributes().get(0);
    }
}
