package org.imapharness.server.thirdparty;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.imapharness.server.RunningServer;

/**
 * Angus Mail (the Jakarta Mail implementation, which we did not write) pointed at the reference
 * server: {@code imaps} on the implicit TLS port or {@code imap} with STARTTLS required, trusting
 * only the server's CA and checking the host name. Its protocol trace is kept for assertion messages.
 */
final class AngusClient implements AutoCloseable {
    private static final String TIMEOUT_MS = "10000";

    private final ByteArrayOutputStream trace = new ByteArrayOutputStream();
    private final Session session;
    private final Store store;

    private AngusClient(RunningServer server, boolean implicitTls, String user, String password)
            throws MessagingException {
        String protocol = implicitTls ? "imaps" : "imap";
        String prefix = "mail." + protocol + ".";
        Properties props = new Properties();
        props.put(prefix + "ssl.socketFactory", trustingOnly(server.certificatePem()));
        props.put(prefix + "ssl.checkserveridentity", "true");
        props.put(prefix + "connectiontimeout", TIMEOUT_MS);
        props.put(prefix + "timeout", TIMEOUT_MS);
        props.put(prefix + "writetimeout", TIMEOUT_MS);
        if (!implicitTls) {
            props.put(prefix + "starttls.enable", "true");
            props.put(prefix + "starttls.required", "true");
        }
        session = Session.getInstance(props);
        // The trace stream first: setDebug(true) already prints a line, which belongs in it, not on stdout.
        session.setDebugOut(new PrintStream(new SynchronizedSink(trace), true, StandardCharsets.UTF_8));
        session.setDebug(true);
        store = session.getStore(protocol);
        store.connect("localhost", implicitTls ? server.tlsPort() : server.plainPort(), user, password);
    }

    static AngusClient implicitTls(RunningServer server, String user, String password) throws MessagingException {
        return new AngusClient(server, true, user, password);
    }

    static AngusClient startTls(RunningServer server, String user, String password) throws MessagingException {
        return new AngusClient(server, false, user, password);
    }

    Store store() {
        return store;
    }

    Session session() {
        return session;
    }

    /** Angus's debug trace so far: the protocol exchange plus its own notes. */
    String trace() {
        synchronized (trace) {
            return trace.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws MessagingException {
        store.close();
    }

    private static SSLSocketFactory trustingOnly(String pem) {
        try {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("reference-ca", CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))));
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot trust the server's CA: " + e.getMessage(), e);
        }
    }

    /** The IDLE thread and the test thread both write to the trace. */
    private static final class SynchronizedSink extends OutputStream {
        private final ByteArrayOutputStream target;

        SynchronizedSink(ByteArrayOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            synchronized (target) {
                target.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (target) {
                target.write(b, off, len);
            }
        }
    }
}
