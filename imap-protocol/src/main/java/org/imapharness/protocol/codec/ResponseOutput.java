package org.imapharness.protocol.codec;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.SequenceSet;

/**
 * The terminals of RFC 3501 §9 as a careful server writes them: every value is checked against
 * its rule first, and a value the rule cannot carry is an {@link IllegalArgumentException}
 * naming the field, because a server must never put a response on the wire that breaks §9.
 * Strings take the lightest form that holds them: atom where allowed, then quoted, then literal.
 */
final class ResponseOutput {
    private final ByteBuf out;

    ResponseOutput(ByteBuf out) {
        this.out = out;
    }

    static IllegalArgumentException invalid(String field, String why) {
        return new IllegalArgumentException(field + ": " + why);
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw invalid(field, "must not be null");
        }
        return value;
    }

    /** Writes grammar constants (keywords, punctuation) as they are. */
    ResponseOutput raw(String ascii) {
        out.writeCharSequence(ascii, StandardCharsets.US_ASCII);
        return this;
    }

    ResponseOutput ch(char c) {
        out.writeByte(c);
        return this;
    }

    ResponseOutput sp() {
        out.writeByte(' ');
        return this;
    }

    void crlf() {
        out.writeByte('\r').writeByte('\n');
    }

    ResponseOutput number(long n, String field) {
        if (n < 0 || n > ResponseCursor.MAX_NUMBER) {
            throw invalid(field, "number must be in 0.." + ResponseCursor.MAX_NUMBER + ": " + n);
        }
        return raw(Long.toString(n));
    }

    ResponseOutput nzNumber(long n, String field) {
        if (n < 1 || n > ResponseCursor.MAX_NUMBER) {
            throw invalid(field, "nz-number must be in 1.." + ResponseCursor.MAX_NUMBER + ": " + n);
        }
        return raw(Long.toString(n));
    }

    ResponseOutput modSequenceValue(long n, String field) {
        if (n < 0) {
            throw invalid(field, "mod-sequence-value must not be negative: " + n);
        }
        return raw(Long.toString(n));
    }

    ResponseOutput atom(String s, String field) {
        required(s, field);
        if (s.isEmpty()) {
            throw invalid(field, "an atom is not empty");
        }
        checkChars(s, field, 0, false);
        return raw(s);
    }

    /** {@code flag}: "\" atom or atom; with {@code perm} also "\*" (flag-perm). */
    ResponseOutput flag(String flag, String field, boolean perm) {
        required(flag, field);
        if (perm && flag.equals("\\*")) {
            return raw(flag);
        }
        int from = flag.startsWith("\\") ? 1 : 0;
        if (flag.length() == from) {
            throw invalid(field, "a flag is \\atom or atom: '" + flag + "'");
        }
        checkChars(flag, field, from, false);
        return raw(flag);
    }

    private static void checkChars(String s, String field, int from, boolean astring) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || !(astring ? ResponseLexer.isAstringChar(c) : ResponseLexer.isAtomChar(c))) {
                throw invalid(field, "'" + s + "' is not an atom (character " + i + ")");
            }
        }
    }

    /**
     * {@code astring}: bare when every char is an ASTRING-CHAR, else a string. A bare NIL is a
     * valid astring but reads like nil to a careless client, so it is quoted.
     */
    ResponseOutput astring(String s, String field) {
        required(s, field);
        boolean bare = !s.isEmpty() && !s.equalsIgnoreCase("NIL");
        for (int i = 0; i < s.length() && bare; i++) {
            char c = s.charAt(i);
            bare = c < 0x80 && ResponseLexer.isAstringChar(c);
        }
        return bare ? raw(s) : string(s, field);
    }

    ResponseOutput nstring(String s, String field) {
        return s == null ? raw("NIL") : string(s, field);
    }

    /** {@code string}: quoted when 7-bit TEXT-CHARs only, else a literal of its UTF-8 bytes. */
    ResponseOutput string(String s, String field) {
        required(s, field);
        boolean quotable = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                throw invalid(field, "a string cannot carry NUL (RFC 3501 §9)");
            }
            if (c >= 0x80 || c == '\r' || c == '\n') {
                quotable = false;
            }
        }
        if (!quotable) {
            return literal(s.getBytes(StandardCharsets.UTF_8));
        }
        out.writeByte('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.writeByte('\\');
            }
            out.writeByte(c);
        }
        out.writeByte('"');
        return this;
    }

    ResponseOutput literal(byte[] data) {
        raw("{").raw(Integer.toString(data.length)).raw("}");
        crlf();
        out.writeBytes(data);
        return this;
    }

    /** Message data (BODY[], RFC822*): NIL or a literal, never quoted; NUL needs BINARY. */
    ResponseOutput messageData(Octets data, String field) {
        if (data == null) {
            return raw("NIL");
        }
        byte[] bytes = data.toByteArray();
        for (byte b : bytes) {
            if (b == 0) {
                throw invalid(field, "message data with NUL needs BINARY and literal8 (RFC 3516)");
            }
        }
        return literal(bytes);
    }

    /** BINARY data: a literal, or literal8 ({@code ~{n}}) when it holds NUL (RFC 3516 §4.2). */
    ResponseOutput binaryData(Octets data) {
        if (data == null) {
            return raw("NIL");
        }
        byte[] bytes = data.toByteArray();
        for (byte b : bytes) {
            if (b == 0) {
                out.writeByte('~');
                break;
            }
        }
        return literal(bytes);
    }

    /** {@code text}: TEXT-CHARs (7-bit, no CR/LF/NUL); empty only where the caller allows. */
    ResponseOutput text(String s, String field, boolean mayBeEmpty) {
        required(s, field);
        if (s.isEmpty() && !mayBeEmpty) {
            throw invalid(field, "resp-text needs at least one TEXT-CHAR");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || !ResponseLexer.isTextChar(c)) {
                throw invalid(field, "text allows 7-bit characters except CR, LF and NUL (character " + i + ")");
            }
        }
        return raw(s);
    }

    /** The argument of an unknown resp-text-code: 1*TEXT-CHAR except "]". */
    ResponseOutput codeText(String s, String field) {
        if (s.indexOf(']') >= 0) {
            throw invalid(field, "a resp-text-code argument cannot contain ']'");
        }
        return text(s, field, false);
    }

    /** {@code DQUOTE QUOTED-CHAR DQUOTE / nil}. */
    ResponseOutput quotedCharOrNil(Character c, String field) {
        if (c == null) {
            return raw("NIL");
        }
        if (c >= 0x80 || !ResponseLexer.isTextChar(c)) {
            throw invalid(field, "a delimiter is one 7-bit TEXT-CHAR: " + (int) c);
        }
        out.writeByte('"');
        if (c == '"' || c == '\\') {
            out.writeByte('\\');
        }
        out.writeByte(c);
        out.writeByte('"');
        return this;
    }

    /** {@code sequence-set}, or {@code uid-set} (no "*") when {@code star} is false. */
    ResponseOutput sequenceSet(SequenceSet set, String field, boolean star) {
        required(set, field);
        if (!star && set.usesStar()) {
            throw invalid(field, "a uid-set cannot use '*' (RFC 4315)");
        }
        return raw(set.toWire());
    }

    /** {@code tag}: 1*ASTRING-CHAR except "+". */
    ResponseOutput tag(String tag) {
        required(tag, "tag");
        if (tag.isEmpty()) {
            throw invalid("tag", "a tag is not empty");
        }
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (c >= 0x80 || !ResponseLexer.isTagChar(c)) {
                throw invalid("tag", "'" + tag + "' has a character a tag cannot hold at " + i);
            }
        }
        return raw(tag);
    }

    ResponseOutput dateTime(OffsetDateTime t, String field) {
        try {
            return ch('"').raw(DateTimes.format(t)).ch('"');
        } catch (IllegalArgumentException e) {
            throw invalid(field, e.getMessage());
        }
    }
}
