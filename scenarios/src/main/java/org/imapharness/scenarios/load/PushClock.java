package org.imapharness.scenarios.load;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures push latency for IDLE fan-out: a delivering request stamps the time it sent each
 * message ({@code imap(..).append(..).marksDelivery(clock)}), and idling users that learn of
 * message {@code n} through {@code * n EXISTS} (RFC 2177, RFC 3501 §7.3.1) log a request named
 * {@link #requestName()} from that stamp to the arrival.
 *
 * <p>The message number of a delivery is worked out, not read from the server: it is {@code
 * messagesBefore} plus the delivery's ordinal. That is exact when one delivering user sends one
 * APPEND at a time to a mailbox nobody else changes, which is how {@code IdleFanOutSimulation}
 * uses it; concurrent deliverers can swap neighbours' stamps by at most their overlap.
 * Thread-safe; share one instance between the deliverer and the idlers of a simulation.
 */
public final class PushClock {
    private final String requestName;
    private final long messagesBefore;
    private final AtomicLong delivered = new AtomicLong();
    private final ConcurrentHashMap<Long, Long> sentAt = new ConcurrentHashMap<>();

    private PushClock(String requestName, long messagesBefore) {
        this.requestName = Objects.requireNonNull(requestName, "requestName");
        if (messagesBefore < 0) {
            throw new IllegalArgumentException("messagesBefore must be >= 0, was " + messagesBefore);
        }
        this.messagesBefore = messagesBefore;
    }

    /** @param messagesBefore how many messages the watched mailbox holds before the first delivery */
    public static PushClock named(String requestName, long messagesBefore) {
        return new PushClock(requestName, messagesBefore);
    }

    public String requestName() {
        return requestName;
    }

    /** Deliveries stamped so far. */
    public long delivered() {
        return delivered.get();
    }

    void stamp(long nowMillis) {
        sentAt.put(messagesBefore + delivered.incrementAndGet(), nowMillis);
    }

    /** When message number {@code n} was sent, or null if it was not one of our deliveries. */
    Long sentAt(long messageNumber) {
        return sentAt.get(messageNumber);
    }
}
