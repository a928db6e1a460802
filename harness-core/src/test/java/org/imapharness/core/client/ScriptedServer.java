package org.imapharness.core.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A real TCP server on 127.0.0.1 that plays one scripted conversation, for behaviour no
 * well-behaved server shows on demand (silence, injected bytes, abrupt closes). Reads time out
 * after 10 s so a broken test fails instead of hanging.
 */
public final class ScriptedServer implements AutoCloseable {

    @FunctionalInterface
    public interface Script {
        void play(Peer peer) throws Exception;
    }

    private final ServerSocket server;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    private ScriptedServer(Script script) throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
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

    public static ScriptedServer start(Script script) throws IOException {
        return new ScriptedServer(script);
    }

    public int port() {
        return server.getLocalPort();
    }

    public ImapClientConfig config() {
        return ImapClientConfig.plain("127.0.0.1", port()).withCommandTimeout(Duration.ofSeconds(5));
    }

    /** Waits for the script to end and rethrows its failure (e.g. an assertion on what the client sent). */
    public void awaitScript() throws Exception {
        try {
            done.get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw new AssertionError(e.getCause());
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /** The server's side of the connection. */
    public static final class Peer {
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Peer(Socket socket) throws IOException {
            use(socket);
        }

        private void use(Socket s) throws IOException {
            socket = s;
            in = s.getInputStream();
            out = s.getOutputStream();
        }

        /** One line without its CRLF. */
        public String readLine() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != '\n') {
                if (b < 0) {
                    throw new IOException("client closed; line so far: " + line);
                }
                line.write(b);
            }
            String s = line.toString(StandardCharsets.ISO_8859_1);
            return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
        }

        public byte[] readBytes(int n) throws IOException {
            return in.readNBytes(n);
        }

        /** Reads until the client closes or {@code quietMillis} pass without data. */
        public String readAvailable(int quietMillis) throws IOException {
            socket.setSoTimeout(quietMillis);
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            try {
                int b;
                while ((b = in.read()) >= 0) {
                    got.write(b);
                }
            } catch (java.net.SocketTimeoutException e) {
                // quiet: done
            } finally {
                socket.setSoTimeout(10_000);
            }
            return got.toString(StandardCharsets.ISO_8859_1);
        }

        public void send(String s) throws IOException {
            out.write(s.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        /** Sends text written with {@code \n} line ends as CRLF lines. */
        public void sendLines(String text) throws IOException {
            send(text.replace("\n", "\r\n"));
        }

        /** Reads and discards until the client closes, so its last lines are seen before the script ends. */
        public void drain() throws IOException {
            while (in.read() >= 0) {
                // discard
            }
        }

        /** Starts TLS as the server over the same socket (after STARTTLS's OK). */
        public void startTls(SSLContext context) throws IOException {
            SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(socket, null, socket.getPort(), true);
            tls.setUseClientMode(false);
            tls.setSoTimeout(10_000);
            tls.startHandshake();
            use(tls);
        }

        /** The TLS session after {@link #startTls}, e.g. to read the SNI names the client sent. */
        public javax.net.ssl.SSLSession tlsSession() {
            return ((SSLSocket) socket).getSession();
        }

        public void close() throws IOException {
            socket.close();
        }
    }
}
