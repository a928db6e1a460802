package org.imapharness.scenarios.load;

import io.gatling.core.action.Action;
import io.gatling.core.session.Session;
import java.util.List;
import org.imapharness.core.client.CommandResult;
import org.imapharness.core.client.ImapConnection;

/**
 * Sends one command on the user's connection and reports it from the driver's completion
 * callback: OK when the checks pass (by default, that the status is OK), else KO with the
 * failed check or the driver's error (a timeout, a closed connection) as the message. After a
 * LOGOUT the connection is closed and forgotten.
 */
final class CommandAction extends ImapAction {
    private final SessionValue<Operation> operation;
    private final List<ImapCheck> checks;
    private final boolean endsConnection;
    private final PushClock deliveries;

    CommandAction(String name, SessionValue<Operation> operation, List<ImapCheck> checks, boolean endsConnection,
                  PushClock deliveries, ImapComponents components, Action next) {
        super(name, components, next);
        this.operation = operation;
        this.checks = checks;
        this.endsConnection = endsConnection;
        this.deliveries = deliveries;
    }

    @Override
    protected void run(Session session) {
        ImapConnection connection = ImapComponents.connection(session);
        if (connection == null || !connection.isOpen()) {
            Session s = connection == null ? session : session.remove(ImapComponents.CONNECTION);
            failBeforeStart(s, "no open connection: "
                    + (connection == null ? "add imap(..).connect() before this request" : "it was closed"));
            return;
        }
        SessionValue.Resolution<Operation> resolved = operation.resolve(session);
        if (resolved instanceof SessionValue.Resolution.Missing<Operation> missing) {
            failBeforeStart(session, missing.reason());
            return;
        }
        Operation op = ((SessionValue.Resolution.Found<Operation>) resolved).value();
        long start = clock.nowMillis();
        if (deliveries != null) {
            deliveries.stamp(start);
        }
        op.start(connection).whenComplete((result, failure) -> {
            long end = clock.nowMillis();
            Session s = endsConnection ? forget(session, connection) : session;
            if (failure != null) {
                logKo(s, name, start, end, null, describe(failure));
                next.$bang(s.markAsFailed());
                return;
            }
            report(s, result, start, end);
        });
    }

    private void report(Session s, CommandResult result, long start, long end) {
        ImapCheck.Outcome outcome = ImapCheck.applyAll(checks, result, s);
        if (outcome instanceof ImapCheck.Outcome.Passed passed) {
            logOk(s, name, start, end);
            next.$bang(passed.session());
        } else {
            String message = ((ImapCheck.Outcome.Failed) outcome).message();
            logKo(s, name, start, end, result.status().name(), message);
            next.$bang(s.markAsFailed());
        }
    }

    private static Session forget(Session session, ImapConnection connection) {
        connection.closeAsync();
        return session.remove(ImapComponents.CONNECTION);
    }
}
