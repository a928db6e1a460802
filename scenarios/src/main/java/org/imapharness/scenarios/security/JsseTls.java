package org.imapharness.scenarios.security;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.imapharness.core.client.Trust;

/**
 * Blocking JDK TLS for the raw wire: the checks need a socket they can write any byte to, before
 * and after the handshake, which a Netty pipeline hides. Trust follows the target's
 * {@link Trust}; TLS 1.2 and 1.3 only, host name checked unless the trust says not to.
 */
final class JsseTls {
    private JsseTls() {
    }

    /** Runs the handshake over {@code plain} (already connected; STARTTLS accepted or implicit TLS). */
    static SSLSocket handshake(Socket plain, Endpoint endpoint, int timeoutMillis) throws IOException {
        return handshake(plain, endpoint, timeoutMillis, context(endpoint.trust()), endpoint.trust().verifiesHostName());
    }

    static SSLSocket handshake(Socket plain, Endpoint endpoint, int timeoutMillis, SSLContext context,
                               boolean verifyHost) throws IOException {
        SSLSocket tls = (SSLSocket) context.getSocketFactory()
                .createSocket(plain, endpoint.host(), endpoint.port(), true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        parameters.setEndpointIdentificationAlgorithm(verifyHost ? "HTTPS" : null);
        tls.setSSLParameters(parameters);
        tls.setSoTimeout(timeoutMillis);
        tls.startHandshake();
        return tls;
    }

    static SSLContext context(Trust trust) throws IOException {
        try {
            return contextWith(trustManagers(trust));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    /** A context that accepts any chain and remembers it, to report on a certificate that fails. */
    static SSLContext recording(List<X509Certificate> seen) throws IOException {
        try {
            return contextWith(new TrustManager[] {new AcceptingTrustManager(chain -> {
                seen.clear();
                seen.addAll(List.of(chain));
            })});
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    private static SSLContext contextWith(TrustManager[] trustManagers) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trustManagers, null);
        return context;
    }

    private static TrustManager[] trustManagers(Trust trust) throws GeneralSecurityException, IOException {
        if (trust instanceof Trust.Insecure) {
            // Trust.insecure(): the user asked for no checking, and reports say so.
            return new TrustManager[] {new AcceptingTrustManager(chain -> { })};
        }
        if (trust instanceof Trust.Certificates certificates) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            List<X509Certificate> list = new ArrayList<>(certificates.certificates());
            for (int i = 0; i < list.size(); i++) {
                store.setCertificateEntry("trusted-" + i, list.get(i));
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory.getTrustManagers();
        }
        return null; // the JDK's default trust store
    }

    /** Accepts every server chain, handing it to {@code onServerChain}; this side never checks clients. */
    private record AcceptingTrustManager(Consumer<X509Certificate[]> onServerChain) implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("the security checks are a TLS client: they never verify clients");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            onServerChain.accept(chain);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
