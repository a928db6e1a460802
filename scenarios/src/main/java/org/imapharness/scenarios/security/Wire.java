package org.imapharness.scenarios.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * A raw IMAP connection on a blocking socket: exact bytes out, responses framed the way the
 * server framed them (lines plus the literals they announce), and a deadline on every wait.
 * Writes have a deadline too: a watchdog closes the socket if a write cannot finish because the
 * server stopped reading, so even a flood cannot hang the harness.
 */
final class Wire implements AutoCloseable {
    /** Most bytes of one response kept for judging; the rest is read and dropped. */
    private static final int KEEP = 64 * 1024;
    /** Literals the server announces beyond this are not followed: we stop reading there. */
    private static final long MAX_FOLLOWED_LITERAL = 16L << 20;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "imap-security-write-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final Endpoint endpoint;
    private final Duration timeout;
    private final Budget budget;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;
    private byte[] plaintextAfterStartTls = new byte[0];
    private volatile boolean stalled;

    private Wire(Endpoint endpoint, Duration timeout, Budget budget) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.budget = budget;
    }

    /** Connects (and for implicit TLS, shakes hands); the greeting is left to be read. */
    static Wire open(Endpoint endpoint, Duration timeout, Budget budget) throws IOException {
        budget.connection();
        Wire wire = new Wire(endpoint, timeout, budget);
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), (int) timeout.toMillis());
            plain.setTcpNoDelay(true);
            wire.use(endpoint.implicitTls() ? JsseTls.handshake(plain, endpoint, (int) timeout.toMillis()) : plain);
        } catch (IOException e) {
            plain.close();
            throw new IOException("cannot connect to " + endpoint.describe() + ": " + e.getMessage(), e);
        }
        return wire;
    }

    private void use(Socket s) throws IOException {
        socket = s;
        in = s.getInputStream();
        out = s.getOutputStream();
    }

    Endpoint endpoint() {
        return endpoint;
    }

    Duration timeout() {
        return timeout;
    }

    Socket socket() {
        return socket;
    }

    void send(String ascii) throws IOException {
        send(ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    void send(byte[] bytes) throws IOException {
        budget.sending(bytes.length);
        Duration allowed = timeout.plusMillis(bytes.length / 100); // 100 kB/s is slow for loopback or LAN
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(this::stall, allowed.toMillis(), TimeUnit.MILLISECONDS);
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw stalled ? new WriteStalled(allowed) : e;
        } finally {
            watchdog.cancel(false);
        }
    }

    private void stall() {
        stalled = true;
        closeQuietly();
    }

    /** The next response within the default timeout. */
    Reply read() throws IOException {
        return read(timeout);
    }

    Reply read(Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        try {
            while (true) {
                int lineStart = kept.size();
                if (!readLine(kept, deadline)) {
                    return Reply.CLOSED;
                }
                long literal = announcedLiteral(kept.toByteArray(), lineStart);
                if (literal < 0) {
                    return Reply.of(text(kept));
                }
                if (literal > MAX_FOLLOWED_LITERAL) {
                    return Reply.of(text(kept) + " (literal of " + literal + " bytes not read)");
                }
                for (long n = 0; n < literal; n++) {
                    int b = next(deadline);
                    if (b < 0) {
                        return Reply.CLOSED;
                    }
                    keep(kept, b);
                }
            }
        } catch (SocketTimeoutException e) {
            return Reply.TIMEOUT;
        } catch (IOException e) {
            if (stalled || socket.isClosed()) {
                return Reply.CLOSED;
            }
            // A reset after the server gave up on us is an end like any other.
            return new Reply(Reply.Kind.CLOSED, "(connection reset: " + e.getMessage() + ")");
        }
    }

    /** Reads through the next LF; false at the end of the stream. */
    private boolean readLine(ByteArrayOutputStream kept, long deadline) throws IOException {
        while (true) {
            int b = next(deadline);
            if (b < 0) {
                return false;
            }
            keep(kept, b);
            if (b == '\n') {
                return true;
            }
        }
    }

    private static void keep(ByteArrayOutputStream kept, int b) {
        if (kept.size() < KEEP) {
            kept.write(b);
        }
    }

    private int next(long deadline) throws IOException {
        if (position == limit) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new SocketTimeoutException();
            }
            socket.setSoTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            int n = in.read(buffer);
            if (n < 0) {
                return -1;
            }
            position = 0;
            limit = n;
        }
        return buffer[position++] & 0xff;
    }

    /** The size in {@code {n}} / {@code ~{n}} at the end of the line starting at {@code from}, else -1. */
    static long announcedLiteral(byte[] bytes, int from) {
        int end = bytes.length;
        if (end - from < 5 || bytes[end - 1] != '\n' || bytes[end - 2] != '\r' || bytes[end - 3] != '}') {
            return -1;
        }
        int i = end - 4;
        long size = 0;
        long scale = 1;
        while (i >= from && bytes[i] >= '0' && bytes[i] <= '9' && scale <= 1_000_000_000_000L) {
            size += (bytes[i] - '0') * scale;
            scale *= 10;
            i--;
        }
        return i >= from && bytes[i] == '{' && i < end - 4 ? size : -1;
    }

    private static String text(ByteArrayOutputStream kept) {
        String s = kept.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r\n") ? s.substring(0, s.length() - 2) : s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    /** Sends {@code tag SP line CRLF} and collects the answer. */
    Exchange command(String tag, String line) throws IOException {
        send(tag + " " + line + "\r\n");
        return collect(tag, timeout);
    }

    /**
     * Responses up to the one tagged {@code tag}, a continuation request, a {@code * BYE} (after
     * which the tagged answer is awaited only briefly), the end of the connection, or the deadline.
     */
    Exchange collect(String tag, Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        List<Reply> untagged = new ArrayList<>();
        while (true) {
            Duration left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
            Reply reply = read(left);
            if (!reply.isResponse() || reply.taggedBy(tag) || reply.isContinuation()) {
                return new Exchange(untagged, reply);
            }
            if (reply.isBye()) {
                Reply after = read(Duration.ofMillis(300));
                if (after.taggedBy(tag)) {
                    untagged.add(reply);
                    return new Exchange(untagged, after);
                }
                return new Exchange(untagged, reply);
            }
            untagged.add(reply);
        }
    }

    /**
     * After the tagged OK to STARTTLS: the handshake over the same socket. Bytes the server sent
     * in the clear after its OK are kept as evidence (a server must not answer pipelined
     * plaintext, RFC 3501 §6.2.1) and never read as responses.
     */
    void startTls() throws IOException {
        plaintextAfterStartTls = java.util.Arrays.copyOfRange(buffer, position, limit);
        position = limit = 0;
        use(JsseTls.handshake(socket, endpoint, (int) timeout.toMillis()));
    }

    String plaintextAfterStartTls() {
        return new String(plaintextAfterStartTls, StandardCharsets.ISO_8859_1);
    }

    SSLSession tlsSession() {
        return socket instanceof SSLSocket tls ? tls.getSession() : null;
    }

    /**
     * Reads and drops whatever comes until the server closes; how long that took, or null if the
     * connection was still open at {@code bound}.
     */
    Duration closedWithin(Duration bound) throws IOException {
        long start = System.nanoTime();
        long deadline = start + bound.toNanos();
        while (System.nanoTime() < deadline) {
            Reply r = read(Duration.ofNanos(deadline - System.nanoTime()));
            if (r.kind() == Reply.Kind.CLOSED) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
        }
        return null;
    }

    boolean isOpen() {
        return !socket.isClosed();
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is best effort; the server sees the FIN or a reset either way
        }
    }

    /** A write could not finish in time: the server stopped reading. */
    static final class WriteStalled extends IOException {
        private static final long serialVersionUID = 1L;

        WriteStalled(Duration allowed) {
            super("the server stopped reading: a write did not finish within " + allowed.toMillis() + " ms");
        }
    }
}
