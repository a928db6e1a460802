package org.imapharness.server.selected;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultSet;
import org.imapharness.server.message.Corpus;
import org.imapharness.server.store.Account;
import org.imapharness.server.store.MailStore;
import org.imapharness.server.store.Mailbox;
import org.imapharness.server.store.MailboxView;

/**
 * A real in-memory store whose INBOX holds the shipped corpus (14 messages, UIDs 1..14, no flags),
 * message i received on 2024-03-i at 10:00 +01:00, so date keys have one message per day.
 * Sessions are {@link Session}s: a view plus the CONDSTORE/QRESYNC switches and faults.
 */
final class SelectedFixture {
    static final int CORPUS_SIZE = 14;

    final MailStore store;
    final Account account;
    final Mailbox inbox;

    SelectedFixture() {
        this(FaultSet.none());
    }

    /** With fault switches in the store itself (the server hands the same set to both). */
    SelectedFixture(FaultSet storeFaults) {
        store = MailStore.inMemory(storeFaults);
        account = store.account("alice");
        inbox = account.mailbox("INBOX");
        int day = 1;
        for (Corpus.Entry e : Corpus.all()) {
            inbox.append(e.bytes(), List.of(), internalDate(day++));
        }
        assertEquals(CORPUS_SIZE, inbox.status().messages());
    }

    static OffsetDateTime internalDate(int day) {
        return OffsetDateTime.of(2024, 3, day, 10, 0, 0, 0, ZoneOffset.ofHours(1));
    }

    Session select(Fault... faults) {
        return open(false, false, false, faults);
    }

    Session examine(Fault... faults) {
        return open(true, false, false, faults);
    }

    Session open(boolean readOnly, boolean condstore, boolean qresync, Fault... faults) {
        FaultSet set = FaultSet.of(faults);
        SelectResponder.Opened opened = SelectResponder.open(account,
                new Command.Select("INBOX", readOnly, false, null), set, condstore, qresync);
        assertEquals(StatusCondition.OK, opened.outcome().status(), opened.outcome().text());
        return new Session(new SelectedState(account, opened.view(), set, condstore, qresync));
    }

    /** One client connection in the selected state, as the session layer drives it. */
    static final class Session {
        SelectedState state;

        Session(SelectedState state) {
            this.state = state;
        }

        MailboxView view() {
            return state.view();
        }

        /** Runs a command the way the session layer does and returns everything it would send. */
        Outcome run(Command command) {
            if (SelectedCommands.enablesCondstore(command)) {
                state = new SelectedState(state.account(), state.view(), state.faults(), true, state.qresyncEnabled());
            }
            Outcome outcome = SelectedCommands.execute(command, state);
            if (command instanceof Command.Close || command instanceof Command.Unselect) {
                return outcome;
            }
            List<UntaggedResponse> all = new ArrayList<>(outcome.untagged());
            all.addAll(SelectedUpdates.after(command, state));
            return new Outcome(all, outcome.status(), outcome.code(), outcome.text());
        }

        Outcome ok(Command command) {
            Outcome outcome = run(command);
            assertEquals(StatusCondition.OK, outcome.status(), outcome.text());
            return outcome;
        }

        /** NOOP as the session does it: nothing of its own, then the pending updates. */
        List<UntaggedResponse> noop() {
            return SelectedUpdates.after(new Command.Noop(), state);
        }
    }

    static <T extends UntaggedResponse> List<T> only(Outcome outcome, Class<T> type) {
        return only(outcome.untagged(), type);
    }

    static <T extends UntaggedResponse> List<T> only(List<UntaggedResponse> responses, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (UntaggedResponse r : responses) {
            if (type.isInstance(r)) {
                out.add(type.cast(r));
            }
        }
        return out;
    }

    static void assertNoExpunge(List<UntaggedResponse> responses) {
        assertTrue(responses.stream().noneMatch(r -> r instanceof UntaggedResponse.Expunge
                || r instanceof UntaggedResponse.Vanished v && !v.earlier()), "no EXPUNGE expected: " + responses);
    }
}
