package org.imapharness.scenarios.security;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The safety budget of one run: at most this many connections opened and bytes sent, whatever
 * the checks ask for, so a run against a production server cannot turn into a load test by
 * accident. Exceeding it ends the check that tried, with the reason.
 */
public final class Budget {
    private final int maxConnections;
    private final long maxBytes;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();

    public Budget(int maxConnections, long maxBytes) {
        if (maxConnections < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("the safety budget must allow at least one connection and byte");
        }
        this.maxConnections = maxConnections;
        this.maxBytes = maxBytes;
    }

    void connection() throws BudgetExceeded {
        if (connections.incrementAndGet() > maxConnections) {
            throw new BudgetExceeded("the run's safety budget of " + maxConnections
                    + " connections is spent (imap.security.max-connections)");
        }
    }

    void sending(long n) throws BudgetExceeded {
        if (bytes.addAndGet(n) > maxBytes) {
            throw new BudgetExceeded("the run's safety budget of " + maxBytes
                    + " bytes sent is spent (imap.security.max-bytes)");
        }
    }

    public int connectionsUsed() {
        return connections.get();
    }

    public long bytesUsed() {
        return bytes.get();
    }

    /** A check wanted more than the budget allows; reported as the check's error, not the server's fault. */
    public static final class BudgetExceeded extends java.io.IOException {
        private static final long serialVersionUID = 1L;

        BudgetExceeded(String message) {
            super(message);
        }
    }
}
