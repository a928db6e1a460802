package org.imapharness.server.selected;

import static org.imapharness.server.selected.SelectedFixture.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.command.FetchAttribute.Simple;
import org.imapharness.protocol.command.SearchKey;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.model.BodyStructure;
import org.imapharness.protocol.model.Flags;
import org.imapharness.protocol.model.Partial;
import org.imapharness.protocol.model.Section;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultSet;
import org.imapharness.server.message.Corpus;
import org.imapharness.server.message.MessageContent;
import org.junit.jupiter.api.Test;

/** The FETCH data and selected-state extension faults, each seen breaking its rule (and only with the switch on). */
class DataFaultSwitchesTest {
    private final SelectedFixture f = new SelectedFixture();
    private final MessageContent plain = MessageContent.parse(Corpus.load("01-plain.eml"));

    private static UntaggedResponse.Fetch first(SelectedFixture.Session s, Command.Fetch fetch) {
        return only(s.ok(fetch), UntaggedResponse.Fetch.class).get(0);
    }

    private static String section(SelectedFixture.Session s, Section section, Partial partial) {
        var data = first(s, FetchCommandTest.fetch("1", FetchCommandTest.body(section, true, partial)))
                .get(MessageAttribute.BodySection.class).data();
        return data == null ? null : data.asLatin1();
    }

    @Test
    void envelopeSenderNotDefaultedLeavesSenderAndReplyToNil() {
        var right = first(f.select(), FetchCommandTest.fetch("1", Simple.ENVELOPE))
                .get(MessageAttribute.EnvelopeItem.class).envelope();
        var wrong = first(f.select(Fault.ENVELOPE_SENDER_NOT_DEFAULTED), FetchCommandTest.fetch("1", Simple.ENVELOPE))
                .get(MessageAttribute.EnvelopeItem.class).envelope();
        assertEquals(right.from(), right.sender());
        assertNull(wrong.sender());
        assertNull(wrong.replyTo());
        assertEquals(right.from(), wrong.from());
    }

    @Test
    void rfc822SizeBareLfLeavesTheCarriageReturnsUncounted() {
        long lines = new String(plain.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1).split("\r\n", -1).length - 1;
        long size = first(f.select(Fault.RFC822_SIZE_BARE_LF), FetchCommandTest.fetch("1", Simple.RFC822_SIZE))
                .get(MessageAttribute.Rfc822Size.class).size();
        assertTrue(lines > 0);
        assertEquals(plain.size() - lines, size);
    }

    @Test
    void headerFieldsCaseSensitiveMissesAFieldNamedInAnotherCase() {
        Section upper = new Section(List.of(), Section.Specifier.HEADER_FIELDS, List.of("SUBJECT"));
        assertEquals("Subject: Lunch on Friday?\r\n\r\n", section(f.select(), upper, null));
        assertEquals("\r\n", section(f.select(Fault.HEADER_FIELDS_CASE_SENSITIVE), upper, null));
        Section exact = new Section(List.of(), Section.Specifier.HEADER_FIELDS, List.of("Subject"));
        assertEquals("Subject: Lunch on Friday?\r\n\r\n", section(f.select(Fault.HEADER_FIELDS_CASE_SENSITIVE), exact, null));
    }

    @Test
    void bodyTextWithBlankLineStartsWithTheHeadersEnd() {
        Section text = Section.of(Section.Specifier.TEXT);
        String right = section(f.select(), text, null);
        assertFalse(right.startsWith("\r\n"));
        assertEquals("\r\n" + right, section(f.select(Fault.BODY_TEXT_WITH_BLANK_LINE), text, null));
        assertEquals("\r\n" + right.substring(0, 3), section(f.select(Fault.BODY_TEXT_WITH_BLANK_LINE), text,
                new Partial(0, 5L)), "the partial range cuts the wrong data");
    }

    @Test
    void mimeHeaderWithoutBlankLineDropsTheEmptyLine() {
        Section mime = new Section(List.of(1), Section.Specifier.MIME, List.of());
        var right = first(f.select(), FetchCommandTest.fetch("2", FetchCommandTest.body(mime, true, null)))
                .get(MessageAttribute.BodySection.class).data().asLatin1();
        var wrong = first(f.select(Fault.MIME_HEADER_WITHOUT_BLANK_LINE), FetchCommandTest.fetch("2",
                FetchCommandTest.body(mime, true, null))).get(MessageAttribute.BodySection.class).data().asLatin1();
        assertTrue(right.endsWith("\r\n\r\n"));
        assertEquals(right.substring(0, right.length() - 2), wrong);
    }

    @Test
    void partialBeyondEndNilSendsNilForAnOriginPastTheEnd() {
        Partial past = new Partial(100_000, 10L);
        assertEquals("", section(f.select(), Section.WHOLE, past));
        assertNull(section(f.select(Fault.PARTIAL_BEYOND_END_NIL), Section.WHOLE, past));
        assertEquals("Return", section(f.select(Fault.PARTIAL_BEYOND_END_NIL), Section.WHOLE, new Partial(0, 6L)));
    }

    @Test
    void bodyLinesOffByOneCountsOneLineTooMany() {
        var right = (BodyStructure.SinglePart) first(f.select(), FetchCommandTest.fetch("1", Simple.BODYSTRUCTURE))
                .get(MessageAttribute.Body.class).structure();
        var wrong = (BodyStructure.SinglePart) first(f.select(Fault.BODY_LINES_OFF_BY_ONE),
                FetchCommandTest.fetch("1", Simple.BODY)).get(MessageAttribute.Body.class).structure();
        assertEquals(right.lines() + 1, wrong.lines());
    }

    @Test
    void binarySizeEncodedCountsTheBase64Text() {
        Command.Fetch size = FetchCommandTest.fetch("2", new FetchAttribute.BinarySize(List.of(2)));
        long right = first(f.select(), size).get(MessageAttribute.BinarySize.class).size();
        long wrong = first(f.select(Fault.BINARY_SIZE_ENCODED), size).get(MessageAttribute.BinarySize.class).size();
        long stored = first(f.select(), FetchCommandTest.fetch("2", FetchCommandTest.body(
                new Section(List.of(2), Section.Specifier.NONE, List.of()), true, null)))
                .get(MessageAttribute.BodySection.class).data().length();
        assertEquals(stored, wrong);
        assertTrue(right < wrong, "base64 is longer than what it encodes");
    }

    @Test
    void vanishedWithoutEarlierDropsTheEarlierTagOnSelect() {
        long known = f.inbox.status().highestModSeq();
        f.inbox.store(List.of(5L), StoreMode.ADD, List.of(Flags.DELETED), null, null);
        f.inbox.expunge(List.of(5L));
        Command.Qresync q = new Command.Qresync(f.inbox.uidValidity(), known, null, null, null);
        Outcome o = SelectResponder.open(f.account, new Command.Select("INBOX", false, false, q),
                FaultSet.of(Fault.VANISHED_WITHOUT_EARLIER), true, true).outcome();
        assertEquals(List.of(new UntaggedResponse.Vanished(false, SequenceSet.of(5))),
                only(o, UntaggedResponse.Vanished.class));
    }

    @Test
    void uidRangeStarEmptyFindsNothingAboveTheHighestUid() {
        Command.Fetch fetch = FetchCommandTest.uidFetch("100:*", Simple.FLAGS);
        assertEquals(1, only(f.select().ok(fetch), UntaggedResponse.Fetch.class).size());
        assertEquals(0, only(f.select(Fault.UID_RANGE_STAR_EMPTY).ok(fetch), UntaggedResponse.Fetch.class).size());
        assertEquals(2, only(f.select(Fault.UID_RANGE_STAR_EMPTY).ok(FetchCommandTest.uidFetch("13:*", Simple.FLAGS)),
                UntaggedResponse.Fetch.class).size());
    }

    @Test
    void moveNoExpungeHoldsTheExpungeBackUntilNoop() {
        f.account.create("Moved");
        SelectedFixture.Session s = f.select(Fault.MOVE_NO_EXPUNGE);
        Outcome moved = s.ok(new Command.Move(false, SequenceSet.of(1), "Moved"));
        assertEquals(List.of(), only(moved, UntaggedResponse.Expunge.class));
        assertEquals(List.of(new UntaggedResponse.Expunge(1)), only(s.noop(), UntaggedResponse.Expunge.class));
    }

    @Test
    void copyuidSourceUidvalidityNamesTheSourceMailbox() {
        f.account.create("Copies");
        Outcome copied = f.select(Fault.COPYUID_SOURCE_UIDVALIDITY).ok(new Command.Copy(false, SequenceSet.of(1), "Copies"));
        assertEquals(f.inbox.uidValidity(), ((ResponseCode.CopyUid) copied.code()).uidValidity());
        assertTrue(f.inbox.uidValidity() != f.account.mailbox("Copies").uidValidity());
    }

    @Test
    void esearchUidMissingDropsTheUidIndicator() {
        Command.Search search = new Command.Search(true, null, List.of(SearchKey.Flag.ALL), List.of("COUNT"));
        assertTrue(only(f.select().ok(search), UntaggedResponse.Esearch.class).get(0).uid());
        assertFalse(only(f.select(Fault.ESEARCH_UID_MISSING).ok(search), UntaggedResponse.Esearch.class).get(0).uid());
    }

    @Test
    void unselectExpungesRemovesDeletedMessages() {
        SelectedFixture.Session s = f.select(Fault.UNSELECT_EXPUNGES);
        f.inbox.store(List.of(1L), StoreMode.ADD, List.of(Flags.DELETED), null, null);
        s.ok(new Command.Unselect());
        assertEquals(SelectedFixture.CORPUS_SIZE - 1, f.inbox.status().messages());
    }
}
