package org.imapharness.server.selected;

import static org.imapharness.server.selected.SelectedFixture.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.FetchAttribute.Simple;
import org.imapharness.protocol.command.SearchKey;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.model.BodyStructure;
import org.imapharness.protocol.model.Flags;
import org.imapharness.protocol.model.Partial;
import org.imapharness.protocol.model.Section;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.message.Corpus;
import org.imapharness.server.message.MessageContent;
import org.junit.jupiter.api.Test;

/** Each fault switch wired in this package breaks its rule in a way a harness check can see. */
class FaultSwitchesTest {
    private final SelectedFixture f = new SelectedFixture();

    private void markDeleted(Long... uids) {
        f.inbox.store(List.of(uids), StoreMode.ADD, List.of(Flags.DELETED), null, null);
    }

    @Test
    void expungeNoDecrementNumbersAsIfNothingWasRemoved() {
        SelectedFixture.Session s = f.select(Fault.EXPUNGE_NO_DECREMENT);
        markDeleted(2L, 3L, 5L);
        s.noop();
        assertEquals(List.of(new UntaggedResponse.Expunge(2), new UntaggedResponse.Expunge(3),
                new UntaggedResponse.Expunge(5)), only(s.ok(new Command.Expunge(null)), UntaggedResponse.Expunge.class));
    }

    @Test
    void expungeDuringFetchSendsPendingExpungesWhileAnsweringFetch() {
        SelectedFixture.Session s = f.select(Fault.EXPUNGE_DURING_FETCH);
        markDeleted(4L);
        f.inbox.expunge(null);
        Outcome o = s.ok(FetchCommandTest.fetch("1", Simple.FLAGS));
        assertEquals(List.of(new UntaggedResponse.Expunge(4)), only(o, UntaggedResponse.Expunge.class));
    }

    @Test
    void closeExpungeSendsExpunge() {
        SelectedFixture.Session s = f.select(Fault.CLOSE_EXPUNGE_SENDS_EXPUNGE);
        markDeleted(1L);
        assertEquals(List.of(new UntaggedResponse.Expunge(1)),
                only(s.ok(new Command.Close()), UntaggedResponse.Expunge.class));
    }

    @Test
    void peekSetsSeen() {
        SelectedFixture.Session s = f.select(Fault.PEEK_SETS_SEEN);
        s.ok(FetchCommandTest.fetch("1", FetchCommandTest.body(Section.WHOLE, true, null)));
        assertTrue(f.inbox.messages(List.of(1L)).get(0).flags().contains(Flags.SEEN));
    }

    @Test
    void partialOffByOneStartsOneOctetLate() {
        SelectedFixture.Session s = f.select(Fault.PARTIAL_OFF_BY_ONE);
        MessageAttribute.BodySection b = only(s.ok(FetchCommandTest.fetch("1",
                FetchCommandTest.body(Section.WHOLE, true, new Partial(0, 6L)))), UntaggedResponse.Fetch.class)
                .get(0).get(MessageAttribute.BodySection.class);
        assertEquals(0L, b.origin(), "the origin echoed is still the one asked for");
        assertEquals(new String(Corpus.load("01-plain.eml"), 1, 6, StandardCharsets.ISO_8859_1), b.data().asLatin1());
    }

    @Test
    void bodystructureMultipartWrongLosesTheNesting() {
        SelectedFixture.Session s = f.select(Fault.BODYSTRUCTURE_MULTIPART_WRONG);
        BodyStructure right = MessageContent.parse(Corpus.load("05-related-in-mixed.eml")).bodyStructure();
        BodyStructure.MultiPart wrong = (BodyStructure.MultiPart) only(s.ok(FetchCommandTest.fetch("5",
                Simple.BODYSTRUCTURE)), UntaggedResponse.Fetch.class).get(0).get(MessageAttribute.Body.class).structure();
        assertNotEquals(right, wrong);
        assertTrue(wrong.parts().stream().noneMatch(BodyStructure.MultiPart.class::isInstance));
    }

    @Test
    void modseqNotIncreasedInTheStoreShowsInTheStoreReply() {
        SelectedFixture f = new SelectedFixture(org.imapharness.server.fault.FaultSet.of(Fault.MODSEQ_NOT_INCREASED));
        SelectedFixture.Session s = f.select(Fault.MODSEQ_NOT_INCREASED);
        long before = f.inbox.messages(List.of(1L)).get(0).modSeq();
        Outcome o = s.ok(new Command.Store(false, org.imapharness.protocol.model.SequenceSet.of(1), StoreMode.ADD,
                false, List.of(Flags.FLAGGED), before));
        assertEquals(before, only(o, UntaggedResponse.Fetch.class).get(0).get(MessageAttribute.ModSeq.class).modSeq());
    }

    @Test
    void searchSinceExclusiveLeavesOutTheGivenDay() {
        SelectedFixture.Session s = f.select(Fault.SEARCH_SINCE_EXCLUSIVE);
        assertEquals(List.of(14L), only(s.ok(SearchCommandTest.search(false, SearchCommandTest.since(13))),
                UntaggedResponse.Search.class).get(0).numbers());
    }

    @Test
    void searchNotCaseInsensitiveMatchesOnlyTheExactCase() {
        SelectedFixture.Session s = f.select(Fault.SEARCH_NOT_CASE_INSENSITIVE);
        assertTrue(only(s.ok(SearchCommandTest.search(false, new SearchKey.Text(SearchKey.TextField.SUBJECT,
                "LUNCH ON"))), UntaggedResponse.Search.class).get(0).numbers().isEmpty());
        assertEquals(List.of(1L), only(s.ok(SearchCommandTest.search(false, new SearchKey.Text(
                SearchKey.TextField.SUBJECT, "Lunch on"))), UntaggedResponse.Search.class).get(0).numbers());
    }
}
