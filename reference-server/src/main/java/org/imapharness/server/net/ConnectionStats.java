package org.imapharness.server.net;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the one log line per connection reports (remote address, user, duration, commands,
 * bytes). The transport counts bytes on the event loop; the session sets the user and counts
 * commands, possibly on another thread, hence the atomics and volatiles.
 */
public final class ConnectionStats {
    private final InetSocketAddress remote;
    private final PortKind port;
    private final long startNanos = System.nanoTime();
    private final AtomicLong commands = new AtomicLong();
    private final AtomicLong bytesIn = new AtomicLong();
    private final AtomicLong bytesOut = new AtomicLong();
    private final AtomicLong discarded = new AtomicLong();
    private volatile String user;
    private volatile boolean startTls;
    private volatile String closeReason = "client closed";

    public ConnectionStats(InetSocketAddress remote, PortKind port) {
        this.remote = remote;
        this.port = port;
    }

    public InetSocketAddress remote() {
        return remote;
    }

    public PortKind port() {
        return port;
    }

    public void user(String name) {
        user = name;
    }

    public String user() {
        return user;
    }

    public void commandRead() {
        commands.incrementAndGet();
    }

    /** Frames thrown away unexecuted (plaintext pipelined after STARTTLS). */
    public void discarded(long frames) {
        discarded.addAndGet(frames);
    }

    public void startedTls() {
        startTls = true;
    }

    /** Why the server ended the connection; the first reason given wins. */
    public void closeReason(String reason) {
        if ("client closed".equals(closeReason)) {
            closeReason = reason;
        }
    }

    void read(long bytes) {
        bytesIn.addAndGet(bytes);
    }

    void written(long bytes) {
        bytesOut.addAndGet(bytes);
    }

    public long commands() {
        return commands.get();
    }

    public Duration age() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** The log line's text, e.g. {@code 127.0.0.1:50412 user=alice tls=starttls 1.204s commands=12 in=341B out=2.1KiB}. */
    public String summary() {
        String tls = port == PortKind.IMPLICIT_TLS ? "implicit" : startTls ? "starttls" : "none";
        StringBuilder line = new StringBuilder()
                .append(remote.getAddress().getHostAddress()).append(':').append(remote.getPort())
                .append(" user=").append(user == null ? "-" : user)
                .append(" tls=").append(tls)
                .append(" duration=").append(seconds(age().toMillis()))
                .append(" commands=").append(commands.get())
                .append(" in=").append(bytesIn.get()).append('B')
                .append(" out=").append(bytesOut.get()).append('B');
        if (discarded.get() > 0) {
            line.append(" discarded=").append(discarded.get());
        }
        return line.append(" end=\"").append(closeReason).append('"').toString();
    }

    /**
     * {@code 1.204s}. Not {@code String.format}: its Formatter and locale lookups were the largest
     * Java cost of a short connection (JFR samples, issue 8).
     */
    static String seconds(long millis) {
        long fraction = millis % 1000;
        return millis / 1000 + (fraction < 10 ? ".00" : fraction < 100 ? ".0" : ".") + fraction + "s";
    }
}
