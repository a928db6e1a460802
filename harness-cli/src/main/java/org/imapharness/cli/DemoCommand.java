package org.imapharness.cli;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.concurrent.Callable;
import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.client.ImapClientException;
import org.imapharness.core.client.Trust;
import org.imapharness.server.ImapServer;
import org.imapharness.server.RunningServer;
import org.imapharness.server.auth.InlineUser;
import org.imapharness.server.config.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demo}: a short tour of the driver against the bundled reference server started
 * in-process (or any server given with {@code --host}): TLS, login, mailbox and message
 * commands, IDLE woken by a second connection; prints each step and the transcript.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Drives a short mail-client session against the bundled server (default) or --host.",
        footer = {"%nExamples:",
            "  imap-harness demo",
            "  imap-harness demo --host 127.0.0.1 --port 11993 --user user1 --password secret --insecure"})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--host", description = "Server host (default: the bundled server, started in-process).")
    String host;

    @Option(names = "--port", description = "Implicit-TLS port of --host (default 993).")
    int port = 993;

    @Option(names = "--user", description = "User name (default demo on the bundled server).")
    String user = "demo";

    @Option(names = "--password", description = "Password (default demo on the bundled server).")
    String password = "demo";

    @Option(names = "--insecure", description = "Do not check the server's certificate (--host only).")
    boolean insecure;

    @Option(names = "--quiet", description = "Do not print the transcript.")
    boolean quiet;

    @Override
    public Integer call() {
        if (host != null) {
            return tour(ImapClientConfig.implicitTls(host, port).withTrust(insecure ? Trust.insecure() : Trust.system()));
        }
        ServerConfig config = ServerConfig.builder().port(0).tlsPort(0)
                .addUser(new InlineUser(user, password)).build();
        try (RunningServer server = ImapServer.start(config)) {
            System.out.println("bundled reference server on 127.0.0.1:" + server.tlsPort() + " (implicit TLS), "
                    + "127.0.0.1:" + server.plainPort() + " (STARTTLS)");
            return tour(ImapClientConfig.implicitTls("127.0.0.1", server.tlsPort())
                    .withTrust(Trust.certificate(certificate(server.certificatePem()))));
        }
    }

    private int tour(ImapClientConfig config) {
        try {
            DemoTour tour = new DemoTour(config, user, password);
            boolean ok = tour.run(System.out);
            if (!quiet) {
                System.out.println();
                System.out.println("transcript of the first connection (credentials redacted):");
                System.out.println(tour.transcript());
            }
            return ok ? 0 : 1;
        } catch (ImapClientException e) {
            System.err.println("demo: " + e.getMessage());
            return 2;
        }
    }

    private static X509Certificate certificate(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException e) {
            throw new IllegalStateException("the bundled server's certificate does not parse: " + e.getMessage(), e);
        }
    }
}
