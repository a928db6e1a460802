package org.imapharness.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled server logs every connection at INFO, which {@code serve} wants. A suite run
 * against the embedded server opens hundreds of connections, and those lines would bury the
 * progress line and the summary; the suites report what went wrong themselves.
 */
final class ServerLogs {
    private static final String SERVER = "org.imapharness.server";

    private ServerLogs() {
    }

    /** From now on only the server's warnings and errors are printed. */
    static void warningsOnly() {
        if (LoggerFactory.getLogger(SERVER) instanceof Logger logger) {
            logger.setLevel(Level.WARN);
        }
    }
}
