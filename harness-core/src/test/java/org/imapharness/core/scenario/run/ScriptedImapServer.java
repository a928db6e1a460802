package org.imapharness.core.scenario.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A TCP server on 127.0.0.1 that plays a script with the first connection it accepts, for
 * behaviour real servers do not show on demand (malformed responses, silence, abrupt closes).
 * Reads time out after 10 s, so a broken test fails instead of hanging.
 */
final class ScriptedImapServer implements AutoCloseable {

    @FunctionalInterface
    interface Script {
        void play(Peer peer) throws Exception;
    }

    private final ServerSocket server;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    ScriptedImapServer(Script script) throws IOException {
        server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            try (Socket s = server.accept()) {
                s.setSoTimeout(10_000);
                script.play(new Peer(s));
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, "scripted-imap-server");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Waits for the script to end, rethrowing what it failed with. */
    void finish() throws Exception {
        try {
            done.get(15, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /** The connected client, seen from the server. */
    static final class Peer {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Peer(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        /** Sends text with CRLF line ends ({@code \n} in {@code text} becomes CRLF). */
        void send(String text) throws IOException {
            out.write(text.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        /** One line from the client, without its CRLF; null at end of stream. */
        String line() throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                b.write(c);
            }
            if (c < 0 && b.size() == 0) {
                return null;
            }
            String s = b.toString(StandardCharsets.ISO_8859_1);
            return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
        }

        byte[] bytes(int n) throws IOException {
            return in.readNBytes(n);
        }

        /** Waits until the client closes, so that its last lines are seen before the script ends. */
        void drain() throws IOException {
            while (line() != null) {
                // discard
            }
        }

        void close() throws IOException {
            socket.close();
        }
    }
}
