package org.imapharness.server.selected;

import static org.imapharness.server.selected.SelectedFixture.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.SearchKey;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.model.Flags;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.UntaggedResponse;
import org.junit.jupiter.api.Test;

class SearchCommandTest {
    private final SelectedFixture f = new SelectedFixture();
    private final SelectedFixture.Session s = f.select();

    static Command.Search search(boolean uid, SearchKey... keys) {
        return new Command.Search(uid, null, List.of(keys), null);
    }

    static SearchKey since(int day) {
        return new SearchKey.Date(SearchKey.DateField.SINCE, LocalDate.of(2024, 3, day));
    }

    private UntaggedResponse.Search result(Command.Search command) {
        return only(s.ok(command), UntaggedResponse.Search.class).get(0);
    }

    @Test
    void searchAnswersSequenceNumbersAndUidSearchAnswersUids() {
        f.inbox.store(List.of(1L), StoreMode.ADD, List.of(Flags.DELETED), null, null);
        f.inbox.expunge(List.of(1L));
        s.noop();
        assertEquals(List.of(1L), result(search(false, new SearchKey.Text(SearchKey.TextField.SUBJECT,
                "quarterly"))).numbers());
        assertEquals(List.of(2L), result(search(true, new SearchKey.Text(SearchKey.TextField.SUBJECT,
                "quarterly"))).numbers());
    }

    @Test
    void sinceIsInclusiveAndTextIsCaseInsensitive() {
        assertEquals(List.of(13L, 14L), result(search(false, since(13))).numbers());
        assertEquals(List.of(1L), result(search(false, new SearchKey.Text(SearchKey.TextField.SUBJECT,
                "LUNCH ON"))).numbers());
    }

    @Test
    void unsupportedCharsetIsNoBadCharset() {
        Outcome o = s.run(new Command.Search(false, "KOI8-R", List.of(SearchKey.Flag.ALL), null));
        assertEquals(StatusCondition.NO, o.status());
        assertEquals(new ResponseCode.BadCharset(List.of("US-ASCII", "UTF-8")), o.code());
        assertEquals(StatusCondition.OK, s.run(new Command.Search(false, "utf-8", List.of(SearchKey.Flag.ALL),
                null)).status());
    }

    @Test
    void modseqKeyAddsTheHighestModSeqOfTheMatches() {
        long mark = f.inbox.status().highestModSeq();
        f.inbox.store(List.of(3L, 5L), StoreMode.ADD, List.of(Flags.FLAGGED), null, null);
        s.noop();
        UntaggedResponse.Search r = result(search(false, new SearchKey.ModSeq(null, null, mark + 1)));
        assertEquals(List.of(3L, 5L), r.numbers());
        assertEquals(f.inbox.status().highestModSeq(), r.modSeq());
        assertNull(result(search(false, SearchKey.Flag.ALL)).modSeq(), "no MODSEQ key, no (MODSEQ n)");
    }

    @Test
    void esearchReturnsTheRequestedSummaryWithTheCorrelator() {
        Command.Search esearch = new Command.Search(true, null, List.of(since(10)), List.of("MIN", "max", "COUNT", "ALL"));
        Outcome o = SelectedCommands.execute(new org.imapharness.protocol.command.TaggedCommand("A7", esearch), s.state);
        assertEquals(List.of(new UntaggedResponse.Esearch("A7", true, 10L, 14L, SequenceSet.range(10, 14), 5L, null)),
                o.untagged());
    }

    @Test
    void esearchWithEmptyReturnMeansAllAndNoMatchesOmitsMinMaxAll() {
        UntaggedResponse.Esearch all = only(s.ok(new Command.Search(false, null, List.of(since(14)), List.of())),
                UntaggedResponse.Esearch.class).get(0);
        assertEquals(SequenceSet.of(14), all.all());
        assertNull(all.count());
        UntaggedResponse.Esearch none = only(s.ok(new Command.Search(false, null, List.of(since(30)),
                List.of("MIN", "COUNT"))), UntaggedResponse.Esearch.class).get(0);
        assertEquals(new UntaggedResponse.Esearch(null, false, null, null, null, 0L, null), none);
    }

    @Test
    void unknownReturnOptionIsBad() {
        assertEquals(StatusCondition.BAD, s.run(new Command.Search(false, null, List.of(SearchKey.Flag.ALL),
                List.of("SAVE"))).status());
    }
}
