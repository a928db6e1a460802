package org.imapharness.server.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.imapharness.protocol.codec.ResponseWriter;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.UntaggedResponse;
import org.junit.jupiter.api.Test;

/**
 * Found by the message fuzzer (scenarios {@code crash-envelope-nul-unwritable}): a NUL in a header
 * (possible after a literal8 APPEND) went into ENVELOPE and BODYSTRUCTURE strings, which no IMAP
 * string can carry, so the writer refused the whole FETCH response and the server sent
 * {@code [SERVERBUG]} instead of the message's data.
 */
class HeaderNulTest {

    private static MessageContent message(String text) {
        return MessageContent.parse(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void nulIsDroppedFromHeaderValues() {
        MessageContent m = message("Date: Mo\0n, 7 Feb 1994 21:52:25 -0800\r\nSubject: a\0b\r\n\r\nbody\r\n");
        assertEquals("Mon, 7 Feb 1994 21:52:25 -0800", m.envelope().date());
        assertEquals("ab", m.envelope().subject());
    }

    @Test
    void fetchOfMessageWithNulInHeadersCanBeWritten() {
        MessageContent m = message("From: A\0 <a@b>\r\nContent-Type: text/plain; charset=\"us\0ascii\"; name=x\0y\r\n"
                + "Content-ID: <\0>\r\n\r\nbody\r\n");
        byte[] wire = new ResponseWriter().write(new UntaggedResponse.Fetch(1, List.of(
                new MessageAttribute.EnvelopeItem(m.envelope()), new MessageAttribute.Body(m.bodyStructure(), true))));
        assertFalse(new String(wire, StandardCharsets.ISO_8859_1).contains("\0"));
    }
}
