package org.imapharness.scenarios.fuzz;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.LoggerFactory;

/**
 * Catches what the server does with its own exceptions. The server never lets one reach the
 * socket: a failing command becomes {@code NO [SERVERBUG]} and an ERROR log line, a failing
 * pipeline handler a WARN with the throwable and a closed connection, and a response the writer
 * refuses an ERROR. So every ERROR event, and every WARN that carries a throwable, is a finding.
 *
 * <p>While installed, the root logger is raised to WARN: the server logs one INFO line per
 * connection, and thousands of sessions per second would drown the console and the fuzzer. The
 * server's start-up warnings (about the lax settings this test chooses on purpose) are muted too.
 */
final class ServerErrorLog extends AppenderBase<ILoggingEvent> implements AutoCloseable {
    private final ConcurrentLinkedQueue<String> findings = new ConcurrentLinkedQueue<>();
    private final Logger root;
    private final Level previousLevel;
    private final Logger startup;
    private final Level previousStartupLevel;

    private ServerErrorLog(Logger root, Logger startup) {
        this.root = root;
        this.previousLevel = root.getLevel();
        this.startup = startup;
        this.previousStartupLevel = startup.getLevel();
        setName("fuzz-server-errors");
        setContext(root.getLoggerContext());
        start();
        root.addAppender(this);
        root.setLevel(Level.WARN);
        startup.setLevel(Level.ERROR);
    }

    /** Installs the capture on logback's root logger. */
    static ServerErrorLog install() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            throw new IllegalStateException("the pipeline fuzz test needs logback as the SLF4J binding, found "
                    + LoggerFactory.getILoggerFactory().getClass().getName());
        }
        return new ServerErrorLog(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME),
                context.getLogger("org.imapharness.server.ImapServer"));
    }

    @Override
    protected void append(ILoggingEvent event) {
        IThrowableProxy thrown = event.getThrowableProxy();
        if (event.getLevel().isGreaterOrEqual(Level.ERROR) || (event.getLevel() == Level.WARN && thrown != null)) {
            findings.add(event.getLevel() + " " + event.getLoggerName() + " [" + event.getThreadName() + "]: "
                    + event.getFormattedMessage() + (thrown == null ? "" : "\n" + describe(thrown)));
        }
    }

    /** The findings since the last call. */
    List<String> drain() {
        List<String> out = new ArrayList<>();
        for (String s; (s = findings.poll()) != null; ) {
            out.add(s);
        }
        return out;
    }

    @Override
    public void close() {
        root.detachAppender(this);
        root.setLevel(previousLevel);
        startup.setLevel(previousStartupLevel);
        stop();
    }

    private static String describe(IThrowableProxy thrown) {
        StringBuilder out = new StringBuilder();
        for (IThrowableProxy t = thrown; t != null; t = t.getCause()) {
            out.append(t == thrown ? "" : "Caused by: ").append(t.getClassName()).append(": ").append(t.getMessage())
                    .append('\n');
            var frames = t.getStackTraceElementProxyArray();
            for (int i = 0; i < Math.min(12, frames.length); i++) {
                out.append("\tat ").append(frames[i].getStackTraceElement()).append('\n');
            }
        }
        return out.toString();
    }
}
