package org.imapharness.core.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Which server certificates the client accepts. */
public sealed interface Trust {

    /** Whether the certificate must name the host (RFC 6125; JSSE endpoint identification "HTTPS"). */
    boolean verifiesHostName();

    /** The JVM's default trust store, with host-name verification. The default. */
    static Trust system() {
        return new SystemDefault();
    }

    /** Only certificates chaining to these PEM certificates (one or more in the file), with host-name verification. */
    static Trust certificate(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            List<X509Certificate> certs = new ArrayList<>();
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certs.add((X509Certificate) c);
            }
            if (certs.isEmpty()) {
                throw new IllegalArgumentException("no certificate in " + pem);
            }
            return new Certificates(certs, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read trusted certificate " + pem, e);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("not a PEM X.509 certificate: " + pem + ": " + e.getMessage(), e);
        }
    }

    /** Only certificates chaining to these, with host-name verification. */
    static Trust certificate(X509Certificate... certificates) {
        return new Certificates(List.of(certificates), true);
    }

    /**
     * Accepts any certificate for any name. Only for test servers with throwaway certificates;
     * reports should say when it was used (DESIGN.md §4).
     */
    static Trust insecure() {
        return new Insecure();
    }

    record SystemDefault() implements Trust {
        public boolean verifiesHostName() {
            return true;
        }
    }

    /** @param verifyHostName false to pin a certificate whose names do not match the address dialled */
    record Certificates(List<X509Certificate> certificates, boolean verifyHostName) implements Trust {
        public Certificates {
            certificates = List.copyOf(certificates);
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException("at least one trusted certificate is needed");
            }
        }

        public boolean verifiesHostName() {
            return verifyHostName;
        }

        public Certificates withoutHostNameVerification() {
            return new Certificates(certificates, false);
        }
    }

    record Insecure() implements Trust {
        public boolean verifiesHostName() {
            return false;
        }
    }
}
