package org.imapharness.server.session;

import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.TaggedCommand;
import org.imapharness.server.selected.Outcome;
import org.imapharness.server.selected.SelectedCommands;

/**
 * Routes a command, already checked against the session state, to its handler. Commands that
 * change the session's course (LOGOUT, STARTTLS, LOGIN, AUTHENTICATE, IDLE) complete themselves;
 * every other handler returns an {@link Outcome} that {@link Session#finish} sends.
 */
final class Dispatcher {
    private Dispatcher() {
    }

    static void execute(Session session, TaggedCommand tagged) {
        String tag = tagged.tag();
        Command command = tagged.command();
        if (command instanceof Command.Logout) {
            AnyStateCommands.logout(session, tag);
        } else if (command instanceof Command.StartTls) {
            StartTlsCommand.execute(session, tag);
        } else if (command instanceof Command.Login login) {
            session.authentication.login(tag, login);
        } else if (command instanceof Command.Authenticate authenticate) {
            session.authentication.authenticate(tag, authenticate);
        } else if (command instanceof Command.Idle) {
            session.idle.start(tag);
        } else {
            session.finish(tag, command, outcome(session, tagged));
        }
    }

    private static Outcome outcome(Session session, TaggedCommand tagged) {
        Command command = tagged.command();
        if (SelectedCommands.handles(command)) {
            return SelectedCommands.execute(tagged, session.selectedState());
        } else if (command instanceof Command.Capability) {
            return AnyStateCommands.capability(session);
        } else if (command instanceof Command.Noop) {
            return Outcome.ok("NOOP completed");
        } else if (command instanceof Command.Id id) {
            return AnyStateCommands.id(session, id);
        } else if (command instanceof Command.Select select) {
            return SelectCommand.execute(session, select);
        } else if (command instanceof Command.Append append) {
            return AppendCommand.execute(session, append);
        } else if (command instanceof Command.Enable enable) {
            return ExtensionCommands.enable(session, enable);
        } else if (command instanceof Command.Namespace) {
            return ExtensionCommands.namespace(session);
        }
        return MailboxCommands.execute(session, command);
    }
}
