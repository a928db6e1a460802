/**
 * The mail store: accounts, mailboxes, messages, and one view per session.
 *
 * <h2>Shape</h2>
 * {@link org.imapharness.server.store.MailStore} ({@code inMemory()} or {@code open(dir)}, both
 * optionally with a {@code FaultSet}) → {@link org.imapharness.server.store.Account} per user
 * (created on first use with INBOX, Sent, Drafts, Trash, Junk, Archive, all subscribed, the last
 * five with their RFC 6154 attribute) → {@link org.imapharness.server.store.Mailbox} →
 * {@link org.imapharness.server.store.StoredMessage} (UID, {@code MessageContent}, flags,
 * internal date, mod-sequence). Names are stored in wire form (modified UTF-7, not validated
 * here), hierarchy delimiter {@code /}, INBOX case-insensitive also as a first level.
 *
 * <h2>For the command layer</h2>
 * <ul>
 *   <li>CREATE/DELETE/RENAME/SUBSCRIBE/UNSUBSCRIBE/LIST/LSUB/STATUS: methods of {@code Account};
 *       LIST/LSUB return ready {@code ListItem}s (\Noselect, \HasChildren/\HasNoChildren,
 *       special-use). DELETE of a parent leaves a \Noselect placeholder (RFC 3501 §6.3.4).</li>
 *   <li>APPEND: {@code account.mailbox(name).append(...)} → {@code AppendResult} for APPENDUID;
 *       a missing mailbox throws {@code StoreException} NONEXISTENT → {@code NO [TRYCREATE]}.</li>
 *   <li>SELECT/EXAMINE: {@code mailbox.open(readOnly)} → a {@link org.imapharness.server.store.MailboxView};
 *       {@code view.opening()} has EXISTS, RECENT, UNSEEN, UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ,
 *       FLAGS, PERMANENTFLAGS. Always close the view (CLOSE, UNSELECT, another SELECT, logout,
 *       dropped connection): an unclosed view keeps receiving events and keeps its \Recent claims.</li>
 *   <li>FETCH/STORE/COPY/MOVE/SEARCH: resolve sets with {@code view.bySequence(set)} (throws
 *       INVALID_SEQUENCE beyond the client's view) or {@code view.byUid(set)} (§6.4.8: unknown
 *       UIDs ignored, {@code n:*} includes the last message); STORE via {@code view.store(...)}
 *       (so the session is not told its own change twice; {@code StoreResult.modifiedUids()}
 *       feeds {@code [MODIFIED]}); COPY/MOVE via {@code mailbox.copyTo/moveTo} →
 *       {@code CopyResult} (COPYUID; {@code UidSets.inOrder} keeps the pairing).</li>
 *   <li>EXPUNGE / UID EXPUNGE / CLOSE: {@code view.expunge(null | uids)}; then, for EXPUNGE,
 *       {@code view.flush(true)} yields the EXPUNGE responses (for CLOSE, don't send them).</li>
 *   <li>Untagged updates: after every command call {@code view.flush(allowExpunge)} and send
 *       what it returns before the tagged reply; {@code allowExpunge} is false after FETCH,
 *       STORE and SEARCH (RFC 3501 §7.4.1; the UID forms too, conservatively) and true after
 *       NOOP, CHECK, IDLE, EXPUNGE, MOVE and the others. Responses come in a safe order: FLAGS,
 *       EXPUNGE (each numbered after the previous ones) or VANISHED, EXISTS + RECENT, then FETCH
 *       (FLAGS, plus UID and MODSEQ once CONDSTORE is enabled) for other sessions' changes.
 *       {@code enableCondstore()/enableQresync()} switch the forms (RFC 7162).
 *       {@code view.onUpdate(r)} wakes an IDLE session; {@code mailboxDeleted()} tells it to leave.</li>
 *   <li>QRESYNC: {@code mailbox.expungedSince(modSeq)} (VANISHED (EARLIER); the expunge log is
 *       complete) and {@code view.changedSince(modSeq)}.</li>
 * </ul>
 *
 * <h2>Rules kept here</h2>
 * UIDs ascend strictly and are never reused (UIDNEXT never goes back, also after restart);
 * UIDVALIDITY comes from one store-wide counter seeded from the clock, strictly increasing and
 * never below any value in the journal, so delete + create in the same second still changes it;
 * a renamed mailbox keeps its UIDVALIDITY, renaming INBOX moves its messages to a new mailbox.
 * Every change raises HIGHESTMODSEQ (one new mod-sequence per operation); a STORE that changes
 * nothing does not. Flags compare case-insensitively, keep the first spelling, \Recent and
 * unknown system flags are never stored. \Recent (§2.3.2): a new message is recent in the first
 * open read-write view, or, if none, in the next one to SELECT; it stops being recent when that
 * session closes, and is not journaled (after a restart nothing is recent).
 *
 * <h2>Threads</h2>
 * One {@code ReentrantLock} per account guards all of its state, so operations on one account
 * are serialised and cross-mailbox ones (COPY, MOVE, RENAME) are atomic; accounts are
 * independent. Every public method of {@code Account} and {@code Mailbox} may be called from any
 * thread. A {@code MailboxView} is confined to its session's thread, except that the store queues
 * events into it. Events are published in commit order with the lock held.
 *
 * <h2>Durability ({@code --store DIR})</h2>
 * Every operation's changes form one record in {@code DIR/journal.wal}: {@code [length][CRC32C]
 * [payload]}. The record is written and fdatasync'ed ({@code FileChannel.force(false)}) before
 * the change is applied in memory, becomes visible to any session, or is acknowledged, so an
 * APPEND/STORE/EXPUNGE answered OK survives kill -9 and power loss (given honest disks). Group
 * commit: while one fsync runs, other writers (other accounts, which do not share the lock)
 * append and are covered by the next fsync. Operations on one account wait for their fsync under
 * the account lock, so a caller on a Netty event loop blocks for that long; handlers that care
 * should run store calls on a separate executor. On open the journal is replayed; a torn or
 * corrupt tail (bad length or checksum) ends the replay and is truncated; a record that checks out
 * but does not apply stops the start with an error naming its offset. One process per directory
 * (no file lock). There is no compaction: the journal grows with every change (fine for a test
 * server).
 */
package org.imapharness.server.store;
