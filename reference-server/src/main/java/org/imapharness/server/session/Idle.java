package org.imapharness.server.session;

import java.nio.charset.StandardCharsets;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.frame.Frame;
import org.imapharness.protocol.frame.FrameEvent;
import org.imapharness.protocol.response.ContinuationRequest;
import org.imapharness.server.selected.Outcome;
import org.imapharness.server.selected.SelectedUpdates;

/**
 * IDLE (RFC 2177): after {@code + idling} every change to the selected mailbox is pushed as soon
 * as it happens. Other sessions of the user wake this one through {@link IdleSignals}; the
 * updates themselves come from the session's view, with EXPUNGE allowed (no command is in
 * progress, §3). The next line must be {@code DONE}; anything else ends IDLE with BAD.
 */
final class Idle {
    private static final Command IDLE = new Command.Idle();

    private final Session session;
    private String tag;
    private IdleSignals.Registration registration;

    Idle(Session session) {
        this.session = session;
    }

    void start(String idleTag) {
        tag = idleTag;
        session.mode = Session.Mode.IDLE;
        session.out.send(new ContinuationRequest(null, "idling"));
        if (session.state == SessionState.SELECTED) {
            registration = session.config.signals().watch(session.user, () -> session.later(this::push, 0));
            pushUpdates(); // what piled up before IDLE goes out at once
        }
    }

    /** A wake-up from another session: send what changed, now. */
    private void push() {
        if (session.mode != Session.Mode.IDLE || session.isClosing() || session.state != SessionState.SELECTED) {
            return;
        }
        pushUpdates();
        session.out.flush();
    }

    private void pushUpdates() {
        if (session.view.mailboxDeleted()) {
            stop();
            session.bye("The selected mailbox was deleted");
            return;
        }
        session.out.sendAll(UpdateFaults.apply(SelectedUpdates.flush(session.view, true, session.config.faults()),
                session.config.faults(), null, true));
    }

    /** The line that follows {@code + idling}. */
    void end(FrameEvent event) {
        stop();
        session.mode = Session.Mode.COMMAND;
        boolean done = event instanceof Frame frame && isDone(frame.bytes());
        session.finish(tag, IDLE, done ? Outcome.ok("IDLE terminated")
                : Outcome.bad("Expected DONE to end IDLE (RFC 2177 §3)"));
    }

    /** Stops the wake-ups (DONE, LOGOUT, autologout, disconnect). */
    void stop() {
        if (registration != null) {
            registration.close();
            registration = null;
        }
    }

    private static boolean isDone(byte[] line) {
        String text = new String(line, StandardCharsets.US_ASCII);
        return text.equalsIgnoreCase("DONE\r\n") || text.equalsIgnoreCase("DONE\n");
    }
}
