package org.imapharness.scenarios.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.gatling.commons.stats.OK$;
import io.gatling.core.session.Session;
import java.util.List;
import org.imapharness.core.client.CommandResult;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.TaggedCommand;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.TaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse;
import org.junit.jupiter.api.Test;

class ImapCheckTest {
    private static final Session SESSION = new Session("scenario", 1L, scala.collection.immutable.Map$.MODULE$.empty(),
            OK$.MODULE$, scala.collection.immutable.List$.MODULE$.empty(), Session.NothingOnExit(), null);

    private static CommandResult select(StatusCondition status, long exists) {
        return new CommandResult(new TaggedCommand("A1", new Command.Select("INBOX", false, false, null)),
                new TaggedResponse("A1", status, null, "done"),
                List.of(new UntaggedResponse.Exists(exists), new UntaggedResponse.Recent(0),
                        new UntaggedResponse.Status(StatusCondition.OK, new ResponseCode.UidNext(17), "next")),
                List.of(), List.of());
    }

    @Test
    void passingChecksSaveTheirValues() {
        var outcome = ImapCheck.applyAll(List.of(Imap.status().is(StatusCondition.OK), Imap.exists().gte(3).saveAs("n"),
                Imap.uidNext().saveAs("next")), select(StatusCondition.OK, 3), SESSION);
        Session s = assertInstanceOf(ImapCheck.Outcome.Passed.class, outcome).session();
        assertEquals(3L, s.attributes().apply("n"));
        assertEquals(17L, s.attributes().apply("next"));
    }

    @Test
    void theFirstFailureNamesWhatWasExpectedAndFound() {
        var outcome = ImapCheck.applyAll(List.of(Imap.exists().is(999L), Imap.uidNext().saveAs("never")),
                select(StatusCondition.OK, 3), SESSION);
        assertEquals("EXISTS: expected 999, found 3",
                assertInstanceOf(ImapCheck.Outcome.Failed.class, outcome).message());
    }

    @Test
    void aStatusFailureQuotesTheServer() {
        var outcome = ImapCheck.applyAll(List.of(Imap.status().is(StatusCondition.OK)),
                select(StatusCondition.NO, 0), SESSION);
        assertEquals("status: expected OK, found NO (\"done\")",
                assertInstanceOf(ImapCheck.Outcome.Failed.class, outcome).message());
    }

    @Test
    void anAbsentValueFailsSaveAs() {
        var outcome = ImapCheck.applyAll(List.of(Imap.appendUid().saveAs("uid")), select(StatusCondition.OK, 1),
                SESSION);
        assertEquals("APPENDUID: expected a value, found null",
                assertInstanceOf(ImapCheck.Outcome.Failed.class, outcome).message());
    }
}
