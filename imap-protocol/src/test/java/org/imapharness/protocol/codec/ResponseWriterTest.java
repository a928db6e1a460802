package org.imapharness.protocol.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.imapharness.protocol.model.Address;
import org.imapharness.protocol.model.BodyStructure;
import org.imapharness.protocol.model.BodyStructure.Extension;
import org.imapharness.protocol.model.Envelope;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.Printable;
import org.imapharness.protocol.model.Section;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.ContinuationRequest;
import org.imapharness.protocol.response.ListExtendedItem;
import org.imapharness.protocol.response.MalformedResponse;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.Response;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.TaggedExtValue;
import org.imapharness.protocol.response.TaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse.ListItem;
import org.junit.jupiter.api.Test;

/** The writer picks the lightest valid form and refuses values §9 cannot carry, naming the field. */
class ResponseWriterTest {
    private final ResponseWriter writer = new ResponseWriter();

    private String wire(Response r) {
        return Printable.escape(writer.write(r));
    }

    private static ListItem list(String mailbox) {
        return new ListItem(ListItem.Kind.LIST, List.of("\\HasNoChildren"), '/', mailbox);
    }

    private static UntaggedResponse.Fetch fetch(MessageAttribute... atts) {
        return new UntaggedResponse.Fetch(1, List.of(atts));
    }

    @Test
    void statusLinesAndContinuations() {
        assertEquals("a1 OK [READ-WRITE] SELECT done\\r\\n",
                wire(new TaggedResponse("a1", StatusCondition.OK, new ResponseCode.ReadWrite(), "SELECT done")));
        assertEquals("* BYE Server shutting down\\r\\n",
                wire(new UntaggedResponse.Status(StatusCondition.BYE, null, "Server shutting down")));
        assertEquals("+ \\r\\n", wire(new ContinuationRequest(null, "")));
        assertEquals("+ [ALERT] go\\r\\n", wire(new ContinuationRequest(new ResponseCode.Alert(), "go")));
        assertEquals("* OK [X-STATS load 0.5] fine\\r\\n",
                wire(new UntaggedResponse.Status(StatusCondition.OK, new ResponseCode.Other("X-STATS", "load 0.5"), "fine")));
    }

    @Test
    void listExtendedDataIsQuotedAsInRfc5258() {
        ListItem foo2 = new ListItem(ListItem.Kind.LIST, List.of(), '/', "Foo2",
                List.of(ListExtendedItem.childInfo(List.of("SUBSCRIBED"))));
        assertEquals("* LIST () \"/\" Foo2 (\"CHILDINFO\" (\"SUBSCRIBED\"))\\r\\n", wire(foo2));
        ListItem other = new ListItem(ListItem.Kind.LIST, List.of(), '/', "x", List.of(
                new ListExtendedItem("X-N", new TaggedExtValue.Simple("1:3")),
                new ListExtendedItem("X-E", new TaggedExtValue.Group(List.of()))));
        assertEquals("* LIST () \"/\" x (\"X-N\" 1:3 \"X-E\" ())\\r\\n", wire(other));
    }

    @Test
    void listExtendedDataOutsideItsGrammarIsRefused() {
        TaggedExtValue.Text bare = new TaggedExtValue.Text("a");
        TaggedExtValue.Group empty = new TaggedExtValue.Group(List.of());
        List<List<ListExtendedItem>> bad = List.of(
                List.of(new ListExtendedItem("CHILDINFO", empty)),
                List.of(new ListExtendedItem("", new TaggedExtValue.Simple("1"))),
                List.of(new ListExtendedItem("X", bare)),
                List.of(new ListExtendedItem("X", new TaggedExtValue.Simple("a b"))),
                List.of(new ListExtendedItem("X", new TaggedExtValue.Group(List.of(empty)))));
        for (List<ListExtendedItem> items : bad) {
            ListItem item = new ListItem(ListItem.Kind.LIST, List.of(), '/', "x", items);
            assertThrows(IllegalArgumentException.class, () -> writer.write(item), items::toString);
        }
        ListItem lsub = new ListItem(ListItem.Kind.LSUB, List.of(), '/', "x",
                List.of(ListExtendedItem.childInfo(List.of("SUBSCRIBED"))));
        assertThrows(IllegalArgumentException.class, () -> writer.write(lsub));
    }

    @Test
    void mailboxNamesTakeTheLightestForm() {
        assertEquals("* LIST (\\\\HasNoChildren) \"/\" INBOX\\r\\n", wire(list("INBOX")));
        assertEquals("* LIST (\\\\HasNoChildren) \"/\" Archive]2025\\r\\n", wire(list("Archive]2025")));
        assertEquals("* LIST (\\\\HasNoChildren) \"/\" \"Sent Items\"\\r\\n", wire(list("Sent Items")));
        assertEquals("* LIST (\\\\HasNoChildren) \"/\" \"a\\\\\"b\\\\\\\\c\"\\r\\n", wire(list("a\"b\\c")));
        assertEquals("* LIST (\\\\HasNoChildren) \"/\" \"\"\\r\\n", wire(list("")));
        assertEquals("* LIST (\\\\HasNoChildren) \"/\" \"Nil\"\\r\\n", wire(list("Nil")));
        assertEquals("* LIST (\\\\HasNoChildren) \"/\" {9}\\r\\nEntw\\xC3\\xBCrfe\\r\\n", wire(list("Entwürfe")));
        assertEquals("* LIST (\\\\HasNoChildren) \"/\" {4}\\r\\na\\r\\nb\\r\\n", wire(list("a\r\nb")));
        assertEquals("* LIST () NIL \"%\"\\r\\n", wire(new ListItem(ListItem.Kind.LIST, List.of(), null, "%")));
        assertEquals("* LIST () \"\\\\\\\\\" x\\r\\n", wire(new ListItem(ListItem.Kind.LIST, List.of(), '\\', "x")));
    }

    @Test
    void messageDataIsAlwaysALiteralAndNilWhenAbsent() {
        assertEquals("* 1 FETCH (BODY[1.HEADER.FIELDS (From \"X Y\")]<10> {5}\\r\\nhello RFC822.TEXT NIL)\\r\\n",
                wire(fetch(new MessageAttribute.BodySection(Section.headerFields(false, List.of("From", "X Y"), 1), 10L,
                        Octets.utf8("hello")), new MessageAttribute.Rfc822(MessageAttribute.Rfc822.Rfc822Part.TEXT, null))));
        assertEquals("* 1 FETCH (BINARY[1] ~{3}\\r\\na\\x00b BINARY[2] {2}\\r\\nab)\\r\\n",
                wire(fetch(new MessageAttribute.Binary(List.of(1), null, Octets.of(new byte[] {'a', 0, 'b'})),
                        new MessageAttribute.Binary(List.of(2), null, Octets.utf8("ab")))));
    }

    @Test
    void internalDateIsSpacePaddedWithNumericZone() {
        assertEquals("* 1 FETCH (INTERNALDATE \" 7-Jul-2025 09:05:00 +0200\")\\r\\n", wire(fetch(new MessageAttribute.InternalDate(
                OffsetDateTime.of(2025, 7, 7, 9, 5, 0, 0, ZoneOffset.ofHours(2))))));
        assertEquals("17-Dec-0999 23:59:59 -0330", DateTimes.format(
                OffsetDateTime.of(999, 12, 17, 23, 59, 59, 0, ZoneOffset.ofHoursMinutes(-3, -30))));
        assertEquals(OffsetDateTime.of(999, 12, 17, 23, 59, 59, 0, ZoneOffset.ofHoursMinutes(-3, -30)),
                DateTimes.parse("17-Dec-0999 23:59:59 -0330"));
    }

    @Test
    void envelopeStringsAreQuotedOrLiteralAndNil() {
        Envelope e = new Envelope(null, "Grüße", List.of(new Address("Jo \"J\"", null, "jo", "example.com")),
                null, null, null, null, null, null, "<id@x>");
        assertEquals("* 1 FETCH (ENVELOPE (NIL {7}\\r\\nGr\\xC3\\xBC\\xC3\\x9Fe ((\"Jo \\\\\"J\\\\\"\" NIL \"jo\" \"example.com\")) "
                + "NIL NIL NIL NIL NIL NIL \"<id@x>\"))\\r\\n", wire(fetch(new MessageAttribute.EnvelopeItem(e))));
    }

    @Test
    void bodyLanguageOfOneIsAStringAndEmptyParametersAreNil() {
        BodyStructure part = new BodyStructure.SinglePart("TEXT", "PLAIN", List.of(), null, null, "7BIT", 3, 1L, null, null,
                new Extension(null, List.of(), null, List.of("en"), null, List.of(), 3));
        assertEquals("* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 3 1 NIL NIL \"en\"))\\r\\n",
                wire(fetch(new MessageAttribute.Body(part, true))));
    }

    @Test
    void refusesWhatTheGrammarCannotCarryNamingTheField() {
        assertRefused("tag", new TaggedResponse("a b", StatusCondition.OK, null, "x"));
        assertRefused("tag", new TaggedResponse("a+", StatusCondition.OK, null, "x"));
        assertRefused("tag", new TaggedResponse("", StatusCondition.OK, null, "x"));
        assertRefused("resp-text", new TaggedResponse("a", StatusCondition.OK, null, "line\r\nbreak"));
        assertRefused("resp-text", new TaggedResponse("a", StatusCondition.OK, null, "caf\u00e9"));
        assertRefused("resp-text", new TaggedResponse("a", StatusCondition.OK, null, ""));
        assertRefused("resp-text", new TaggedResponse("a", StatusCondition.OK, null, "[looks like a code]"));
        assertRefused("continue-req text", new ContinuationRequest(null, "[x"));
        assertRefused("code name", new UntaggedResponse.Status(StatusCondition.OK, new ResponseCode.Other("alert", null), "x"));
        assertRefused("code text", new UntaggedResponse.Status(StatusCondition.OK, new ResponseCode.Other("X", "a]b"), "x"));
        assertRefused("capability", new UntaggedResponse.Capability(List.of("IDLE")));
        assertRefused("FLAGS flag", new UntaggedResponse.Flags(List.of("two words")));
        assertRefused("FLAGS flag", new UntaggedResponse.Flags(List.of("\\*")));
        assertRefused("mailbox attribute", new ListItem(ListItem.Kind.LIST, List.of("\\Noselect", "\\Marked"), '/', "x"));
        assertRefused("mailbox attribute", new ListItem(ListItem.Kind.LIST, List.of("NoBackslash"), '/', "x"));
        assertRefused("delimiter", new ListItem(ListItem.Kind.LIST, List.of(), '\u00e9', "x"));
        assertRefused("COPYUID source", new TaggedResponse("a", StatusCondition.OK,
                new ResponseCode.CopyUid(1, SequenceSet.all(), SequenceSet.of(1)), "x"));
        assertRefused("UIDNEXT", new UntaggedResponse.Status(StatusCondition.OK, new ResponseCode.UidNext(0), "x"));
        assertRefused("EXISTS", new UntaggedResponse.Exists(-1));
        assertRefused("EXISTS", new UntaggedResponse.Exists(1L << 32));
        assertRefused("FETCH attributes", new UntaggedResponse.Fetch(1, List.of()));
        assertRefused("INTERNALDATE", fetch(new MessageAttribute.InternalDate(
                OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 5, ZoneOffset.UTC))));
        assertRefused("BODY[] data", fetch(new MessageAttribute.BodySection(Section.WHOLE, null, Octets.of(new byte[] {0}))));
        assertRefused("env-to", fetch(new MessageAttribute.EnvelopeItem(
                new Envelope(null, null, null, null, null, List.of(), null, null, null, null))));
        assertRefused("env-subject", fetch(new MessageAttribute.EnvelopeItem(
                new Envelope(null, "nul\0", null, null, null, null, null, null, null, null))));
        assertRefused("SEARCH modseq", new UntaggedResponse.Search(List.of(), 5L));
        assertRefused("VANISHED uids", new UntaggedResponse.Vanished(false, SequenceSet.range(1, SequenceSet.STAR)));
        assertRefused("personal namespace", new UntaggedResponse.Namespace(List.of(), null, null));
    }

    @Test
    void refusesBodyStructuresThatWouldReadBackDifferently() {
        Extension ext = new Extension(null, List.of(), null, null, null, List.of(), 1);
        BodyStructure withExt = new BodyStructure.SinglePart("IMAGE", "PNG", List.of(), null, null, "BASE64", 1, null,
                null, null, ext);
        assertRefused("body", fetch(new MessageAttribute.Body(withExt, false)));
        assertRefused("body-fld-lines", fetch(new MessageAttribute.Body(new BodyStructure.SinglePart("TEXT", "PLAIN",
                List.of(), null, null, "7BIT", 1, null, null, null, null), true)));
        assertRefused("body-fld-lines", fetch(new MessageAttribute.Body(new BodyStructure.SinglePart("IMAGE", "PNG",
                List.of(), null, null, "7BIT", 1, 4L, null, null, null), true)));
        assertRefused("body extension", fetch(new MessageAttribute.Body(new BodyStructure.SinglePart("IMAGE", "PNG",
                List.of(), null, null, "7BIT", 1, null, null, null,
                new Extension(null, List.of(), null, List.of("en"), null, List.of(), 2)), true)));
        BodyStructure deep = new BodyStructure.SinglePart("TEXT", "PLAIN", List.of(), null, null, "7BIT", 1, 1L,
                null, null, null);
        for (int i = 0; i < ResponseCursor.MAX_DEPTH; i++) {
            deep = new BodyStructure.MultiPart(List.of(deep), "MIXED", null);
        }
        assertRefused("body", fetch(new MessageAttribute.Body(deep, false)));
    }

    @Test
    void malformedResponsesHaveNoWireForm() {
        MalformedResponse m = (MalformedResponse) ResponseParser.strict().parse("x\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThrows(IllegalArgumentException.class, () -> writer.write(m));
    }

    @Test
    void writesAfterExistingContentAndLeavesNothingOnError() {
        ByteBuf buf = Unpooled.buffer();
        try {
            buf.writeCharSequence("prefix|", StandardCharsets.US_ASCII);
            writer.write(new UntaggedResponse.Exists(3), buf);
            assertThrows(IllegalArgumentException.class, () -> writer.write(new UntaggedResponse.Search(
                    List.of(1L, 2L, 0L), null), buf));
            assertEquals("prefix|* 3 EXISTS\r\n", buf.toString(StandardCharsets.US_ASCII));
        } finally {
            buf.release();
        }
    }

    @Test
    void writerOutputIsAlwaysStrictlyValid() {
        Response r = new UntaggedResponse.StatusData("Sent Items", Map.of(org.imapharness.protocol.model.StatusItem.UNSEEN, 0L));
        assertEquals(r, ResponseWire.parseValid(ResponseParser.strict(), writer.write(r)));
    }

    private void assertRefused(String field, Response r) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> writer.write(r), r::toString);
        assertTrue(e.getMessage().startsWith(field + ":"), () -> "expected field " + field + " in: " + e.getMessage());
    }
}
