package org.imapharness.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import org.imapharness.core.client.ImapClientConfig;

/**
 * Reads the first line a plaintext port sends, to quote it when the peer is not an IMAP server
 * ({@code SSH-2.0-OpenSSH_9.2}, {@code HTTP/1.1 400 Bad Request}). Its own socket with its own
 * timeouts, so what the IMAP client made of the bytes does not matter.
 */
final class GreetingSniffer {
    private static final int MAX_BYTES = 120;

    private GreetingSniffer() {
    }

    /** The first line, quoted and made printable ({@code "SSH-2.0-OpenSSH"}); {@code null} if nothing came. */
    static String firstLine(ImapClientConfig config) {
        int timeout = (int) Math.min(Integer.MAX_VALUE, config.commandTimeout().toMillis());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(config.host(), config.port()), timeout);
            socket.setSoTimeout(timeout);
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder("\"");
            try {
                for (int i = 0, b; i < MAX_BYTES && (b = in.read()) >= 0 && b != '\r' && b != '\n'; i++) {
                    line.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02x", b));
                }
            } catch (SocketTimeoutException e) {
                // A line without its end: quote what came.
            }
            return line.length() == 1 ? null : line.append('"').toString();
        } catch (IOException e) {
            return null;
        }
    }
}
