/**
 * The commands of the selected state (RFC 3501 §6.4 and §6.4.8; UNSELECT RFC 3691; UID EXPUNGE and
 * COPYUID RFC 4315; MOVE RFC 6851; ESEARCH RFC 4731; CONDSTORE and QRESYNC RFC 7162; BINARY RFC
 * 3516) as pure executors: a command and a {@link org.imapharness.server.selected.SelectedState} in,
 * an {@link org.imapharness.server.selected.Outcome} (untagged responses plus the tagged completion
 * without its tag) out. No Netty, no I/O: the session layer writes the responses.
 *
 * <h2>How the session uses it</h2>
 * <ol>
 *   <li>SELECT/EXAMINE: close the previous view (under QRESYNC send {@code OK [CLOSED]}, RFC 7162
 *       §3.2.11), then {@link org.imapharness.server.selected.SelectResponder#open}; on OK keep
 *       {@code Opened.view()} and enter the selected state, otherwise stay authenticated.</li>
 *   <li>Every command in the selected state: if
 *       {@link org.imapharness.server.selected.SelectedCommands#enablesCondstore} says so, remember
 *       that CONDSTORE is on for the rest of the connection (RFC 7162 §3.1); run
 *       {@link org.imapharness.server.selected.SelectedCommands#execute(org.imapharness.protocol.command.TaggedCommand,
 *       SelectedState)} for the commands it {@code handles}, the session's own handler otherwise;
 *       write {@code outcome.untagged()}; then write
 *       {@link org.imapharness.server.selected.SelectedUpdates#after} (skip it after CLOSE and
 *       UNSELECT, whose view is closed); then the tagged line.</li>
 *   <li>After CLOSE or UNSELECT with an OK outcome the view is already closed: return to the
 *       authenticated state.</li>
 * </ol>
 *
 * <h2>Who sends pending updates (the §7.4.1 rule)</h2>
 * Changes made by other sessions wait in the {@link org.imapharness.server.store.MailboxView} until
 * it is flushed. {@link org.imapharness.server.selected.SelectedUpdates} is the only code that
 * flushes, so the rule lives in one place: after FETCH, STORE, SEARCH and their UID forms the flush
 * holds EXPUNGE/VANISHED back (RFC 3501 §7.4.1, §5.5), after anything else it sends them.
 * Executors return only their command's own responses; the exceptions are EXPUNGE, UID EXPUNGE and
 * MOVE, whose own responses are expunges, so they flush (with expunges) themselves and the session's
 * following flush finds little or nothing. CLOSE never flushes (§6.4.2: its expunges are silent).
 *
 * <h2>Errors</h2>
 * A sequence number beyond the session's view is a tagged BAD (RFC 3501 §9, {@code seq-number});
 * UID sets never fail. Store refusals map to NO: read-only view, {@code [TRYCREATE]} for a missing
 * COPY/MOVE target, {@code [NONEXISTENT]} for a deleted mailbox, {@code [SERVERBUG]} when the
 * journal failed (RFC 5530 codes), {@code [BADCHARSET]} and {@code [UNKNOWN-CTE]} (RFC 3516 §4.3).
 *
 * <h2>Binary content (RFC 3516)</h2>
 * APPEND takes literal8, so a stored message may hold NUL octets. BINARY[section] returns them as
 * they are (literal8 when needed); BODY[section] and RFC822 answers, which RFC 3501 literals carry,
 * show each NUL as 0x80 ({@code Char8Data}).
 *
 * <h2>Fault switches wired here</h2>
 * {@code expunge-no-decrement} and {@code expunge-during-fetch} ({@code SelectedUpdates}),
 * {@code close-expunge-sends-expunge} (CLOSE), {@code peek-sets-seen}, {@code partial-off-by-one}
 * and {@code bodystructure-multipart-wrong} (FETCH). FETCH data faults: {@code envelope-sender-not-defaulted},
 * {@code rfc822-size-bare-lf} and {@code binary-size-encoded} ({@code FetchItems}), the section faults
 * ({@code SectionFaults}), {@code body-lines-off-by-one} ({@code LineCountFault}) and
 * {@code uid-range-star-empty} ({@code MessageSets}). Extension faults: {@code copyuid-source-uidvalidity}
 * and {@code move-no-expunge} (COPY/MOVE), {@code unselect-expunges}, {@code esearch-uid-missing} and
 * {@code vanished-without-earlier} (SELECT with QRESYNC). The store ({@code modseq-not-increased}, UID
 * faults), the search package (SEARCH faults) and the session ({@code exists-not-sent},
 * {@code flag-update-not-broadcast}, {@code idle-no-exists}) wire the rest.
 */
package org.imapharness.server.selected;
