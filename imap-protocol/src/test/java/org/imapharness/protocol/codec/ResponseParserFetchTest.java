package org.imapharness.protocol.codec;

import static org.imapharness.protocol.codec.ResponseWire.lit;
import static org.imapharness.protocol.codec.ResponseWire.parseValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.imapharness.protocol.model.Address;
import org.imapharness.protocol.model.BodyStructure;
import org.imapharness.protocol.model.BodyStructure.Disposition;
import org.imapharness.protocol.model.BodyStructure.Extension;
import org.imapharness.protocol.model.BodyStructure.ExtensionValue;
import org.imapharness.protocol.model.BodyStructure.Parameter;
import org.imapharness.protocol.model.BodyStructure.SinglePart;
import org.imapharness.protocol.model.Envelope;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.Section;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.MessageAttribute.Rfc822.Rfc822Part;
import org.imapharness.protocol.response.UntaggedResponse.Fetch;
import org.junit.jupiter.api.Test;

/**
 * Known answers for FETCH (RFC 3501 §7.4.2 and the §8 sample session, our own values), real
 * BODYSTRUCTUREs in the shape Dovecot sends, and every msg-att of the extensions.
 */
class ResponseParserFetchTest {
    private final ResponseParser parser = ResponseParser.strict();

    private Fetch fetch(String wire) {
        Fetch f = (Fetch) parseValid(parser, wire);
        assertEquals(0, parser.quirks().total(), "no quirk expected");
        return f;
    }

    @Test
    void flagsAndSize() {
        assertEquals(new Fetch(23, List.of(new MessageAttribute.Flags(List.of("\\Seen", "$Forwarded")),
                        new MessageAttribute.Rfc822Size(44827))),
                fetch("* 23 FETCH (FLAGS (\\Seen $Forwarded) RFC822.SIZE 44827)\r\n"));
        assertEquals(new Fetch(1, List.of(new MessageAttribute.Flags(List.of("\\Recent")))),
                fetch("* 1 FETCH (FLAGS (\\Recent))\r\n"));
    }

    /** The shape of the FETCH in the RFC 3501 §8 sample session, with our own values. */
    @Test
    void sampleSessionFetchWithEnvelopeAndBody() {
        String wire = "* 12 FETCH (FLAGS (\\Seen) INTERNALDATE \" 7-Jul-2025 02:44:25 -0700\" RFC822.SIZE 4286 "
                + "ENVELOPE (\"Mon, 7 Jul 2025 02:23:25 -0700 (PDT)\" \"Harness WG minutes\" "
                + "((\"Ann Lee\" NIL \"ann\" \"example.org\")) ((\"Ann Lee\" NIL \"ann\" \"example.org\")) "
                + "((\"Ann Lee\" NIL \"ann\" \"example.org\")) ((NIL NIL \"wg\" \"lists.example.org\")) "
                + "((NIL NIL \"bob\" \"example.net\")(\"Cy\" NIL \"cy\" \"example.com\")) NIL NIL "
                + "\"<B27397-0100000@example.org>\") "
                + "BODY (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 92))\r\n";
        Address ann = new Address("Ann Lee", null, "ann", "example.org");
        Envelope envelope = new Envelope("Mon, 7 Jul 2025 02:23:25 -0700 (PDT)", "Harness WG minutes",
                List.of(ann), List.of(ann), List.of(ann), List.of(new Address(null, null, "wg", "lists.example.org")),
                List.of(new Address(null, null, "bob", "example.net"), new Address("Cy", null, "cy", "example.com")),
                null, null, "<B27397-0100000@example.org>");
        BodyStructure body = new SinglePart("TEXT", "PLAIN", List.of(new Parameter("CHARSET", "US-ASCII")),
                null, null, "7BIT", 3028, 92L, null, null, null);
        assertEquals(new Fetch(12, List.of(
                new MessageAttribute.Flags(List.of("\\Seen")),
                new MessageAttribute.InternalDate(OffsetDateTime.of(2025, 7, 7, 2, 44, 25, 0, ZoneOffset.ofHours(-7))),
                new MessageAttribute.Rfc822Size(4286),
                new MessageAttribute.EnvelopeItem(envelope),
                new MessageAttribute.Body(body, false))), fetch(wire));
    }

    @Test
    void bodySectionsWithLiteralsQuotedAndNil() {
        String header = "Date: Mon, 7 Jul 2025 02:23:25 -0700\r\nFrom: ann@example.org\r\n\r\n";
        Fetch f = fetch("* 12 FETCH (BODY[HEADER] " + lit(header) + " BODY[1.2.MIME] \"x\\\"y\" "
                + "BODY[]<100> NIL BODY[HEADER.FIELDS (From \"X-Odd Name\")] {0}\r\n UID 7)\r\n");
        assertEquals(List.of(
                new MessageAttribute.BodySection(Section.of(Section.Specifier.HEADER), null, Octets.utf8(header)),
                new MessageAttribute.BodySection(Section.of(Section.Specifier.MIME, 1, 2), null, Octets.utf8("x\"y")),
                new MessageAttribute.BodySection(Section.WHOLE, 100L, null),
                new MessageAttribute.BodySection(Section.headerFields(false, List.of("From", "X-Odd Name")), null,
                        Octets.EMPTY),
                new MessageAttribute.Uid(7)), f.attributes());
        assertEquals(Section.headerFields(true, List.of("SUBJECT"), 3),
                ((MessageAttribute.BodySection) fetch("* 1 FETCH (BODY[3.HEADER.FIELDS.NOT (SUBJECT)] NIL)\r\n")
                        .attributes().get(0)).section());
        assertEquals(Section.of(Section.Specifier.TEXT, 4, 1),
                ((MessageAttribute.BodySection) fetch("* 1 FETCH (body[4.1.text] NIL)\r\n").attributes().get(0)).section());
    }

    @Test
    void messageDataKeepsEveryByteExceptNul() {
        byte[] data = new byte[255];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i + 1);
        }
        byte[] head = "* 3 FETCH (RFC822 {255}\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] wire = new byte[head.length + data.length + 3];
        System.arraycopy(head, 0, wire, 0, head.length);
        System.arraycopy(data, 0, wire, head.length, data.length);
        System.arraycopy(")\r\n".getBytes(StandardCharsets.US_ASCII), 0, wire, head.length + data.length, 3);
        Fetch f = (Fetch) parseValid(parser, wire);
        assertEquals(new MessageAttribute.Rfc822(Rfc822Part.WHOLE, Octets.of(data)), f.attributes().get(0));
    }

    @Test
    void rfc822PartsModSeqAndBinary() {
        Fetch f = fetch("* 4 FETCH (RFC822.HEADER \"Subject: x\" RFC822.TEXT NIL MODSEQ (624140003) "
                + "BINARY[1.2]<0> ~{5}\r\nab\0cd BINARY[] \"plain\" BINARY.SIZE[1] 2222 BINARY.SIZE[] 0)\r\n");
        assertEquals(List.of(
                new MessageAttribute.Rfc822(Rfc822Part.HEADER, Octets.utf8("Subject: x")),
                new MessageAttribute.Rfc822(Rfc822Part.TEXT, null),
                new MessageAttribute.ModSeq(624140003L),
                new MessageAttribute.Binary(List.of(1, 2), 0L, Octets.of(new byte[] {'a', 'b', 0, 'c', 'd'})),
                new MessageAttribute.Binary(List.of(), null, Octets.utf8("plain")),
                new MessageAttribute.BinarySize(List.of(1), 2222),
                new MessageAttribute.BinarySize(List.of(), 0)), f.attributes());
    }

    /** A multipart/mixed of the kind Dovecot sends for a forwarded message with an attachment. */
    @Test
    void realWorldMultipartBodystructureWithExtensionData() {
        String wire = "* 9 FETCH (UID 1042 BODYSTRUCTURE ("
                + "((\"text\" \"plain\" (\"charset\" \"utf-8\" \"format\" \"flowed\") NIL NIL \"quoted-printable\" 412 14 "
                + "NIL NIL NIL NIL)"
                + "(\"text\" \"html\" (\"charset\" \"utf-8\") NIL NIL \"quoted-printable\" 2087 42 NIL NIL NIL NIL) "
                + "\"alternative\" (\"boundary\" \"=_alt_7f3\") NIL NIL NIL)"
                + "(\"application\" \"pdf\" (\"name\" \"Q3 report.pdf\") \"<part2@example.org>\" \"Quarterly\" \"base64\" "
                + "52344 \"Q2h1bms=\" (\"attachment\" (\"filename\" \"Q3 report.pdf\" \"size\" \"38000\")) \"en\" NIL)"
                + "(\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 1240 "
                + "(\"Tue, 3 Jun 2025 10:00:00 +0200\" \"Fwd: hello\" ((\"Ann\" NIL \"ann\" \"example.org\")) "
                + "((\"Ann\" NIL \"ann\" \"example.org\")) ((\"Ann\" NIL \"ann\" \"example.org\")) "
                + "((NIL NIL \"bob\" \"example.net\")) NIL NIL NIL \"<m1@example.org>\") "
                + "(\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 20 1 NIL NIL NIL NIL) 30 "
                + "NIL (\"inline\" NIL) (\"en\" \"de\") \"http://example.org/fwd\")"
                + " \"mixed\" (\"boundary\" \"=_mix_1a\") NIL NIL \"http://example.org/m\" 42 (\"x\" (1 NIL))))\r\n";
        Address ann = new Address("Ann", null, "ann", "example.org");
        Extension none4 = new Extension(null, List.of(), null, null, null, List.of(), 4);
        SinglePart plain = new SinglePart("text", "plain",
                List.of(new Parameter("charset", "utf-8"), new Parameter("format", "flowed")),
                null, null, "quoted-printable", 412, 14L, null, null, none4);
        SinglePart html = new SinglePart("text", "html", List.of(new Parameter("charset", "utf-8")),
                null, null, "quoted-printable", 2087, 42L, null, null, none4);
        BodyStructure.MultiPart alternative = new BodyStructure.MultiPart(List.of(plain, html), "alternative",
                new Extension(null, List.of(new Parameter("boundary", "=_alt_7f3")), null, null, null, List.of(), 4));
        SinglePart pdf = new SinglePart("application", "pdf", List.of(new Parameter("name", "Q3 report.pdf")),
                "<part2@example.org>", "Quarterly", "base64", 52344, null, null, null,
                new Extension("Q2h1bms=", List.of(), new Disposition("attachment",
                        List.of(new Parameter("filename", "Q3 report.pdf"), new Parameter("size", "38000"))),
                        List.of("en"), null, List.of(), 4));
        Envelope inner = new Envelope("Tue, 3 Jun 2025 10:00:00 +0200", "Fwd: hello", List.of(ann), List.of(ann),
                List.of(ann), List.of(new Address(null, null, "bob", "example.net")), null, null, null, "<m1@example.org>");
        SinglePart innerText = new SinglePart("text", "plain", List.of(new Parameter("charset", "us-ascii")),
                null, null, "7bit", 20, 1L, null, null, none4);
        SinglePart forwarded = new SinglePart("message", "rfc822", List.of(), null, null, "7bit", 1240, 30L,
                inner, innerText, new Extension(null, List.of(), new Disposition("inline", List.of()),
                List.of("en", "de"), "http://example.org/fwd", List.of(), 4));
        BodyStructure.MultiPart mixed = new BodyStructure.MultiPart(List.of(alternative, pdf, forwarded), "mixed",
                new Extension(null, List.of(new Parameter("boundary", "=_mix_1a")), null, null, "http://example.org/m",
                        List.of(new ExtensionValue.Number(42), new ExtensionValue.Values(List.of(
                                new ExtensionValue.Text("x"), new ExtensionValue.Values(List.of(
                                        new ExtensionValue.Number(1), new ExtensionValue.Text(null)))))), 4));
        assertEquals(new Fetch(9, List.of(new MessageAttribute.Uid(1042), new MessageAttribute.Body(mixed, true))),
                fetch(wire));
    }

    @Test
    void extensionDataMayStopAfterAnyField() {
        Fetch f = fetch("* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1 \"md5\")"
                + "(\"IMAGE\" \"PNG\" NIL NIL NIL \"BASE64\" 9 NIL NIL) \"MIXED\" NIL NIL \"fr\"))\r\n");
        BodyStructure.MultiPart m = (BodyStructure.MultiPart) ((MessageAttribute.Body) f.attributes().get(0)).structure();
        assertEquals(new Extension("md5", List.of(), null, null, null, List.of(), 1),
                ((SinglePart) m.parts().get(0)).extension());
        assertEquals(2, ((SinglePart) m.parts().get(1)).extension().present());
        assertEquals(new Extension(null, List.of(), null, List.of("fr"), null, List.of(), 3), m.extension());
        assertNull(((SinglePart) m.parts().get(1)).lines(), "no lines for a non-text part");
    }

    /** The ENVELOPE Dovecot sends for groups, escapes, NIL fields and an 8-bit subject (literal). */
    @Test
    void dovecotStyleEnvelope() {
        String subject = "Café \"menu\" ☕";
        Fetch f = fetch("* 2 FETCH (ENVELOPE (NIL " + lit(subject) + " ((\"Jo \\\"JJ\\\" D\\\\oe\" NIL \"jo\" \"example.com\")) "
                + "((\"Jo \\\"JJ\\\" D\\\\oe\" NIL \"jo\" \"example.com\")) ((NIL \"@relay.example:\" \"jo\" \"example.com\")) "
                + "((NIL NIL \"team\" NIL)(\"Max\" NIL \"max\" \"example.com\")(NIL NIL NIL NIL)(NIL NIL \"eve\" \"example.com\")) "
                + "((NIL NIL \"undisclosed-recipients\" NIL)(NIL NIL NIL NIL)) NIL \"<a@b> <c@d>\" NIL))\r\n");
        Address jo = new Address("Jo \"JJ\" D\\oe", null, "jo", "example.com");
        Envelope expected = new Envelope(null, subject, List.of(jo), List.of(jo),
                List.of(new Address(null, "@relay.example:", "jo", "example.com")),
                List.of(new Address(null, null, "team", null), new Address("Max", null, "max", "example.com"),
                        new Address(null, null, null, null), new Address(null, null, "eve", "example.com")),
                List.of(new Address(null, null, "undisclosed-recipients", null), new Address(null, null, null, null)),
                null, "<a@b> <c@d>", null);
        Envelope e = ((MessageAttribute.EnvelopeItem) f.attributes().get(0)).envelope();
        assertEquals(expected, e);
        assertEquals(true, e.to().get(0).isGroupStart());
        assertEquals(true, e.to().get(2).isGroupEnd());
    }

    @Test
    void nestedMessageRfc822InsideMessageRfc822() {
        String env = "(NIL \"inner\" NIL NIL NIL NIL NIL NIL NIL NIL)";
        String leaf = "(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 5 1)";
        String level2 = "(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 50 " + env + " " + leaf + " 3)";
        String level1 = "(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 90 " + env + " " + level2 + " 6)";
        Fetch f = fetch("* 5 FETCH (BODY " + level1 + ")\r\n");
        SinglePart outer = (SinglePart) ((MessageAttribute.Body) f.attributes().get(0)).structure();
        SinglePart middle = (SinglePart) outer.body();
        assertEquals("inner", outer.envelope().subject());
        assertEquals(3L, middle.lines());
        assertEquals(1L, ((SinglePart) middle.body()).lines());
    }

    @Test
    void internalDateAcceptsBothDayForms() {
        OffsetDateTime t = OffsetDateTime.of(2024, 2, 29, 23, 59, 59, 0, ZoneOffset.ofHoursMinutes(5, 30));
        for (String day : new String[] {"29-Feb-2024", "29-feb-2024"}) {
            assertEquals(new MessageAttribute.InternalDate(t),
                    fetch("* 1 FETCH (INTERNALDATE \"" + day + " 23:59:59 +0530\")\r\n").attributes().get(0));
        }
        OffsetDateTime first = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        assertEquals(new MessageAttribute.InternalDate(first),
                fetch("* 1 FETCH (INTERNALDATE \"01-Jan-2025 00:00:00 +0000\")\r\n").attributes().get(0));
        assertEquals(new MessageAttribute.InternalDate(first),
                fetch("* 1 FETCH (INTERNALDATE \" 1-Jan-2025 00:00:00 +0000\")\r\n").attributes().get(0));
    }

    @Test
    void largestNumbersFit() {
        Fetch f = fetch("* 4294967295 FETCH (UID 4294967295 RFC822.SIZE 4294967295 MODSEQ (9223372036854775807))\r\n");
        assertEquals(List.of(new MessageAttribute.Uid(4294967295L), new MessageAttribute.Rfc822Size(4294967295L),
                new MessageAttribute.ModSeq(Long.MAX_VALUE)), f.attributes());
    }
}
