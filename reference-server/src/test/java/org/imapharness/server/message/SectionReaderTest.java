package org.imapharness.server.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.Partial;
import org.imapharness.protocol.model.Section;
import org.imapharness.protocol.model.Section.Specifier;
import org.junit.jupiter.api.Test;

/** BODY[section]&lt;partial&gt; byte ranges (RFC 3501 §6.4.5) over the corpus. */
class SectionReaderTest {

    private static String text(MessageContent m, Section s) {
        return text(m, s, null);
    }

    private static String text(MessageContent m, Section s, Partial p) {
        Octets o = m.section(s, p);
        return o == null ? null : new String(o.toByteArray(), StandardCharsets.UTF_8);
    }

    private static String fileText(String name) {
        return new String(CorpusFixture.bytes(name), StandardCharsets.UTF_8);
    }

    @Test
    void wholeHeaderAndTextOfAPlainMessage() {
        MessageContent m = CorpusFixture.message("01-plain.eml");
        String all = fileText("01-plain.eml");
        int split = all.indexOf("\r\n\r\n") + 4;
        assertEquals(all, text(m, Section.WHOLE));
        assertEquals(all.substring(0, split), text(m, Section.of(Specifier.HEADER)));
        assertEquals(all.substring(split), text(m, Section.of(Specifier.TEXT)));
        assertEquals(334, m.size());
    }

    @Test
    void partOneOfANonMultipartMessageIsItsBody() {
        MessageContent m = CorpusFixture.message("01-plain.eml");
        String all = fileText("01-plain.eml");
        int split = all.indexOf("\r\n\r\n") + 4;
        assertEquals(all.substring(split), text(m, Section.of(Specifier.NONE, 1)));
        assertEquals(all.substring(0, split), text(m, Section.of(Specifier.MIME, 1)));
        assertNull(m.section(Section.of(Specifier.NONE, 2), null));
        assertNull(m.section(Section.of(Specifier.NONE, 1, 1), null), "as Dovecot");
        assertNull(m.section(Section.of(Specifier.HEADER, 1), null), "part 1 is not MESSAGE/RFC822");
    }

    @Test
    void multipartPartsExcludeTheLineBreakBeforeTheDelimiter() {
        MessageContent m = CorpusFixture.message("02-mixed-attachment.eml");
        assertEquals("Please find the report attached.", text(m, Section.of(Specifier.NONE, 1)));
        assertEquals("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n",
                text(m, Section.of(Specifier.MIME, 1)));
        String attachment = text(m, Section.of(Specifier.NONE, 2));
        assertEquals(750, attachment.length());
        assertNull(m.section(Section.of(Specifier.NONE, 3), null));
        assertEquals("Please find the report attached.", text(m, Section.of(Specifier.NONE, 1, 1)),
                "a leaf in a multipart is its own part 1 (Dovecot)");
        assertNull(m.section(Section.of(Specifier.NONE, 1, 2), null));
    }

    @Test
    void encapsulatedMessageSections() {
        MessageContent m = CorpusFixture.message("04-nested-rfc822.eml");
        String whole = text(m, Section.of(Specifier.NONE, 2));
        assertEquals(460, whole.length());
        String header = text(m, Section.of(Specifier.HEADER, 2));
        assertEquals(whole.substring(0, whole.indexOf("\r\n\r\n") + 4), header);
        assertEquals(whole.substring(header.length()), text(m, Section.of(Specifier.TEXT, 2)));
        assertEquals("Content-Type: message/rfc822\r\nContent-Disposition: inline\r\n\r\n",
                text(m, Section.of(Specifier.MIME, 2)));
        assertEquals("Notes: ship on Monday.", text(m, Section.of(Specifier.NONE, 2, 1)));
        assertEquals("owner,action\r\nfrank,review", text(m, Section.of(Specifier.NONE, 2, 2)));
        assertEquals("Content-Type: text/csv; name=actions.csv\r\nContent-Disposition: attachment;"
                + " filename=actions.csv\r\n\r\n", text(m, Section.of(Specifier.MIME, 2, 2)));
        assertEquals("Subject: Meeting notes\r\n\r\n",
                text(m, Section.headerFields(false, List.of("SUBJECT"), 2)));
        assertNull(m.section(Section.of(Specifier.NONE, 2, 3), null));
    }

    @Test
    void nonMultipartEncapsulatedMessageHasPartOne() {
        MessageContent m = CorpusFixture.message("13-digest.eml");
        assertEquals("First.", text(m, Section.of(Specifier.NONE, 1, 1)));
        assertEquals("First.", text(m, Section.of(Specifier.TEXT, 1)));
        assertEquals("From: one@example.org\r\nSubject: First item\r\n\r\n", text(m, Section.of(Specifier.HEADER, 1)));
        assertEquals("From: one@example.org\r\nSubject: First item\r\n\r\n", text(m, Section.of(Specifier.MIME, 1, 1)));
        assertEquals("\r\n", text(m, Section.of(Specifier.MIME, 1)), "digest parts have an empty MIME header");
    }

    @Test
    void nestedMultipartParts() {
        MessageContent m = CorpusFixture.message("05-related-in-mixed.eml");
        assertEquals("<p>New logo: <img src=\"cid:logo5@example.jp\"></p>", text(m, Section.of(Specifier.NONE, 1, 1)));
        assertEquals(94, m.section(Section.of(Specifier.NONE, 1, 2), null).length());
        assertEquals("YmluYXJ5IG5vdGVz", text(m, Section.of(Specifier.NONE, 2)));
        assertEquals("binary notes", m.decodedPart(List.of(2)).asUtf8());
        String related = text(m, Section.of(Specifier.NONE, 1));
        assertEquals(309, related.length());
        assertEquals(true, related.startsWith("--rel5\r\n") && related.endsWith("--rel5--\r\n"));
    }

    @Test
    void headerFieldsKeepFoldingAndOrderAndEndWithABlankLine() {
        MessageContent m = CorpusFixture.message("10-folded-headers.eml");
        assertEquals("To: Sybil <sybil@example.net>,\r\n Victor <victor@example.net>\r\n"
                        + "Subject: A subject that is long enough\r\n to be folded onto a second line\r\n\r\n",
                text(m, Section.headerFields(false, List.of("subject", "TO"))));
        assertEquals("X-Custom-Header: one\r\nx-custom-header: two\r\n\r\n",
                text(m, Section.headerFields(false, List.of("X-CUSTOM-HEADER"))));
        assertEquals("\r\n", text(m, Section.headerFields(false, List.of("No-Such-Field"))));
        String not = text(m, Section.headerFields(true, List.of("Received", "x-custom-header", "To", "Subject")));
        assertEquals("Date: Tue, 4 Apr 2023 13:00:00 +0000\r\nFrom: Trent <trent@example.com>\r\n"
                + "Message-ID: <fold-0010@example.com>\r\n\r\n", not);
    }

    @Test
    void partialRanges() {
        MessageContent m = CorpusFixture.message("01-plain.eml");
        assertEquals("Retur", text(m, Section.WHOLE, new Partial(0, 5L)));
        assertEquals("Hi Bob", text(m, Section.of(Specifier.TEXT), new Partial(0, 6L)));
        assertEquals("Bob,", text(m, Section.of(Specifier.TEXT), new Partial(3, 4L)));
        assertEquals("Alice\r\n", text(m, Section.of(Specifier.TEXT), new Partial(57, 100L)));
        assertEquals("", text(m, Section.of(Specifier.TEXT), new Partial(64, 10L)));
        assertEquals("", text(m, Section.WHOLE, new Partial(100_000, 10L)), "origin past the end");
        assertEquals("\r\n", text(m, Section.of(Specifier.TEXT), new Partial(62, null)));
    }

    @Test
    void headerOnlyMessage() {
        MessageContent m = CorpusFixture.message("12-header-only.eml");
        assertEquals("", text(m, Section.of(Specifier.TEXT)));
        assertEquals(fileText("12-header-only.eml"), text(m, Section.of(Specifier.HEADER)));
    }
}
