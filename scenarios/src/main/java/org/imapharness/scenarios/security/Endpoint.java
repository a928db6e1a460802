package org.imapharness.scenarios.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import org.imapharness.core.client.Trust;

/**
 * One way into the target: a host and port that speaks either STARTTLS (a plaintext greeting
 * first, RFC 3501 §6.2.1) or implicit TLS (RFC 8314), and the certificates to trust there.
 */
public record Endpoint(String host, int port, boolean implicitTls, Trust trust) {
    public Endpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(trust, "trust");
    }

    /** {@code imaps://host:port} or {@code imap://host:port}, for evidence. */
    public String describe() {
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return (implicitTls ? "imaps://" : "imap://") + h + ":" + port;
    }

    /**
     * Whether the host is this machine. Checks that would otherwise send a real password in the
     * clear only do so on loopback, where nothing can be sniffed.
     */
    public boolean loopback() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
