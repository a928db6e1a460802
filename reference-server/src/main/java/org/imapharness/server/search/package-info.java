/**
 * SEARCH evaluation (RFC 3501 §6.4.4; MODSEQ from RFC 7162 §3.1.5) over a session's
 * {@link org.imapharness.server.store.MailboxView}.
 *
 * <p>Use: check {@link org.imapharness.server.search.Search#supportsCharset} first (answer
 * {@code NO [BADCHARSET (US-ASCII UTF-8)]} when false, see {@code Search.CHARSETS}); then
 * {@code Search.run(view, keys, faults)} returns the matching messages in sequence order — use
 * {@code sequenceNumbers()} for SEARCH and {@code uids()} for UID SEARCH — and, only when a
 * MODSEQ key was used and something matched, the highest mod-sequence for {@code (MODSEQ n)}.
 * The caller flushes the view without expunges afterwards (§7.4.1).
 *
 * <p>Semantics: text keys are case-insensitive substrings of decoded text (RFC 2047 words,
 * base64 / quoted-printable, declared charsets); BODY is the text parts (TEXT/* leaves, also
 * inside forwarded messages), TEXT is the header plus those; HEADER with an empty value means
 * "field present"; BEFORE/ON/SINCE take the internal date's calendar day in its own zone,
 * SENT* the Date: field's day as written, falling back to the internal date when there is no
 * parseable Date: (RFC 5256 §2.2; Dovecot 2.3 takes 1970-01-01 instead). Sequence numbers and
 * {@code *} are the session's, so messages expunged elsewhere but not yet reported still match. The faults {@code search-since-exclusive},
 * {@code search-not-case-insensitive}, {@code search-size-inclusive}, {@code search-header-whole-value},
 * {@code search-date-uses-sent-date} and {@code search-not-takes-rest} are honoured when passed in.
 */
package org.imapharness.server.search;
