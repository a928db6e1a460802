package org.imapharness.protocol.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import org.imapharness.protocol.frame.ByteSearch;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.SequenceSet;

/**
 * The terminal rules of RFC 3501 §9 over a {@link ResponseCursor}: atom, tag, text,
 * sequence-set, quoted, literal, string, astring, nstring. Strings are sliced straight out of
 * the frame (Latin-1 for pure ASCII, the cheapest String constructor; UTF-8 when 8-bit bytes
 * are present, malformed sequences becoming U+FFFD); message data stays bytes.
 */
final class ResponseLexer extends ResponseCursor {
    private static final int ATOM = 1;
    private static final int ASTRING = 2;
    private static final int TAG = 4;
    private static final int TEXT = 8;
    /** QUOTED-CHAR without escape: 7-bit TEXT-CHAR except DQUOTE and backslash. */
    private static final int PLAIN_QUOTED = 16;
    private static final byte[] CLASS = new byte[256];

    static {
        for (int c = 0x01; c < 0x80; c++) {
            boolean special = c < 0x20 || c == 0x7f || "(){ %*\"\\]".indexOf(c) >= 0;
            int bits = special ? 0 : ATOM | ASTRING | (c == '+' ? 0 : TAG);
            if (c == ']') {
                bits |= ASTRING | TAG;
            }
            if (c != '\r' && c != '\n') {
                bits |= TEXT | (c != '"' && c != '\\' ? PLAIN_QUOTED : 0);
            }
            CLASS[c] = (byte) bits;
        }
    }

    // The last string scanned by quotedSpan/literalSpan: bytes [spanStart, spanEnd) of buf.
    private int spanStart;
    private int spanEnd;
    private boolean spanEscaped;
    /** Decode the span as UTF-8 (8-bit bytes may be present); else every byte is ASCII. */
    private boolean spanUtf8;

    // What the caller promised about the frame being parsed; see reset.
    private boolean shareFrame;
    private boolean nulFreeLiterals;

    ResponseLexer(Set<Quirk> allowedQuirks) {
        super(allowedQuirks);
    }

    /**
     * Starts on a new frame. {@code share}: the caller never changes the array, so message data
     * may be handed out as views of it. {@code nulFree}: the frame decoder found no NUL in any
     * literal, so literals need no scan here.
     */
    void reset(byte[] bytes, int offset, int length, boolean share, boolean nulFree) {
        reset(bytes, offset, length);
        shareFrame = share;
        nulFreeLiterals = nulFree;
    }

    /** ATOM-CHAR (RFC 3501 §9); {@code c} is 0..255. Shared with the writer so both agree. */
    static boolean isAtomChar(int c) {
        return (CLASS[c & 0xff] & ATOM) != 0;
    }

    static boolean isAstringChar(int c) {
        return (CLASS[c & 0xff] & ASTRING) != 0;
    }

    static boolean isTagChar(int c) {
        return (CLASS[c & 0xff] & TAG) != 0;
    }

    /** TEXT-CHAR: 7-bit CHAR except CR and LF. */
    static boolean isTextChar(int c) {
        return (CLASS[c & 0xff] & TEXT) != 0;
    }

    // ---- words --------------------------------------------------------------------------------

    /** End of the run of ATOM-CHARs starting at the cursor (not consumed). */
    int scanAtom() {
        int p = pos;
        while (p < end && (CLASS[buf[p] & 0xff] & ATOM) != 0) {
            p++;
        }
        return p;
    }

    /** End of the run of letters, digits, '.' and '-' at the cursor: keyword-shaped names. */
    int scanName() {
        int p = pos;
        while (p < end) {
            int c = buf[p];
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || isDigit(c) || c == '.' || c == '-')) {
                break;
            }
            p++;
        }
        return p;
    }

    /** Whether bytes [from, to) spell {@code upper}, ignoring ASCII case (RFC 3501 §9 note 1). */
    boolean is(int from, int to, String upper) {
        if (to - from != upper.length()) {
            return false;
        }
        for (int i = 0; i < upper.length(); i++) {
            int c = buf[from + i];
            if (c >= 'a' && c <= 'z') {
                c -= 32;
            }
            if (c != upper.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Pure-ASCII bytes of the frame as a String (Latin-1 is the JDK's cheapest decoder). */
    String ascii(int from, int to) {
        return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
    }

    String atom(String rule) {
        int start = pos;
        pos = scanAtom();
        if (pos == start) {
            throw fail(rule, "atom");
        }
        return ascii(start, pos);
    }

    /** {@code tag}: 1*ASTRING-CHAR except "+". */
    String tag() {
        int start = pos;
        while (pos < end && (CLASS[buf[pos] & 0xff] & TAG) != 0) {
            pos++;
        }
        if (pos == start) {
            throw fail("tag", "tag, '*' or '+'");
        }
        return ascii(start, pos);
    }

    /** {@code text}: TEXT-CHARs up to the line end; may be empty, the caller decides. */
    String text(String rule) {
        int start = pos;
        int p = pos;
        while (p < end && (CLASS[buf[p] & 0xff] & TEXT) != 0) {
            p++;
        }
        pos = p;
        if (pos < end && !atLineEnd()) {
            throw fail(rule, "TEXT-CHAR or CRLF");
        }
        return ascii(start, pos);
    }

    /** 1*TEXT-CHAR except "]", the argument of an unknown resp-text-code. */
    String codeText(String rule) {
        int start = pos;
        while (pos < end && buf[pos] != ']' && (CLASS[buf[pos] & 0xff] & TEXT) != 0) {
            pos++;
        }
        if (pos == start) {
            throw fail(rule, "TEXT-CHAR except ']'");
        }
        return ascii(start, pos);
    }

    /** "NIL" not followed by another ATOM-CHAR, consumed if present. */
    boolean acceptNil() {
        if (pos + 3 <= end && is(pos, pos + 3, "NIL")
                && (pos + 3 == end || (CLASS[buf[pos + 3] & 0xff] & ATOM) == 0)) {
            pos += 3;
            return true;
        }
        return false;
    }

    // ---- sequence sets ------------------------------------------------------------------------

    /** {@code sequence-set}; {@code uid-set} (RFC 4315 §4) when {@code star} is false. */
    SequenceSet sequenceSet(String rule, boolean star) {
        int ranges = listStart();
        do {
            long first = seqNumber(rule, star);
            long last = accept(':') ? seqNumber(rule, star) : first;
            listAdd(new SequenceSet.Range(first, last));
        } while (accept(','));
        return new SequenceSet(listEnd(ranges));
    }

    private long seqNumber(String rule, boolean star) {
        if (peek() == '*') {
            if (!star) {
                throw fail(rule, "nz-number ('*' is not allowed in a uid-set)");
            }
            pos++;
            return SequenceSet.STAR;
        }
        return nzNumber(rule);
    }

    // ---- strings ------------------------------------------------------------------------------

    /** {@code astring}: 1*ASTRING-CHAR / string, decoded. */
    String astring(String rule) {
        int c = peek();
        if (c == '"' || c == '{') {
            return string(rule);
        }
        int start = pos;
        int p = pos;
        while (p < end && (CLASS[buf[p] & 0xff] & ASTRING) != 0) {
            p++;
        }
        pos = p;
        if (pos == start) {
            throw fail(rule, "astring");
        }
        return ascii(start, pos);
    }

    /** {@code string}: quoted / literal, decoded as UTF-8. */
    String string(String rule) {
        stringSpan(rule);
        return spanString();
    }

    /** {@code nstring} decoded as UTF-8; {@code null} for NIL. */
    String nstring(String rule) {
        return acceptNil() ? null : string(rule);
    }

    /** {@code nstring} kept as bytes, for message data; {@code null} for NIL. */
    Octets nstringOctets(String rule) {
        if (acceptNil()) {
            return null;
        }
        stringSpan(rule);
        return spanOctets();
    }

    /** {@code literal8} (RFC 3516 §4.1): {@code ~{n}} CRLF and n octets, NUL allowed. */
    Octets literal8(String rule) {
        pos++; // '~'
        literalSpan(rule, true);
        return spanOctets();
    }

    private void stringSpan(String rule) {
        int c = peek();
        if (c == '"') {
            quotedSpan();
        } else if (c == '{') {
            literalSpan(rule, false);
        } else {
            throw fail(rule, "string (quoted or literal)");
        }
    }

    /** {@code quoted}: DQUOTE *QUOTED-CHAR DQUOTE; only \\ and \" are escapes. */
    private void quotedSpan() {
        final byte[] b = buf;
        final int stop = end;
        int p = pos + 1;
        int start = p;
        boolean escaped = false;
        boolean high = false;
        while (true) {
            // Fast path in locals: one table lookup per ordinary character.
            while (p < stop && (CLASS[b[p] & 0xff] & PLAIN_QUOTED) != 0) {
                p++;
            }
            if (p >= stop) {
                pos = p;
                throw fail("quoted", "QUOTED-CHAR or DQUOTE");
            }
            byte c = b[p];
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                if (p + 1 < stop && (b[p + 1] == '"' || b[p + 1] == '\\')) {
                    escaped = true;
                    p += 2;
                    continue;
                }
                pos = p + 1;
                throw fail("quoted", "'\"' or '\\' after backslash");
            }
            if (c >= 0) {
                pos = p; // CR, LF or NUL
                throw fail("quoted", "QUOTED-CHAR or DQUOTE");
            }
            if (!high) {
                pos = p;
                quirk(Quirk.EIGHT_BIT_IN_QUOTED, "quoted", "QUOTED-CHAR (7-bit)");
                high = true;
            }
            p++;
        }
        spanStart = start;
        spanEnd = p;
        spanEscaped = escaped;
        spanUtf8 = high;
        pos = p + 1;
    }

    /** {@code literal}: "{" number "}" CRLF *CHAR8, the size checked against the frame. */
    private void literalSpan(String rule, boolean eightBitLiteral) {
        int open = pos;
        expect('{', "literal");
        long size = number("literal");
        if (peek() == '+') {
            throw fail("literal", "'}' (non-synchronizing literals are client-side only, RFC 7888)");
        }
        expect('}', "literal");
        lineBreak("literal");
        if (size > end - pos) {
            throw failAt(open, "literal", size + " octets of literal data",
                    "only " + (end - pos) + " octets left in the frame");
        }
        int start = pos;
        int stop = pos + (int) size;
        if (!eightBitLiteral && !nulFreeLiterals) {
            int nul = ByteSearch.indexOfNul(buf, start, stop);
            if (nul >= 0) {
                throw failAt(nul, rule, "CHAR8 (NUL is not allowed in a literal)");
            }
        }
        spanStart = start;
        spanEnd = stop;
        spanEscaped = false;
        // The UTF-8 decoder's own ASCII check is faster than a scan here to pick Latin-1.
        spanUtf8 = true;
        pos = stop;
    }

    private String spanString() {
        if (spanEscaped) {
            byte[] raw = unescape();
            return new String(raw, spanUtf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        }
        return spanUtf8 ? new String(buf, spanStart, spanEnd - spanStart, StandardCharsets.UTF_8)
                : ascii(spanStart, spanEnd);
    }

    /**
     * Message data as bytes. A span that is at least half the frame is shared rather than copied
     * when the caller allows it: that is where the bulk of a download is, and keeping the whole
     * frame alive through it costs at most as much again.
     */
    private Octets spanOctets() {
        if (spanEscaped) {
            return Octets.of(unescape());
        }
        if (shareFrame && 2L * (spanEnd - spanStart) >= end - base) {
            return Octets.view(buf, spanStart, spanEnd);
        }
        return Octets.of(buf, spanStart, spanEnd);
    }

    private byte[] unescape() {
        byte[] out = new byte[spanEnd - spanStart];
        int n = 0;
        for (int i = spanStart; i < spanEnd; i++) {
            if (buf[i] == '\\') {
                i++;
            }
            out[n++] = buf[i];
        }
        return Arrays.copyOf(out, n);
    }
}
