/**
 * Framing before grammar: splitting an IMAP byte stream into whole commands or responses, with
 * limits, before any parser sees them (RFC 3501 §2.2, §4.3, §7.5; RFC 7888 LITERAL+/LITERAL-;
 * RFC 3516 literal8). Plain Java; the Netty adapter lives in {@code protocol.netty}.
 *
 * <h2>Errors and resynchronisation</h2>
 * An error is reported once per frame, as soon as it is detected, and the rest of that frame is
 * then discarded without being buffered, so memory stays within {@link
 * org.imapharness.protocol.frame.FrameLimits} whatever arrives. Reporting at once (rather than
 * after the discarding) lets a server answer or hang up before a huge literal has been read.
 * <ul>
 *   <li>Line or frame too long: skip up to the next LF. If that skipped line ends with a literal
 *       announcement whose data follows, skip the data and the next line too, so that literal
 *       data is never read as commands.</li>
 *   <li>Literal refused (too big, or the frame would be) whose data follows (a non-synchronizing
 *       literal, or any literal when decoding server responses): count its bytes down, then skip
 *       the rest of its line as above.</li>
 *   <li>Synchronizing literal refused in SERVER mode: the client waits for a {@code +} that will
 *       not come and sends nothing, so the next byte starts a new frame.</li>
 *   <li>Size that is not a {@code number} (over 10 digits or over 4294967295, RFC 3501 §9): there
 *       is no trustworthy count to skip, so the next byte starts a new frame.</li>
 * </ul>
 *
 * <h2>Named quirk: bare LF</h2>
 * RFC 3501 requires CRLF, but many real servers and clients end lines with LF alone. Lines end at
 * their LF either way; those without the CR are counted by {@link
 * org.imapharness.protocol.frame.FrameAccumulator#bareLineFeeds()} so that reports can show the
 * deviation instead of hiding it.
 *
 * <h2>One pass over literal data</h2>
 * Literal data is most of the bytes a client downloads, so the decoder touches it as little as
 * it can: it copies it once into the frame and, on the same pass, looks for NUL, which a {@code
 * literal} may not hold (RFC 3501 §9 {@code CHAR8}); {@link
 * org.imapharness.protocol.frame.Frame#nulFreeLiterals()} tells the parser it need not look
 * again. A frame larger than the reused buffer is grown to exactly its expected size and then
 * handed over instead of copied; a frame of one line arriving in one read is copied straight
 * from the input.
 *
 * <h2>Not a literal</h2>
 * A closing brace is an ATOM-CHAR (RFC 3501 §9), so only a line ending in brace, 1+ digits,
 * optional {@code +}, brace (optionally after {@code ~}) announces a literal; {@code {}} or
 * {@code {x}} are left to the grammar. LITERAL-'s 4096-byte cap is a capability policy for the
 * server, not a framing rule.
 */
package org.imapharness.protocol.frame;
