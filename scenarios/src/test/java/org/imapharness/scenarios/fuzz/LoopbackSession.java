package org.imapharness.scenarios.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * One TCP session against the server on 127.0.0.1: write the client's bytes and epilogue, then
 * read until the server closes the connection, accepts STARTTLS, or the deadline passes. The
 * input is small (the fuzzer's inputs plus at most {@link ClientInput#MAX_PADDING}), so writing
 * it all before reading cannot dead-lock on full socket buffers.
 */
final class LoopbackSession {
    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;

    /** How a session ended. */
    enum Ending {
        /** The server closed the connection (LOGOUT, BYE, or EOF after a half-close). */
        CLOSED,
        /** The connection was reset: the server closed while input was still unread, output may be cut. */
        RESET,
        /** The server accepted STARTTLS; the client stopped, as it speaks no TLS. */
        STARTTLS,
        /** The deadline passed with the connection still open: the server stopped answering. */
        STALLED
    }

    record Result(ServerReplies replies, Ending ending) {
    }

    private LoopbackSession() {
    }

    static Result run(int port, ClientInput input, Duration deadline) throws IOException {
        ServerReplies replies = new ServerReplies(input.startTlsTags());
        long end = System.nanoTime() + deadline.toNanos();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_TIMEOUT_MILLIS);
            socket.setTcpNoDelay(true);
            boolean written = write(socket, input);
            Ending ending = read(socket, replies, end);
            return new Result(replies, written || ending != Ending.CLOSED ? ending : Ending.RESET);
        }
    }

    /** False when the server reset the connection while we were still writing. */
    private static boolean write(Socket socket, ClientInput input) throws IOException {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(input.bytes());
            out.write(input.epilogue());
            out.flush();
            if (input.halfClose()) {
                socket.shutdownOutput();
            }
            return true;
        } catch (IOException closedEarly) {
            // A LOGOUT inside the input: the server is gone before the rest was written.
            return false;
        }
    }

    private static Ending read(Socket socket, ServerReplies replies, long end) throws IOException {
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[16 * 1024];
        while (true) {
            long left = (end - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return Ending.STALLED;
            }
            int n;
            try {
                socket.setSoTimeout((int) left);
                n = in.read(buffer);
            } catch (SocketTimeoutException quiet) {
                return Ending.STALLED;
            } catch (IOException reset) {
                return Ending.RESET;
            }
            if (n < 0) {
                return Ending.CLOSED;
            }
            replies.received(buffer, n);
            if (replies.startTlsAccepted()) {
                return Ending.STARTTLS;
            }
        }
    }
}
