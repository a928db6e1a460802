package org.imapharness.server.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * A scripted IMAP client over a plain {@link Socket} or {@link SSLSocket}: sends lines exactly as
 * written and reads response lines, with literals folded into their line. Deliberately dumb (no
 * parsing beyond lines and literal counts) so the server is judged by bytes, not by our own codec.
 * Every read has a timeout.
 */
public final class ScriptClient implements AutoCloseable {
    public static final int TIMEOUT_MS = 5_000;

    private Socket socket;
    private InputStream in;
    private OutputStream out;

    private ScriptClient(Socket socket) throws IOException {
        attach(socket);
    }

    public static ScriptClient plain(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MS);
        return new ScriptClient(socket);
    }

    /** Implicit TLS, trusting only {@code trustPem}. */
    public static ScriptClient tls(int port, String trustPem) throws IOException {
        SSLSocket socket = (SSLSocket) context(trustPem).getSocketFactory().createSocket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MS);
        socket.setSoTimeout(TIMEOUT_MS);
        socket.startHandshake();
        return new ScriptClient(socket);
    }

    /** Layers TLS over the current connection (after the server's OK to STARTTLS). */
    public void startTls(String trustPem) throws IOException {
        SSLSocket tls = (SSLSocket) context(trustPem).getSocketFactory()
                .createSocket(socket, "localhost", socket.getPort(), true);
        tls.setUseClientMode(true);
        tls.setSoTimeout(TIMEOUT_MS);
        tls.startHandshake();
        attach(tls);
    }

    private void attach(Socket s) throws IOException {
        socket = s;
        socket.setSoTimeout(TIMEOUT_MS);
        in = new java.io.BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** Sends {@code line} plus CRLF. */
    public ScriptClient send(String line) throws IOException {
        return sendRaw((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    public ScriptClient sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** Sends {@code tag + " " + command} and returns every line up to and including the tagged one. */
    public List<String> command(String tag, String command) throws IOException {
        send(tag + " " + command);
        return readUntilTagged(tag);
    }

    public List<String> readUntilTagged(String tag) throws IOException {
        List<String> lines = new ArrayList<>();
        while (true) {
            String line = readLine();
            lines.add(line);
            if (line.startsWith(tag + " ")) {
                return lines;
            }
        }
    }

    /** The tagged line of {@code lines} (the last one). */
    public static String tagged(List<String> lines) {
        return lines.get(lines.size() - 1);
    }

    /**
     * One response line without CRLF; a literal {@code {n}} at its end is read and appended
     * (as Latin-1 text, so bytes map one to one), then the line continues.
     */
    public String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            String part = rawLine();
            line.append(part);
            int open = part.lastIndexOf('{');
            if (open >= 0 && part.endsWith("}") && part.substring(open + 1, part.length() - 1).matches("\\d+")) {
                int n = Integer.parseInt(part.substring(open + 1, part.length() - 1));
                line.append("\r\n").append(new String(readBytes(n), StandardCharsets.ISO_8859_1));
                continue;
            }
            return line.toString();
        }
    }

    /** True when nothing arrives within {@code millis}. */
    public boolean silentFor(int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            in.mark(1);
            int b = in.read();
            if (b < 0) {
                throw new EOFException("server closed the connection");
            }
            in.reset();
            return false;
        } catch (SocketTimeoutException expected) {
            return true;
        } finally {
            socket.setSoTimeout(TIMEOUT_MS);
        }
    }

    /** True once the server has closed the connection (reads EOF within the timeout). */
    public boolean closedByServer() throws IOException {
        try {
            while (in.read() >= 0) {
                // drain whatever was still in flight
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private String rawLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed after: " + line.toString(StandardCharsets.ISO_8859_1));
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
    }

    private byte[] readBytes(int n) throws IOException {
        byte[] bytes = in.readNBytes(n);
        if (bytes.length < n) {
            throw new EOFException("literal cut short: " + bytes.length + " of " + n);
        }
        return bytes;
    }

    private static SSLContext context(String trustPem) throws IOException {
        try {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(
                    new ByteArrayInputStream(trustPem.getBytes(StandardCharsets.US_ASCII))));
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException("cannot trust the test certificate: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
