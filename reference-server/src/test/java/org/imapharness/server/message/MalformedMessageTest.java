package org.imapharness.server.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.imapharness.protocol.model.BodyStructure;
import org.imapharness.protocol.model.Section;
import org.imapharness.protocol.model.Section.Specifier;
import org.junit.jupiter.api.Test;

/** Any bytes are a message: parsing degrades, never throws (as Dovecot does). */
class MalformedMessageTest {

    private static MessageContent parse(String s) {
        return MessageContent.parse(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String section(MessageContent m, Section s) {
        return new String(m.section(s, null).toByteArray(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void emptyMessage() {
        MessageContent m = parse("");
        assertEquals(0, m.size());
        assertEquals("(NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL)", ImapForm.envelope(m.envelope()));
        assertEquals("(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 0 0 NIL NIL NIL NIL)",
                ImapForm.body(m.bodyStructure()));
        assertEquals("", section(m, Section.of(Specifier.TEXT)));
    }

    @Test
    void noEmptyLineMeansAllHeader() {
        MessageContent m = parse("Subject: only a header\r\nX: y");
        assertEquals("only a header", m.envelope().subject());
        assertEquals("", section(m, Section.of(Specifier.TEXT)));
        assertEquals("X: y\r\n\r\n", section(m, Section.headerFields(false, java.util.List.of("x"))));
    }

    @Test
    void bareLineFeedsAreAccepted() {
        MessageContent m = parse("Subject: lf\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\npart one\n--b--\n");
        assertEquals("part one", section(m, Section.of(Specifier.NONE, 1)));
        assertEquals("lf", m.envelope().subject());
    }

    @Test
    void multipartWithoutBoundaryIsKeptWhole() {
        MessageContent m = parse("Content-Type: multipart/mixed\r\n\r\n--x\r\nhello\r\n");
        BodyStructure.SinglePart s = (BodyStructure.SinglePart) m.bodyStructure();
        assertEquals("MULTIPART", s.type());
        assertEquals(12, s.size()); // "--x\r\nhello\r\n"
    }

    @Test
    void boundaryNeverFoundGivesOneEmptyPart() {
        MessageContent m = parse("Content-Type: multipart/mixed; boundary=zz\r\n\r\njust a preamble\r\n");
        BodyStructure.MultiPart mp = (BodyStructure.MultiPart) m.bodyStructure();
        assertEquals(1, mp.parts().size());
        assertEquals(0, ((BodyStructure.SinglePart) mp.parts().get(0)).size());
        assertEquals("", section(m, Section.of(Specifier.NONE, 1)));
    }

    @Test
    void missingCloseDelimiterRunsToTheEnd() {
        MessageContent m = parse("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\none\r\n--b\r\n\r\ntwo\r\n");
        assertEquals("one", section(m, Section.of(Specifier.NONE, 1)));
        assertEquals("two\r\n", section(m, Section.of(Specifier.NONE, 2)));
    }

    @Test
    void boundaryPrefixOfALongerLineIsNotADelimiter() {
        MessageContent m = parse("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\n--bb not me\r\n--b--\r\n");
        assertEquals("--bb not me", section(m, Section.of(Specifier.NONE, 1)));
    }

    @Test
    void garbageContentTypeFallsBackToTextPlain() {
        MessageContent m = parse("Content-Type: ???\r\nContent-Transfer-Encoding: \r\n\r\nbody\r\n");
        assertEquals("(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 6 1 NIL NIL NIL NIL)",
                ImapForm.body(m.bodyStructure()));
    }

    @Test
    void headerLineWithoutColonIsKeptVerbatim() {
        MessageContent m = parse("From nobody Mon Jan 1 00:00:00 2024\r\nSubject: s\r\n\r\nx");
        assertEquals("s", m.envelope().subject());
        assertEquals("From nobody Mon Jan 1 00:00:00 2024\r\nSubject: s\r\n\r\n", section(m, Section.of(Specifier.HEADER)));
        assertNull(m.envelope().from());
    }

    @Test
    void deepNestingDoesNotOverflow() {
        StringBuilder sb = new StringBuilder();
        int depth = 5_000;
        for (int i = 0; i < depth; i++) {
            sb.append("Content-Type: message/rfc822\r\n\r\n");
        }
        sb.append("Subject: deepest\r\n\r\nhi\r\n");
        MessageContent m = parse(sb.toString());
        assertNotNull(m.bodyStructure());
        StringBuilder mp = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            mp.append("Content-Type: multipart/mixed; boundary=b").append(i).append("\r\n\r\n--b").append(i).append("\r\n");
        }
        assertNotNull(parse(mp.toString()).bodyStructure());
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(42);
        String alphabet = "ab:-\r\n \t\"<>@,;()=/\\boundary=Content-Type:multipart/message/rfc822";
        for (int round = 0; round < 2_000; round++) {
            byte[] b = new byte[random.nextInt(300)];
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextInt(4) == 0 ? (byte) random.nextInt(256)
                        : (byte) alphabet.charAt(random.nextInt(alphabet.length()));
            }
            MessageContent m = MessageContent.parse(b);
            assertEquals(b.length, m.size());
            assertNotNull(m.envelope());
            assertTrue(m.section(Section.WHOLE, null).length() == b.length);
            m.section(Section.of(Specifier.NONE, 1, 2), null);
            m.decodedBodyText();
        }
    }
}
