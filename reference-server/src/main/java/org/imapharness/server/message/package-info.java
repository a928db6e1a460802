/**
 * The message model of the reference server: a message is parsed once, when APPEND (or COPY's
 * source) stores it, into an immutable {@link org.imapharness.server.message.MessageContent}.
 *
 * <h2>What a FETCH handler uses</h2>
 * <ul>
 *   <li>{@code content.raw()} / {@code size()}: the exact octets (RFC822, BODY[], RFC822.SIZE).</li>
 *   <li>{@code envelope()}: ENVELOPE per RFC 3501 §7.4.2 — header values unfolded but not decoded
 *       (encoded words stay as sent), NIL for absent fields, "" for present-but-empty ones,
 *       Sender/Reply-To defaulting to From, groups as start/end markers, missing local part or
 *       domain as {@code MISSING_MAILBOX}/{@code MISSING_DOMAIN} (as Dovecot does).</li>
 *   <li>{@code bodyStructure()} (with extension data, {@code present = 4}) and {@code body()}
 *       (without). Types, subtypes, parameter names, encodings and disposition types are
 *       upper-cased; values are as sent. TEXT parts without a charset report CHARSET US-ASCII;
 *       RFC 2231 continuations are joined. MD5 is the Content-MD5 value (usually NIL).</li>
 *   <li>{@code section(Section, Partial)}: BODY[section]&lt;partial&gt; (RFC 3501 §6.4.5), or
 *       {@code null} for a part that does not exist, which FETCH sends as NIL. RFC822.HEADER is
 *       {@code Section.of(HEADER)}, RFC822.TEXT {@code Section.of(TEXT)}. Rules: a non-multipart
 *       message's only part is 1 (its body; 1.MIME is its header); HEADER/TEXT/HEADER.FIELDS
 *       after a part number need a MESSAGE/RFC822 part; HEADER.FIELDS keeps the selected lines
 *       verbatim (folding included) and ends with the empty line; an origin past the end gives
 *       the empty string.</li>
 *   <li>{@code decodedPart(path)}: a part with its transfer encoding undone, for BINARY (RFC 3516).</li>
 * </ul>
 *
 * <h2>Parsing</h2>
 * The part tree is found by our own byte scanner ({@code MimeScanner}, {@code HeaderScanner},
 * {@code BoundaryScanner}) because BODY[section] needs exact byte offsets, which mime4j's stream
 * parser does not expose. Apache mime4j does the field-level work: structured field bodies
 * (Content-Type, Content-Disposition parameters, quoting, comments) via {@code RawFieldParser},
 * RFC 2047 decoding and base64 / quoted-printable decoding for SEARCH. Addresses are parsed by
 * {@link org.imapharness.server.message.AddressParser}, because mime4j's parser decodes display
 * names, which ENVELOPE must not.
 *
 * <p>Any byte sequence is a message; parsing never throws. Degradations (Dovecot-like): no empty
 * line means all header; bare LF is accepted as a line end; a multipart without a boundary
 * parameter is one opaque part of its declared type; a multipart whose delimiter never appears
 * has one empty TEXT/PLAIN part; a missing close delimiter lets the last part run to the end;
 * nesting deeper than 50 levels is not split further; an unparseable Content-Type means
 * TEXT/PLAIN. Header bytes are read as UTF-8 when valid, else ISO-8859-1.
 *
 * <p>{@link org.imapharness.server.message.Corpus} gives the bundled test messages
 * ({@code org/imapharness/server/corpus/}) to the suites.
 */
package org.imapharness.server.message;
