/**
 * The asynchronous, pipelining IMAP client driver (Netty). Entry points: {@link
 * org.imapharness.core.client.ImapClient#connect} for the async {@link
 * org.imapharness.core.client.ImapConnection}, and {@link
 * org.imapharness.core.client.BlockingImapClient} for tests and scripts.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Threading.</b> All connection state lives on the channel's event loop; public methods
 *       may be called from any thread and return futures completed on that loop.</li>
 *   <li><b>Pipelining.</b> Commands are written as soon as they are sent, except while one command
 *       holds the line waiting for a continuation (synchronizing literal, STARTTLS, IDLE,
 *       AUTHENTICATE): nothing else may be interleaved into it (RFC 3501 §7.5).</li>
 *   <li><b>Untagged responses</b> go to the listeners in order and are attached to every command in
 *       flight when they arrived (see {@link org.imapharness.core.client.CommandResult}).</li>
 *   <li><b>Bad input</b> (malformed responses, framing errors, unknown tags, stray {@code +}) is a
 *       {@link org.imapharness.core.client.ProtocolProblem}: counted, reported, attached, never
 *       fatal. A broken completion line still completes its command when its tag and status can
 *       be read.</li>
 *   <li><b>Timeouts</b> on connect, TLS handshake, greeting and every command. A timed-out command
 *       fails alone; if it held the line the connection is closed, because the server's position
 *       in the byte stream is then unknown.</li>
 *   <li><b>STARTTLS</b> swaps the framer when TLS goes in, and discards (and reports) anything
 *       that arrived in plaintext after the OK.</li>
 * </ul>
 */
package org.imapharness.core.client;
