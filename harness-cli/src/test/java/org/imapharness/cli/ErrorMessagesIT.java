package org.imapharness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imapharness.server.ImapServer;
import org.imapharness.server.RunningServer;
import org.imapharness.server.auth.InlineUser;
import org.imapharness.server.config.ServerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The errors a person meets first, each over real sockets: one line that names the endpoint and
 * the reason, exit code 2, no stack trace.
 */
class ErrorMessagesIT {
    private static RunningServer server;

    @TempDir
    Path out;

    private final CommandOutput output = new CommandOutput();

    @BeforeAll
    static void startServer() {
        server = ImapServer.start(ServerConfig.builder().port(0).tlsPort(0)
                .addUser(new InlineUser("alice", "alicepw")).build());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void unreachableHost() {
        String error = checkFails("--target", "imap://127.0.0.1:1", "--user", "u", "--password", "p");
        assertEquals("check: cannot connect to 127.0.0.1:1: connection refused", error);
    }

    @Test
    void implicitTlsToAPlaintextPortNamesTheHandshakeAndTheReason() {
        String error = checkFails("--target", "imaps://127.0.0.1:" + server.plainPort(), "--user", "alice",
                "--password", "alicepw");
        assertTrue(error.startsWith("check: TLS handshake with 127.0.0.1:" + server.plainPort() + " failed: "), error);
        assertTrue(error.contains("without TLS") && error.contains("imap://127.0.0.1:" + server.plainPort()), error);
    }

    @Test
    void anUntrustedCertificateNamesTheCertificateAndTheWayOut() {
        String error = checkFails("--target", "imaps://127.0.0.1:" + server.tlsPort(), "--user", "alice",
                "--password", "alicepw");
        assertTrue(error.startsWith("check: TLS handshake with 127.0.0.1:" + server.tlsPort()
                + " failed: certificate not trusted ("), error);
        assertTrue(error.contains("--certificate") && error.contains("--insecure"), error);
    }

    /** Over implicit TLS (imaps) and after STARTTLS (imap) alike. */
    @ParameterizedTest
    @ValueSource(strings = {"imaps", "imap"})
    void badCredentialsNameTheUserButNotThePassword(String scheme) throws IOException {
        Path pem = Files.writeString(out.resolve("server.pem"), server.certificatePem());
        int port = scheme.equals("imaps") ? server.tlsPort() : server.plainPort();
        String error = checkFails("--target", scheme + "://127.0.0.1:" + port, "--certificate", pem.toString(),
                "--user", "alice", "--password", "wrong");
        assertTrue(error.startsWith("check: login refused for user alice: NO "), error);
        assertFalse(error.contains("wrong"), "the password stays out of the message: " + error);
    }

    @Test
    void anSshServerIsNotImapAndItsGreetingIsQuoted() throws Exception {
        try (Banner ssh = new Banner("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n")) {
            String error = checkFails("--target", "imap://127.0.0.1:" + ssh.port() + "?tls=none", "--user", "u",
                    "--password", "p");
            assertEquals("check: not an IMAP server: greeting was \"SSH-2.0-OpenSSH_9.2p1 Debian-2\" (from 127.0.0.1:"
                    + ssh.port() + ")", error);
        }
    }

    @Test
    void anHttpServerIsNotImap() throws Exception {
        try (Banner http = new Banner("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")) {
            String error = checkFails("--target", "imap://127.0.0.1:" + http.port(), "--user", "u", "--password", "p");
            assertTrue(error.startsWith("check: not an IMAP server: greeting was \"HTTP/1.1 400 Bad Request\""), error);
        }
    }

    @Test
    void aMalformedScenarioFileIsNamedByFileLineAndColumn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.imap"), "name: broken on purpose\nrfc: 3501 6.1.2 MUST\n\nC: NOOP\nS: OK (\n");
        int exit = output.run(new ConformanceCommand(), out, "--scenarios", dir.toString(), "--tag", "rfc3501-6.1.2");
        // ConformanceCommand counts a file that does not parse as a failed check of unknown level: exit 1.
        assertEquals(1, exit, output.stdout());
        String line = output.stdout().lines().filter(l -> l.contains("broken.imap:")).findFirst().orElseThrow();
        assertTrue(line.matches(".*broken\\.imap:5:\\d+: .+"), "file:line:col: " + line);
        assertNoStackTrace(output.stdout() + output.stderr());
    }

    /** Runs check, expects exit code 2 and exactly one line on stderr; returns it. */
    private String checkFails(String... args) {
        int exit = output.run(new CheckCommand(), out, args);
        assertEquals(2, exit, "stderr: " + output.stderr() + "\nstdout: " + output.stdout());
        assertNoStackTrace(output.stdout() + output.stderr());
        assertEquals(1, output.stderr().lines().count(), "one line: " + output.stderr());
        return output.stderr().strip();
    }

    private static void assertNoStackTrace(String text) {
        assertFalse(text.contains("\tat ") || text.contains("Exception:"), "no stack trace: " + text);
    }

    /** A server that is not IMAP: it sends its banner to each connection, then waits. */
    private static final class Banner implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        private final Thread acceptor;

        Banner(String banner) throws IOException {
            acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket s = socket.accept()) {
                        OutputStream o = s.getOutputStream();
                        o.write(banner.getBytes(StandardCharsets.US_ASCII));
                        o.flush();
                        s.setSoTimeout(3000);
                        s.getInputStream().read();
                    } catch (IOException e) {
                        // next connection, or closed
                    }
                }
            }, "banner");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
