package org.imapharness.core.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.imapharness.core.client.BlockingImapClient;
import org.imapharness.core.client.CommandResult;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.command.FetchAttribute.Simple;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.model.BodyStructure;
import org.imapharness.protocol.model.Envelope;
import org.imapharness.protocol.model.Partial;
import org.imapharness.protocol.model.Section;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.message.Corpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The driver against the reference server, part 5: every FETCH item (RFC 3501 §6.4.5) on two
 * corpus messages, checked against slices of their raw bytes cut here (not by the server's own
 * parser): BODY[section]&lt;partial&gt; with HEADER, HEADER.FIELDS(.NOT), TEXT, MIME and nested
 * parts, BINARY and BINARY.SIZE (RFC 3516), MODSEQ, CHANGEDSINCE and VANISHED (RFC 7162).
 */
class ReferenceFetchIT {
    private static final String USER = "fetch";
    private static final byte[] MIXED = Corpus.load("02-mixed-attachment.eml");
    private static final byte[] NESTED = Corpus.load("04-nested-rfc822.eml");
    private static final OffsetDateTime DATE = OffsetDateTime.parse("2025-06-01T08:30:00+02:00");

    private final StrictConnections connections = new StrictConnections();
    private BlockingImapClient client;

    @BeforeEach
    void twoMessages() {
        client = connections.loggedIn(USER);
        String box = Seeding.freshMailbox(client, "fetch");
        Seeding.append(client, box, List.of("$Report"), DATE, MIXED);
        Seeding.append(client, box, null, DATE, NESTED);
        client.select(box);
    }

    @AfterEach
    void everyResponseParsedStrictly() {
        connections.assertCleanAndClose();
    }

    @Test
    void simpleItemsAndStructure() {
        UntaggedResponse.Fetch f = fetchOne(1, Simple.FLAGS, Simple.INTERNALDATE, Simple.RFC822_SIZE, Simple.ENVELOPE,
                Simple.BODY, Simple.BODYSTRUCTURE, Simple.UID, Simple.MODSEQ);
        assertTrue(f.get(MessageAttribute.Flags.class).flags().contains("$Report"));
        assertEquals(DATE, f.get(MessageAttribute.InternalDate.class).dateTime());
        assertEquals(MIXED.length, f.get(MessageAttribute.Rfc822Size.class).size());
        assertTrue(f.get(MessageAttribute.Uid.class).uid() > 0);
        assertTrue(f.get(MessageAttribute.ModSeq.class).modSeq() > 0);
        Envelope env = f.get(MessageAttribute.EnvelopeItem.class).envelope();
        assertEquals("Quarterly report", env.subject());
        assertEquals("<mixed-0002@example.com>", env.messageId());
        assertEquals("Carol Sender", env.from().get(0).name());
        assertEquals(2, env.to().size());

        for (boolean extensible : List.of(true, false)) {
            BodyStructure.MultiPart mixed = (BodyStructure.MultiPart) structure(f, extensible);
            assertEquals("MIXED", mixed.subtype().toUpperCase());
            BodyStructure.SinglePart pdf = (BodyStructure.SinglePart) mixed.parts().get(1);
            assertEquals("APPLICATION/PDF", (pdf.type() + "/" + pdf.subtype()).toUpperCase());
            assertEquals("BASE64", pdf.encoding().toUpperCase());
            assertEquals(part(MIXED, 2).length, pdf.size(), "body size counts the encoded octets");
            if (extensible) {
                assertEquals("ATTACHMENT", pdf.extension().disposition().type().toUpperCase());
            }
        }
        BodyStructure.MultiPart nested = (BodyStructure.MultiPart) structure(fetchOne(2, Simple.BODYSTRUCTURE), true);
        BodyStructure.SinglePart rfc822 = (BodyStructure.SinglePart) nested.parts().get(1);
        assertTrue(rfc822.isMessage());
        assertEquals("Meeting notes", rfc822.envelope().subject());
        assertEquals(2, ((BodyStructure.MultiPart) rfc822.body()).parts().size());
    }

    @Test
    void rfc822ItemsAndTheSeenFlag() {
        UntaggedResponse.Fetch peek = fetchOne(1, Simple.RFC822_HEADER, Simple.RFC822_SIZE);
        assertArrayEquals(header(MIXED), rfc822(peek, MessageAttribute.Rfc822.Rfc822Part.HEADER));
        assertFalse(flags(1).contains("\\Seen"), "RFC822.HEADER is a peek (§6.4.5)");
        UntaggedResponse.Fetch text = fetchOne(1, Simple.RFC822_TEXT);
        assertArrayEquals(text(MIXED), rfc822(text, MessageAttribute.Rfc822.Rfc822Part.TEXT));
        assertTrue(flags(1).contains("\\Seen"), "RFC822.TEXT sets \\Seen");
        UntaggedResponse.Fetch whole = fetchOne(2, Simple.RFC822);
        assertArrayEquals(NESTED, rfc822(whole, MessageAttribute.Rfc822.Rfc822Part.WHOLE));
    }

    @Test
    void bodySectionsAndPartials() {
        assertSection(MIXED, 1, Section.WHOLE, null);
        assertSection(header(MIXED), 1, Section.of(Section.Specifier.HEADER), null);
        assertSection(text(MIXED), 1, Section.of(Section.Specifier.TEXT), null);
        // The lines come in message order, whatever the order asked for.
        assertSection("From: \"Carol Sender\" <carol@example.com>\r\nSubject: Quarterly report\r\n\r\n", 1,
                Section.headerFields(false, List.of("Subject", "From")), null);
        String notFields = new String(header(MIXED), StandardCharsets.ISO_8859_1)
                .replaceAll("(?m)^(Date|To|Message-ID|MIME-Version|Content-Type): [^\r]*\r\n", "");
        assertSection(notFields, 1, Section.headerFields(true, List.of("Date", "To", "Message-ID", "MIME-Version",
                "Content-Type")), null);
        assertSection("Please find the report attached.", 1, Section.of(Section.Specifier.NONE, 1), null);
        assertSection("Content-Type: application/pdf; name=\"report.pdf\"\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Disposition: attachment; filename=\"report.pdf\"\r\n\r\n", 1,
                Section.of(Section.Specifier.MIME, 2), null);
        assertSection(slice(part(MIXED, 2), 10, 20), 1, Section.of(Section.Specifier.NONE, 2), new Partial(10, 20L));
        assertSection(slice(MIXED, 0, 20), 1, Section.WHOLE, new Partial(0, 20L));
        assertSection(new byte[0], 1, Section.WHOLE, new Partial(MIXED.length + 5, 10L));

        String inner = between(NESTED, "Content-Disposition: inline\r\n\r\n", "\r\n--fwd4--");
        assertSection(inner, 2, Section.of(Section.Specifier.NONE, 2), null);
        assertSection(inner.substring(0, inner.indexOf("\r\n\r\n") + 4), 2, Section.of(Section.Specifier.HEADER, 2),
                null);
        assertSection(inner.substring(inner.indexOf("\r\n\r\n") + 4), 2, Section.of(Section.Specifier.TEXT, 2), null);
        assertSection("Notes: ship on Monday.", 2, Section.of(Section.Specifier.NONE, 2, 1), null);
        assertSection("owner,action\r\nfrank,review", 2, Section.of(Section.Specifier.NONE, 2, 2), null);
        assertSection("Content-Type: text/csv; name=actions.csv\r\n"
                + "Content-Disposition: attachment; filename=actions.csv\r\n\r\n", 2,
                Section.of(Section.Specifier.MIME, 2, 2), null);
        assertFalse(flags(1).contains("\\Seen") || flags(2).contains("\\Seen"), "BODY.PEEK never sets \\Seen");
    }

    @Test
    void binaryUndoesTheTransferEncoding() {
        byte[] pdf = Base64.getMimeDecoder().decode(part(MIXED, 2));
        UntaggedResponse.Fetch f = fetchOne(1, new FetchAttribute.Binary(List.of(2), true, null),
                new FetchAttribute.BinarySize(List.of(2)), new FetchAttribute.Binary(List.of(2), true, new Partial(4, 8L)));
        List<MessageAttribute.Binary> parts = attributes(f, MessageAttribute.Binary.class);
        assertEquals(2, parts.size(), f::toString);
        MessageAttribute.Binary full = parts.stream().filter(b -> b.origin() == null).findFirst().orElseThrow();
        assertArrayEquals(pdf, full.data().toByteArray());
        MessageAttribute.Binary partial = parts.stream().filter(b -> b.origin() != null).findFirst().orElseThrow();
        assertEquals(4L, partial.origin());
        assertArrayEquals(slice(pdf, 4, 8), partial.data().toByteArray());
        assertEquals(pdf.length, f.get(MessageAttribute.BinarySize.class).size());
    }

    @Test
    void changedSinceAndVanished() {
        client.send(new Command.Unselect()).requireOk(); // ENABLE is for the authenticated state (RFC 5161 §3.1)
        client.send(new Command.Enable(List.of("QRESYNC"))).requireOk();
        String box = Seeding.freshMailbox(client, "vanished");
        List<Long> uids = Seeding.subjects(client, box, "a", "b", "c");
        client.select(box);
        long mark = fetchOne(3, Simple.MODSEQ).get(MessageAttribute.ModSeq.class).modSeq();
        client.store(SequenceSet.of(1), StoreMode.ADD, "\\Answered");
        client.store(SequenceSet.of(2), StoreMode.ADD, "\\Deleted");
        client.expunge();

        CommandResult since = client.send(new Command.Fetch(false, SequenceSet.all(), List.of(Simple.FLAGS), mark,
                false)).requireOk();
        UntaggedResponse.Fetch changed = since.single(UntaggedResponse.Fetch.class);
        assertEquals(1, changed.sequenceNumber(), "only message 1 changed since the mark");
        assertTrue(changed.get(MessageAttribute.ModSeq.class).modSeq() > mark, "CHANGEDSINCE adds MODSEQ");

        CommandResult vanished = client.send(new Command.Fetch(true, SequenceSet.range(1, SequenceSet.STAR),
                List.of(Simple.FLAGS), mark, true)).requireOk();
        UntaggedResponse.Vanished gone = vanished.single(UntaggedResponse.Vanished.class);
        assertTrue(gone.earlier());
        assertEquals(SequenceSet.of(uids.get(1)), gone.uids());
        assertEquals(uids.get(0), vanished.single(UntaggedResponse.Fetch.class).get(MessageAttribute.Uid.class).uid());
    }

    private void assertSection(String expected, long number, Section section, Partial partial) {
        assertSection(expected.getBytes(StandardCharsets.ISO_8859_1), number, section, partial);
    }

    private void assertSection(byte[] expected, long number, Section section, Partial partial) {
        UntaggedResponse.Fetch f = fetchOne(number, new FetchAttribute.BodySection(section, true, partial));
        MessageAttribute.BodySection got = f.get(MessageAttribute.BodySection.class);
        String what = "BODY[" + section.toWire() + "]" + (partial == null ? "" : "<" + partial.offset() + "." + partial.count() + ">");
        assertArrayEquals(expected, got.data() == null ? null : got.data().toByteArray(), what);
        if (partial == null) {
            assertNull(got.origin(), what);
        } else {
            assertEquals(partial.offset(), got.origin(), what + " names its origin (§7.4.2)");
        }
    }

    private UntaggedResponse.Fetch fetchOne(long number, FetchAttribute... items) {
        CommandResult r = client.fetch(SequenceSet.of(number), items);
        List<UntaggedResponse.Fetch> mine = r.untagged(UntaggedResponse.Fetch.class).stream()
                .filter(f -> f.sequenceNumber() == number).toList();
        assertEquals(1, mine.size(), () -> "one FETCH response for message " + number + ": " + r.untagged());
        return mine.get(0);
    }

    private List<String> flags(long number) {
        return fetchOne(number, Simple.FLAGS).get(MessageAttribute.Flags.class).flags();
    }

    private static BodyStructure structure(UntaggedResponse.Fetch f, boolean extensible) {
        return attributes(f, MessageAttribute.Body.class).stream().filter(b -> b.extensible() == extensible)
                .findFirst().orElseThrow(() -> new AssertionError("no BODY" + (extensible ? "STRUCTURE" : "") + " in " + f))
                .structure();
    }

    private static byte[] rfc822(UntaggedResponse.Fetch f, MessageAttribute.Rfc822.Rfc822Part part) {
        return attributes(f, MessageAttribute.Rfc822.class).stream().filter(r -> r.part() == part).findFirst()
                .orElseThrow(() -> new AssertionError("no " + part + " in " + f)).data().toByteArray();
    }

    private static <T extends MessageAttribute> List<T> attributes(UntaggedResponse.Fetch f, Class<T> type) {
        List<T> out = new ArrayList<>();
        f.attributes().stream().filter(type::isInstance).map(type::cast).forEach(out::add);
        return out;
    }

    private static byte[] header(byte[] message) {
        String s = new String(message, StandardCharsets.ISO_8859_1);
        return s.substring(0, s.indexOf("\r\n\r\n") + 4).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] text(byte[] message) {
        return slice(message, header(message).length, message.length - header(message).length);
    }

    /** Part {@code n} of 02-mixed-attachment's body: between its MIME header and the next boundary's CRLF. */
    private static byte[] part(byte[] message, int n) {
        String s = new String(message, StandardCharsets.ISO_8859_1);
        int start = 0;
        for (int i = 0; i < n; i++) {
            start = s.indexOf("--outer-boundary-0002\r\n", start) + 1;
        }
        int body = s.indexOf("\r\n\r\n", start) + 4;
        return s.substring(body, s.indexOf("\r\n--outer-boundary-0002", body)).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String between(byte[] message, String from, String to) {
        String s = new String(message, StandardCharsets.ISO_8859_1);
        int start = s.indexOf(from) + from.length();
        return s.substring(start, s.indexOf(to, start));
    }

    private static byte[] slice(byte[] bytes, int offset, int count) {
        return java.util.Arrays.copyOfRange(bytes, offset, Math.min(bytes.length, offset + count));
    }
}
