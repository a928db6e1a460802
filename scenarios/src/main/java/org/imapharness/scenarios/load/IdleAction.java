package org.imapharness.scenarios.load;

import io.gatling.core.action.Action;
import io.gatling.core.session.Session;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.imapharness.core.client.CommandResult;
import org.imapharness.core.client.IdleSession;
import org.imapharness.core.client.ImapConnection;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * IDLE for a while (RFC 2177). Logs {@code name} from the command to the server's {@code +}, then,
 * after the duration (or as soon as the server ends the IDLE), sends DONE and logs
 * {@code name (DONE)} until the tagged completion; the checks see every response pushed meanwhile.
 * With a {@link PushClock}, each {@code EXISTS} for a stamped delivery is logged as a push-latency
 * request. The wait is a timer on the user's event loop, never a sleeping thread.
 */
final class IdleAction extends ImapAction {
    private final SessionValue<Duration> duration;
    private final List<ImapCheck> checks;
    private final PushClock pushes;

    IdleAction(String name, SessionValue<Duration> duration, List<ImapCheck> checks, PushClock pushes,
               ImapComponents components, Action next) {
        super(name, components, next);
        this.duration = duration;
        this.checks = checks;
        this.pushes = pushes;
    }

    @Override
    protected void run(Session session) {
        ImapConnection connection = ImapComponents.connection(session);
        if (connection == null || !connection.isOpen()) {
            failBeforeStart(session, "no open connection to IDLE on");
            return;
        }
        SessionValue.Resolution<Duration> resolved = duration.resolve(session);
        if (resolved instanceof SessionValue.Resolution.Missing<Duration> missing) {
            failBeforeStart(session, missing.reason());
            return;
        }
        Duration wait = ((SessionValue.Resolution.Found<Duration>) resolved).value();
        Consumer<UntaggedResponse> listener = pushes == null ? null : pushListener(session);
        if (listener != null) {
            connection.addUntaggedListener(listener);
        }
        long start = clock.nowMillis();
        connection.idle().whenComplete((idle, failure) -> {
            long now = clock.nowMillis();
            if (failure != null) {
                removeListener(connection, listener);
                logKo(session, name, start, now, null, describe(failure));
                next.$bang(session.markAsFailed());
                return;
            }
            logOk(session, name, start, now);
            new Ending(session, connection, idle, listener).arm(wait);
        });
    }

    /** Ends one IDLE exactly once: after the wait, or early when the server completes it first. */
    private final class Ending {
        private final Session session;
        private final ImapConnection connection;
        private final IdleSession idle;
        private final Consumer<UntaggedResponse> listener;
        private long doneSent;
        private boolean finished;

        Ending(Session session, ImapConnection connection, IdleSession idle, Consumer<UntaggedResponse> listener) {
            this.session = session;
            this.connection = connection;
            this.idle = idle;
            this.listener = listener;
        }

        void arm(Duration wait) {
            var timer = session.eventLoop().schedule(this::sendDone, wait.toNanos(), TimeUnit.NANOSECONDS);
            idle.result().whenComplete((result, failure) -> {
                timer.cancel(false);
                session.eventLoop().execute(() -> finish(result, failure));
            });
        }

        private void sendDone() {
            doneSent = clock.nowMillis();
            idle.done();
        }

        private void finish(CommandResult result, Throwable failure) {
            if (finished) {
                return;
            }
            finished = true;
            removeListener(connection, listener);
            long end = clock.nowMillis();
            long start = doneSent == 0 ? end : doneSent;
            String request = name + " (DONE)";
            if (failure != null) {
                logKo(session, request, start, end, null, describe(failure));
                next.$bang(session.markAsFailed());
                return;
            }
            ImapCheck.Outcome outcome = ImapCheck.applyAll(checks, result, session);
            if (outcome instanceof ImapCheck.Outcome.Passed passed) {
                logOk(session, request, start, end);
                next.$bang(passed.session());
            } else {
                logKo(session, request, start, end, result.status().name(),
                        ((ImapCheck.Outcome.Failed) outcome).message());
                next.$bang(session.markAsFailed());
            }
        }
    }

    private Consumer<UntaggedResponse> pushListener(Session session) {
        return response -> {
            if (response instanceof UntaggedResponse.Exists exists) {
                Long sent = pushes.sentAt(exists.count());
                if (sent != null) {
                    logOk(session, pushes.requestName(), sent, Math.max(sent, clock.nowMillis()));
                }
            }
        };
    }

    private static void removeListener(ImapConnection connection, Consumer<UntaggedResponse> listener) {
        if (listener != null) {
            connection.removeUntaggedListener(listener);
        }
    }
}
