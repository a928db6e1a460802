/**
 * Fault switches: deliberate, named defects that make the reference server break one RFC rule
 * each, so every harness check can be shown to catch what it claims to (DESIGN.md §6).
 *
 * <p>{@link org.imapharness.server.fault.Fault} lists them with CLI name, rule, RFC section and
 * level; {@link org.imapharness.server.fault.FaultSet} is what a running server holds
 * ({@code ServerConfig.faults()}); {@link org.imapharness.server.fault.FaultsDocument} renders
 * {@code FAULTS.md}. A fault is a branch at exactly one place in the server, written as
 * {@code if (faults.has(Fault.X)) { wrong } else { right }}, so the correct path stays readable.
 *
 * <p>Wired so far: {@code no-throttle} (in {@code auth.Authenticator}: throttling off).
 *
 * <p>Hooks still needed, by owner:
 * <ul>
 *   <li>message store ({@code .store}, {@code .message}, {@code .search}):
 *       {@code uid-reuse} (UID allocation after expunge), {@code uidnext-stale} (UIDNEXT after
 *       append), {@code uidvalidity-reused} (mailbox re-created under a deleted name),
 *       {@code modseq-not-increased} (flag change), {@code bodystructure-multipart-wrong}
 *       (BODYSTRUCTURE of multipart), {@code search-since-exclusive} and
 *       {@code search-not-case-insensitive} (search evaluation), {@code partial-off-by-one}
 *       (partial body fetch), {@code peek-sets-seen} (fetch side effect).</li>
 *   <li>sessions and command handlers: {@code expunge-no-decrement} (renumbering while sending
 *       EXPUNGE), {@code flag-update-not-broadcast} and {@code exists-not-sent} (per-session update
 *       queue), {@code idle-no-exists} (IDLE delivery), {@code expunge-during-fetch} (when pending
 *       expunges are flushed), {@code close-expunge-sends-expunge} (CLOSE),
 *       {@code literal-no-continuation} (framing: no {@code +} for a synchronizing literal),
 *       {@code starttls-keeps-pipelined} (buffered plaintext after STARTTLS),
 *       {@code capability-not-reissued-after-tls} (CAPABILITY after STARTTLS),
 *       {@code login-before-tls} (LOGIN and LOGINDISABLED on the plain port).</li>
 * </ul>
 */
package org.imapharness.server.fault;
