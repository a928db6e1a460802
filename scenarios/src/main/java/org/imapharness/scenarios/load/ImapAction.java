package org.imapharness.scenarios.load;

import com.typesafe.scalalogging.Logger;
import com.typesafe.scalalogging.Logger$;
import io.gatling.commons.stats.KO$;
import io.gatling.commons.stats.OK$;
import io.gatling.commons.util.Clock;
import io.gatling.core.action.Action;
import io.gatling.core.action.BlockExit;
import io.gatling.core.session.Session;
import io.gatling.core.stats.StatsEngine;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import scala.Option;

/**
 * What every IMAP action does around its own work. Gatling's {@code ChainableAction} cannot be
 * implemented from Java (its {@code abstract override} needs scalac's super accessors), so this
 * redoes its contract: leave the block when {@code exitHereIfFailed}/{@code exitASAP} say so, turn
 * an unexpected exception into a request crash and a failed session, and otherwise leave it to
 * {@link #run} to log exactly one response per request and call {@link #next} exactly once.
 */
abstract class ImapAction implements Action {
    private static final Logger LOGGER = Logger$.MODULE$.apply(ImapAction.class);

    protected final String name;
    protected final ImapComponents components;
    protected final Action next;
    protected final StatsEngine stats;
    protected final Clock clock;

    ImapAction(String name, ImapComponents components, Action next) {
        this.name = name;
        this.components = components;
        this.next = next;
        this.stats = components.core().statsEngine();
        this.clock = components.core().clock();
    }

    /** Does the request; runs on the virtual user's event loop and must not block. */
    protected abstract void run(Session session);

    @Override
    public final void execute(Session session) {
        Option<BlockExit> exit = BlockExit.mustExit(session);
        if (exit.isDefined()) {
            exit.get().exitBlock(stats, clock.nowMillis());
            return;
        }
        try {
            run(session);
        } catch (RuntimeException e) {
            stats.logRequestCrash(session.scenario(), session.groups(), name, e.toString());
            next.$bang(session.markAsFailed());
        }
    }

    protected final void logOk(Session s, String request, long start, long end) {
        LatencyLog.record(request, start, end, true);
        stats.logResponse(s.scenario(), s.groups(), request, start, end, OK$.MODULE$, Option.empty(), Option.empty());
    }

    protected final void logKo(Session s, String request, long start, long end, String code, String message) {
        LatencyLog.record(request, start, end, false);
        stats.logResponse(s.scenario(), s.groups(), request, start, end, KO$.MODULE$, Option.apply(code),
                Option.apply(message));
    }

    /** Logs a KO for a request that could not even start, and moves on with a failed session. */
    protected final void failBeforeStart(Session s, String message) {
        long now = clock.nowMillis();
        logKo(s, name, now, now, null, message);
        next.$bang(s.markAsFailed());
    }

    /** The cause worth reporting: futures wrap the driver's exception. */
    static String describe(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Logger logger() {
        return LOGGER;
    }

    @Override
    public final void com$typesafe$scalalogging$StrictLogging$_setter_$logger_$eq(Logger logger) {
        // The logger is a constant; Scala's trait initialiser would call this, Java code never does.
    }
}
