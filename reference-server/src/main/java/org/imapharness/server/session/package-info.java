/**
 * The per-connection IMAP session: the state machine of RFC 3501 §3, command dispatch, and the
 * handlers of every command outside the selected state (the selected-state executors live in
 * {@code org.imapharness.server.selected}).
 *
 * <h2>Ordering and pipelining</h2>
 * Frames are queued as they arrive and answered strictly in order, one at a time
 * ({@link org.imapharness.server.session.Session#pump}); a frame is parsed only when its turn
 * comes, because what it means depends on the state then (a command, an AUTHENTICATE response
 * line, or IDLE's DONE). Reading stops while the queue is full (count or bytes) or the client
 * does not read its answers, so a connection's memory stays bounded.
 *
 * <h2>Threads</h2>
 * A session runs on its channel's event loop, or, with a durable store (whose commits wait for
 * fsync), on a separate executor group; either way one task at a time, so no state is locked.
 * Password hashing runs on the authenticator's threads; its answer returns to the session's
 * executor, delayed by the throttle with a scheduled task.
 *
 * <h2>Mailbox updates (RFC 3501 §5.2, §5.5, §7.4.1)</h2>
 * After every command of a selected session the session asks
 * {@code SelectedUpdates.after(command, ...)} for what may be sent now (never EXPUNGE during
 * FETCH, STORE or SEARCH), between the command's own untagged responses and its tagged line.
 * NOOP, CHECK and IDLE deliver everything. A session in IDLE is woken by its view's
 * {@code onUpdate} hook whenever the store queues a change for it, whoever made the change, and
 * pushes the updates at once from its own executor.
 *
 * <h2>Literals</h2>
 * The frame decoder checks every literal against the size limits and reads its data (after a
 * {@code +} for a synchronizing one, RFC 3501 §7.5). With {@code literal-mode = minus} the
 * session also holds non-synchronizing literals to LITERAL-'s 4096 bytes (RFC 7888 §4), refusing
 * larger ones with BAD [TOOBIG] once their data has been read, so the connection stays in step.
 *
 * <h2>Fault switches wired here</h2>
 * {@code literal-no-continuation} (no {@code +} for a synchronizing literal),
 * {@code starttls-keeps-pipelined} (plaintext after STARTTLS is executed),
 * {@code capability-not-reissued-after-tls}, {@code login-before-tls} (LOGIN and AUTHENTICATE
 * accepted before TLS, LOGINDISABLED not advertised), {@code exists-not-sent},
 * {@code idle-no-exists} and {@code flag-update-not-broadcast} ({@code UpdateFaults}).
 * {@code no-throttle} lives in the authenticator; the expunge faults in {@code selected}.
 * {@code appenduid-next-uid} (APPEND), {@code enable-lists-unknown} (ENABLE) and
 * {@code namespace-delimiter-mismatch} (NAMESPACE) are the extension faults wired here.
 */
package org.imapharness.server.session;
