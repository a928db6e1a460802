/**
 * The reference server's transport: Netty 4.2 event loops
 * ({@link org.imapharness.server.net.EventLoops}), the two listeners (plain + STARTTLS and
 * implicit TLS, {@link org.imapharness.server.net.Listeners}), and each connection's pipeline
 * ({@link org.imapharness.server.net.ImapChannelInitializer}):
 * <pre>
 *   tracker  bytes on the wire, the one log line per connection, the address slot
 *   tls      implicit TLS, or inserted here by STARTTLS ({@link org.imapharness.server.net.Connection#startTls})
 *   frames   ImapFrameDecoder: lines and literals within the configured limits
 *   session  the IMAP session (package session), which encodes its own responses
 * </pre>
 * A connection over the per-address limit gets {@code * BYE [LIMIT]} instead of a session
 * ({@code Refusal}). {@link org.imapharness.server.net.Connection} is all a session sees of the
 * transport; {@link org.imapharness.server.net.OpenConnections} lets a stopping server say BYE.
 *
 * <p>The log line (logger {@code org.imapharness.server.connection}, INFO) reads e.g.
 * {@code connection 127.0.0.1:50412 user=alice tls=starttls duration=1.204s commands=12 in=341B
 * out=2113B end="LOGOUT"}.
 */
package org.imapharness.server.net;
