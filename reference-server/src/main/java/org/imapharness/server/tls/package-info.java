/**
 * Server-side TLS for implicit TLS (port 993 style) and STARTTLS.
 *
 * <h2>Starting</h2>
 * <pre>{@code
 * ServerTls tls = ServerTls.create(config.certFile(), config.keyFile(), config.tls());
 * tls.writeTrustAnchorPem(path);   // optional: what clients and the harness should trust
 * }</pre>
 * With no cert/key, a certificate for localhost, 127.0.0.1 and ::1 is generated, signed by a
 * throwaway CA ({@link org.imapharness.server.tls.GeneratedCertificate}); clients trust
 * {@link org.imapharness.server.tls.ServerTls#trustAnchor()}. Problems (unreadable PEM, encrypted
 * key, key not matching the certificate, OpenSSL engine required but missing) raise
 * {@link org.imapharness.server.tls.TlsSetupException} with the file named.
 *
 * <h2>Implicit TLS</h2>
 * First handler of the child pipeline: {@code tls.newHandler(ch.alloc(), false)}. Send the
 * greeting once {@code handshakeFuture()} succeeds.
 *
 * <h2>STARTTLS (RFC 3501 §6.2.1)</h2>
 * On {@code tag STARTTLS} with no other command pending:
 * <ol>
 *   <li>Discard any bytes the client sent after the STARTTLS line: they arrived in plaintext and
 *       an attacker could have injected them (the classic STARTTLS command-injection flaw; fault
 *       {@code starttls-keeps-pipelined} keeps them instead). That means the frame decoder's
 *       cumulation and any queued commands.</li>
 *   <li>Add {@code tls.newHandler(ch.alloc(), true)} as the first handler, then write
 *       {@code tag OK Begin TLS negotiation now}: with {@code startTls = true} that one write goes
 *       out in the clear and everything later is encrypted.</li>
 *   <li>After the handshake, forget the pre-TLS capability list: the next CAPABILITY must drop
 *       {@code STARTTLS} and {@code LOGINDISABLED} (fault {@code capability-not-reissued-after-tls}
 *       keeps them).</li>
 * </ol>
 * Handshakes time out after {@link org.imapharness.server.tls.ServerTls#HANDSHAKE_TIMEOUT}.
 *
 * <h2>Policy</h2>
 * TLS 1.2 and 1.3 only; ECDHE + AEAD suites for 1.2 ({@link org.imapharness.server.tls.TlsPolicy}).
 * The OpenSSL engine (BoringSSL via netty-tcnative) is preferred; {@code TlsOptions.groups} pins
 * key-exchange groups on it ({@code X25519} for benchmarks, see DESIGN.md §12).
 */
package org.imapharness.server.tls;
