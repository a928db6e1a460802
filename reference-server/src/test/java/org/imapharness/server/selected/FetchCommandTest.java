package org.imapharness.server.selected;

import static org.imapharness.server.selected.SelectedFixture.only;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.command.FetchAttribute.Simple;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.model.Flags;
import org.imapharness.protocol.model.Partial;
import org.imapharness.protocol.model.Section;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.message.Corpus;
import org.imapharness.server.message.MessageContent;
import org.junit.jupiter.api.Test;

class FetchCommandTest {
    private final SelectedFixture f = new SelectedFixture();
    private final SelectedFixture.Session s = f.select();

    static Command.Fetch fetch(String set, FetchAttribute... items) {
        return new Command.Fetch(false, SequenceSet.parse(set), List.of(items), null, false);
    }

    static Command.Fetch uidFetch(String set, FetchAttribute... items) {
        return new Command.Fetch(true, SequenceSet.parse(set), List.of(items), null, false);
    }

    static FetchAttribute body(Section section, boolean peek, Partial partial) {
        return new FetchAttribute.BodySection(section, peek, partial);
    }

    private UntaggedResponse.Fetch single(Command.Fetch command) {
        List<UntaggedResponse.Fetch> fetches = only(s.ok(command), UntaggedResponse.Fetch.class);
        assertEquals(1, fetches.size(), fetches.toString());
        return fetches.get(0);
    }

    @Test
    void everySimpleItemComesFromTheStoredMessage() {
        MessageContent content = MessageContent.parse(Corpus.load("02-mixed-attachment.eml"));
        UntaggedResponse.Fetch r = single(fetch("2", Simple.FLAGS, Simple.INTERNALDATE, Simple.RFC822_SIZE,
                Simple.ENVELOPE, Simple.BODY, Simple.BODYSTRUCTURE, Simple.UID));
        assertEquals(2, r.sequenceNumber());
        assertEquals(List.of(Flags.RECENT), r.get(MessageAttribute.Flags.class).flags());
        assertEquals(SelectedFixture.internalDate(2), r.get(MessageAttribute.InternalDate.class).dateTime());
        assertEquals(content.size(), r.get(MessageAttribute.Rfc822Size.class).size());
        assertEquals(content.envelope(), r.get(MessageAttribute.EnvelopeItem.class).envelope());
        List<MessageAttribute.Body> bodies = r.attributes().stream().filter(MessageAttribute.Body.class::isInstance)
                .map(MessageAttribute.Body.class::cast).toList();
        assertEquals(new MessageAttribute.Body(content.body(), false), bodies.get(0));
        assertEquals(new MessageAttribute.Body(content.bodyStructure(), true), bodies.get(1));
        assertEquals(2, r.get(MessageAttribute.Uid.class).uid());
    }

    @Test
    void macroItemsKeepTheRequestedOrder() {
        UntaggedResponse.Fetch r = single(new Command.Fetch(false, SequenceSet.of(1),
                FetchAttribute.macro("FAST"), null, false));
        assertEquals(List.of(MessageAttribute.Flags.class, MessageAttribute.InternalDate.class,
                MessageAttribute.Rfc822Size.class), r.attributes().stream().map(Object::getClass).toList());
    }

    @Test
    void bodySetsSeenAndReportsTheNewFlags() {
        UntaggedResponse.Fetch r = single(fetch("1", body(Section.WHOLE, false, null)));
        assertArrayEquals(Corpus.load("01-plain.eml"), r.get(MessageAttribute.BodySection.class).data().toByteArray());
        assertTrue(r.get(MessageAttribute.Flags.class).flags().contains(Flags.SEEN), "§6.4.5: FLAGS joins the reply");
        assertTrue(f.inbox.messages(List.of(1L)).get(0).flags().contains(Flags.SEEN));
    }

    @Test
    void rfc822AndRfc822TextSetSeenButRfc822HeaderDoesNot() {
        s.ok(fetch("1", Simple.RFC822_HEADER));
        assertFalse(f.inbox.messages(List.of(1L)).get(0).flags().contains(Flags.SEEN));
        s.ok(fetch("1", Simple.RFC822_TEXT));
        s.ok(fetch("2", Simple.RFC822));
        assertTrue(f.inbox.messages(List.of(1L, 2L)).stream().allMatch(m -> m.flags().contains(Flags.SEEN)));
    }

    @Test
    void peekLeavesSeenAlone() {
        UntaggedResponse.Fetch r = single(fetch("1", body(Section.of(Section.Specifier.HEADER), true, null)));
        assertNull(r.get(MessageAttribute.Flags.class));
        assertFalse(f.inbox.messages(List.of(1L)).get(0).flags().contains(Flags.SEEN));
    }

    @Test
    void examineNeverSetsSeen() {
        SelectedFixture.Session ro = f.examine();
        UntaggedResponse.Fetch r = only(ro.ok(fetch("1", body(Section.WHOLE, false, null))),
                UntaggedResponse.Fetch.class).get(0);
        assertNull(r.get(MessageAttribute.Flags.class));
        assertFalse(f.inbox.messages(List.of(1L)).get(0).flags().contains(Flags.SEEN));
    }

    @Test
    void partialReturnsTheRangeAndEchoesTheOrigin() {
        byte[] raw = Corpus.load("01-plain.eml");
        MessageAttribute.BodySection b = single(fetch("1", body(Section.WHOLE, true, new Partial(5, 10L))))
                .get(MessageAttribute.BodySection.class);
        assertEquals(5L, b.origin());
        assertEquals(new String(raw, 5, 10, StandardCharsets.ISO_8859_1), b.data().asLatin1());
    }

    @Test
    void headerFieldsAndNestedPartsAreExtracted() {
        UntaggedResponse.Fetch r = single(fetch("4",
                body(Section.headerFields(false, List.of("Subject")), true, null),
                body(new Section(List.of(2, 1), Section.Specifier.NONE, List.of()), true, null)));
        List<MessageAttribute.BodySection> parts = r.attributes().stream()
                .filter(MessageAttribute.BodySection.class::isInstance).map(MessageAttribute.BodySection.class::cast)
                .toList();
        assertEquals("Subject: Fwd: Meeting notes\r\n\r\n", parts.get(0).data().asLatin1());
        assertEquals("Notes: ship on Monday.", parts.get(1).data().asLatin1().trim());
    }

    @Test
    void binaryUndoesTheTransferEncoding() {
        UntaggedResponse.Fetch r = single(fetch("2", new FetchAttribute.Binary(List.of(2), true, null),
                new FetchAttribute.BinarySize(List.of(2))));
        byte[] data = r.get(MessageAttribute.Binary.class).data().toByteArray();
        assertEquals(0, data[0]);
        assertEquals((byte) 255, data[255]);
        assertTrue(new String(data, StandardCharsets.ISO_8859_1).endsWith("%PDF-1.4 synthetic test attachment\n"));
        assertEquals(data.length, r.get(MessageAttribute.BinarySize.class).size());
    }

    @Test
    void binaryOfAMissingPartIsNil() {
        MessageAttribute.Binary b = single(fetch("1", new FetchAttribute.Binary(List.of(7), true, null)))
                .get(MessageAttribute.Binary.class);
        assertNull(b.data());
    }

    @Test
    void uidFetchAlwaysCarriesTheUidFirst() {
        UntaggedResponse.Fetch r = single(uidFetch("3", Simple.FLAGS));
        assertEquals(new MessageAttribute.Uid(3), r.attributes().get(0));
    }

    @Test
    void sequenceNumberBeyondTheMailboxIsBad() {
        Outcome o = s.run(fetch("15", Simple.FLAGS));
        assertEquals(StatusCondition.BAD, o.status());
        assertTrue(o.untagged().isEmpty());
    }

    @Test
    void uidRangesNeverFailAndStarReachesTheHighestUid() {
        assertTrue(only(s.ok(uidFetch("100:200", Simple.FLAGS)), UntaggedResponse.Fetch.class).isEmpty());
        List<UntaggedResponse.Fetch> r = only(s.ok(uidFetch("100:*", Simple.FLAGS)), UntaggedResponse.Fetch.class);
        assertEquals(1, r.size(), "§6.4.8: n:* includes the highest UID even when n is above it");
        assertEquals(14, r.get(0).get(MessageAttribute.Uid.class).uid());
    }

    @Test
    void modseqItemEnablesCondstoreForLaterFetches() {
        assertNotNull(single(fetch("1", Simple.MODSEQ)).get(MessageAttribute.ModSeq.class));
        assertTrue(s.state.condstoreEnabled());
        UntaggedResponse.Fetch later = single(fetch("2", Simple.FLAGS));
        assertNotNull(later.get(MessageAttribute.ModSeq.class), "RFC 7162 §3.1: MODSEQ from now on");
    }

    @Test
    void implicitSeenUnderCondstoreReportsUidAndTheNewModSeq() {
        s.ok(fetch("1", Simple.MODSEQ));
        long before = f.inbox.messages(List.of(1L)).get(0).modSeq();
        UntaggedResponse.Fetch r = single(fetch("1", body(Section.WHOLE, false, null)));
        assertEquals(1, r.get(MessageAttribute.Uid.class).uid());
        assertTrue(r.get(MessageAttribute.ModSeq.class).modSeq() > before);
    }

    @Test
    void changedSinceReturnsOnlyNewerMessagesWithModSeq() {
        long mark = f.inbox.status().highestModSeq();
        f.inbox.store(List.of(4L, 7L), StoreMode.ADD, List.of(Flags.FLAGGED), null, null);
        s.noop();
        Command.Fetch command = new Command.Fetch(false, SequenceSet.all(), List.of(Simple.FLAGS), mark, false);
        List<UntaggedResponse.Fetch> r = only(s.ok(command), UntaggedResponse.Fetch.class);
        assertEquals(List.of(4L, 7L), r.stream().map(UntaggedResponse.Fetch::sequenceNumber).toList());
        assertTrue(r.stream().allMatch(x -> x.get(MessageAttribute.ModSeq.class) != null));
    }

    @Test
    void vanishedModifierReportsExpungesOfTheUidSetFirst() {
        SelectedFixture.Session q = f.open(false, true, true);
        long mark = f.inbox.status().highestModSeq();
        f.inbox.store(List.of(2L, 3L, 12L), StoreMode.ADD, List.of(Flags.DELETED), null, null);
        f.inbox.expunge(List.of(2L, 3L, 12L));
        q.noop();
        Outcome o = q.ok(new Command.Fetch(true, SequenceSet.parse("1:10"), List.of(Simple.FLAGS), mark, true));
        assertEquals(new UntaggedResponse.Vanished(true, SequenceSet.range(2, 3)), o.untagged().get(0));
    }

    @Test
    void vanishedNeedsQresyncAndUidFetch() {
        Command.Fetch noUid = new Command.Fetch(false, SequenceSet.all(), List.of(Simple.FLAGS), 1L, true);
        assertEquals(StatusCondition.BAD, f.open(false, true, true).run(noUid).status());
        Command.Fetch uid = new Command.Fetch(true, SequenceSet.all(), List.of(Simple.FLAGS), 1L, true);
        assertEquals(StatusCondition.BAD, s.run(uid).status(), "QRESYNC not enabled");
    }
}
