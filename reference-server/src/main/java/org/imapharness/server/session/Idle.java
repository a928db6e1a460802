package org.imapharness.server.session;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.frame.Frame;
import org.imapharness.protocol.frame.FrameEvent;
import org.imapharness.protocol.response.ContinuationRequest;
import org.imapharness.server.selected.Outcome;
import org.imapharness.server.selected.SelectedUpdates;
import org.imapharness.server.store.MailboxView;

/**
 * IDLE (RFC 2177): after {@code + idling} every change to the selected mailbox is pushed as soon
 * as it happens. The store wakes the session through its view ({@link MailboxView#onUpdate}),
 * whoever made the change: another session, a test seeding the store, a delivery agent. The
 * updates come from the view with EXPUNGE allowed (no command is in progress, §3). The next line
 * must be {@code DONE}; anything else ends IDLE with BAD.
 */
final class Idle {
    private static final Command IDLE = new Command.Idle();

    private final Session session;
    /** A push is queued on the session's executor; a burst of changes needs only one. */
    private final AtomicBoolean pushQueued = new AtomicBoolean();
    private String tag;
    private MailboxView watched;

    Idle(Session session) {
        this.session = session;
    }

    void start(String idleTag) {
        tag = idleTag;
        session.mode = Session.Mode.IDLE;
        session.out.send(new ContinuationRequest(null, "idling"));
        if (session.state == SessionState.SELECTED) {
            watched = session.view;
            // Runs on the changing thread under the account lock: only hand the work over.
            watched.onUpdate(() -> {
                if (pushQueued.compareAndSet(false, true)) {
                    session.later(this::push, 0);
                }
            });
            pushUpdates(); // what piled up before IDLE goes out at once
        }
    }

    /** A change reached the view: send it, now. */
    private void push() {
        pushQueued.set(false);
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
        if (watched != null) {
            watched.onUpdate(null);
            watched = null;
        }
    }

    private static boolean isDone(byte[] line) {
        String text = new String(line, StandardCharsets.US_ASCII);
        return text.equalsIgnoreCase("DONE\r\n") || text.equalsIgnoreCase("DONE\n");
    }
}
