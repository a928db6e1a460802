package org.imapharness.server.selected;

import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.command.TaggedCommand;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.server.search.Search;
import org.imapharness.server.store.StoreException;

/**
 * Entry point for the commands of the selected state (RFC 3501 §6.4, their UID forms §6.4.8,
 * UNSELECT RFC 3691, UID EXPUNGE RFC 4315, MOVE RFC 6851): routes each to the executor of its
 * family and turns store refusals into tagged NO/BAD. Pure: no I/O, no Netty; everything happens
 * through the session's {@link org.imapharness.server.store.MailboxView}.
 */
public final class SelectedCommands {
    private SelectedCommands() {
    }

    /** True for the commands {@link #execute} runs; the session handles every other command. */
    public static boolean handles(Command command) {
        return command instanceof Command.Check || command instanceof Command.Close
                || command instanceof Command.Unselect || command instanceof Command.Expunge
                || command instanceof Command.Search || command instanceof Command.Fetch
                || command instanceof Command.Store || command instanceof Command.Copy
                || command instanceof Command.Move;
    }

    /**
     * True for a CONDSTORE-enabling command (RFC 7162 §3.1): FETCH with MODSEQ or CHANGEDSINCE,
     * STORE with UNCHANGEDSINCE, SEARCH with a MODSEQ key, SELECT/EXAMINE with CONDSTORE or QRESYNC.
     * Once one ran, the session keeps CONDSTORE on until it ends; {@link #execute} already treats
     * the enabling command itself as running with CONDSTORE on.
     */
    public static boolean enablesCondstore(Command command) {
        if (command instanceof Command.Fetch f) {
            return f.changedSince() != null || f.items().contains(FetchAttribute.Simple.MODSEQ);
        } else if (command instanceof Command.Store s) {
            return s.unchangedSince() != null;
        } else if (command instanceof Command.Search s) {
            return s.keys().stream().anyMatch(Search::usesModSeq);
        } else if (command instanceof Command.Select s) {
            return s.condstore() || s.qresync() != null;
        }
        return false;
    }

    /** Runs a command with its tag (the tag is the ESEARCH correlator, RFC 4731 §3.1). */
    public static Outcome execute(TaggedCommand command, SelectedState state) {
        return run(command.tag(), command.command(), state);
    }

    /** Runs a command; an ESEARCH response then has no correlator. */
    public static Outcome execute(Command command, SelectedState state) {
        return run(null, command, state);
    }

    private static Outcome run(String tag, Command command, SelectedState state) {
        SelectedState effective = state;
        if (enablesCondstore(command)) {
            state.view().enableCondstore();
            effective = state.withCondstore();
        }
        try {
            return dispatch(tag, command, effective);
        } catch (StoreException e) {
            return refused(e);
        }
    }

    private static Outcome dispatch(String tag, Command command, SelectedState state) {
        if (command instanceof Command.Fetch f) {
            return FetchCommand.execute(f, state);
        } else if (command instanceof Command.Store s) {
            return StoreCommand.execute(s, state);
        } else if (command instanceof Command.Search s) {
            return SearchCommand.execute(tag, s, state);
        } else if (command instanceof Command.Expunge e) {
            return ExpungeCommand.execute(e, state);
        } else if (command instanceof Command.Copy c) {
            return CopyMoveCommand.copy(c, state);
        } else if (command instanceof Command.Move m) {
            return CopyMoveCommand.move(m, state);
        } else if (command instanceof Command.Check) {
            return MailboxLifecycle.check(state);
        } else if (command instanceof Command.Close) {
            return MailboxLifecycle.close(state);
        } else if (command instanceof Command.Unselect) {
            return MailboxLifecycle.unselect(state);
        }
        return Outcome.bad(command.name() + " is not a selected-state command");
    }

    /** A store refusal as the tagged response (RFC 3501 §9 seq-number: a bad number is BAD). */
    static Outcome refused(StoreException e) {
        return switch (e.reason()) {
            case INVALID_SEQUENCE -> Outcome.bad(e.getMessage());
            case NONEXISTENT -> Outcome.no(new ResponseCode.Other("NONEXISTENT", null), e.getMessage());
            case IO -> Outcome.no(new ResponseCode.Other("SERVERBUG", null), e.getMessage());
            case NOT_ALLOWED, ALREADY_EXISTS, INVALID_NAME -> Outcome.no(null, e.getMessage());
        };
    }
}
