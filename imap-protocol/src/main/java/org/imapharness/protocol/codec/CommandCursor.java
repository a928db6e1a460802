package org.imapharness.protocol.codec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.imapharness.protocol.model.Printable;
import org.imapharness.protocol.model.SequenceSet;

/**
 * A read position in one command frame, with the core rules of RFC 3501 §9 (SP, CRLF,
 * numbers, sequence sets) and the error factory that every grammar rule reports through.
 * Offsets in errors are relative to the start of the frame.
 */
final class CommandCursor {
    private final byte[] bytes;
    private final int start;
    private final int end;
    private int pos;

    CommandCursor(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.start = offset;
        this.end = offset + length;
        this.pos = offset;
    }

    /** Offset of the next byte from the start of the frame. */
    int offset() {
        return pos - start;
    }

    /** The next byte as 0..255, or -1 at the end of the frame. */
    int peek() {
        return pos < end ? bytes[pos] & 0xff : -1;
    }

    int peek(int ahead) {
        return pos + ahead < end ? bytes[pos + ahead] & 0xff : -1;
    }

    boolean is(char c) {
        return peek() == c;
    }

    int remaining() {
        return end - pos;
    }

    void advance(int n) {
        pos += n;
    }

    /** Consumes {@code c} when it is next. */
    boolean skip(char c) {
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    void expect(String rule, char c) {
        if (!skip(c)) {
            throw error(rule, c == '"' ? "DQUOTE" : "'" + c + "'");
        }
    }

    /** Exactly one space (RFC 3501 §9 note 2: never TAB or several spaces). */
    void sp(String rule) {
        if (!skip(' ')) {
            throw error(rule, "SP");
        }
    }

    void crlf(String rule) {
        if (peek() != '\r' || peek(1) != '\n') {
            throw error(rule, "CRLF");
        }
        pos += 2;
    }

    /** The final CRLF, which must also be the last bytes of the frame. */
    void end(String rule) {
        crlf(rule);
        if (pos != end) {
            throw error(rule, "end of frame after CRLF");
        }
    }

    /** True at the CRLF that ends the command line (or any CR, which only CRLF may use). */
    boolean atLineEnd() {
        return peek() == '\r' || peek() == -1;
    }

    /** A keyword: letters, digits and dots, upper-cased (keywords are case-insensitive, §9 note 1). */
    String word(String rule, String expected) {
        int from = pos;
        while (pos < end && (CommandChars.isAlpha(bytes[pos]) || CommandChars.isDigit(bytes[pos]) || bytes[pos] == '.')) {
            pos++;
        }
        if (pos == from) {
            throw error(rule, expected);
        }
        return new String(bytes, from, pos - from, StandardCharsets.US_ASCII).toUpperCase(Locale.ROOT);
    }

    /**
     * Consumes {@code keyword} (upper case, matched in any case) when it is next and not merely
     * the start of a longer word.
     */
    boolean tryKeyword(String keyword) {
        int n = keyword.length();
        if (end - pos < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (Character.toUpperCase(bytes[pos + i] & 0xff) != keyword.charAt(i)) {
                return false;
            }
        }
        int next = peek(n);
        if (CommandChars.isAlpha(next) || CommandChars.isDigit(next) || next == '.') {
            return false;
        }
        pos += n;
        return true;
    }

    /** Consumes bytes while {@code charClass} holds; returns their start. */
    int span(java.util.function.IntPredicate charClass) {
        int from = pos;
        while (pos < end && charClass.test(bytes[pos] & 0xff)) {
            pos++;
        }
        return from;
    }

    byte[] slice(int from, int to) {
        return java.util.Arrays.copyOfRange(bytes, from, to);
    }

    /** Absolute index of the next byte, for {@link #slice} and {@link #errorAt}. */
    int position() {
        return pos;
    }

    String ascii(int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.US_ASCII);
    }

    /** {@code number}: 1*DIGIT, at most 2^32-1. */
    long number(String rule) {
        return digits(rule, "number", SequenceSet.MAX_NUMBER);
    }

    /** {@code nz-number}: digit-nz *DIGIT, at most 2^32-1. */
    long nzNumber(String rule) {
        if (peek() == '0') {
            throw error(rule, "nz-number");
        }
        return digits(rule, "nz-number", SequenceSet.MAX_NUMBER);
    }

    /** {@code mod-sequence-value} (RFC 7162 §7): 1..2^63-1. */
    long modSequenceValue(String rule) {
        int at = pos;
        long value = digits(rule, "mod-sequence-value", Long.MAX_VALUE);
        if (value == 0) {
            throw errorAt(rule, at, "mod-sequence-value (non-zero)", "0");
        }
        return value;
    }

    /** {@code mod-sequence-valzer} (RFC 7162 §7): 0..2^63-1. */
    long modSequenceValzer(String rule) {
        return digits(rule, "mod-sequence-valzer", Long.MAX_VALUE);
    }

    private long digits(String rule, String expected, long max) {
        int from = pos;
        long value = 0;
        while (pos < end && CommandChars.isDigit(bytes[pos])) {
            int d = bytes[pos] - '0';
            if (value > (max - d) / 10) {
                throw errorAt(rule, from, expected + " at most " + max, "a larger number");
            }
            value = value * 10 + d;
            pos++;
        }
        if (pos == from) {
            throw error(rule, expected);
        }
        return value;
    }

    /** {@code sequence-set}: {@code (seq-number / seq-range) *("," ...)}; {@code *} kept symbolic. */
    SequenceSet sequenceSet(String rule) {
        List<SequenceSet.Range> ranges = new ArrayList<>();
        do {
            long first = seqNumber(rule);
            long last = skip(':') ? seqNumber(rule) : first;
            ranges.add(new SequenceSet.Range(first, last));
        } while (skip(','));
        return new SequenceSet(ranges);
    }

    /** {@code seq-number}: {@code nz-number / "*"}. */
    long seqNumber(String rule) {
        if (skip('*')) {
            return SequenceSet.STAR;
        }
        if (!CommandChars.isDigit(peek()) || peek() == '0') {
            throw error(rule, "seq-number (nz-number or *)");
        }
        return nzNumber(rule);
    }

    ImapSyntaxException error(String rule, String expected) {
        return errorAt(rule, pos, expected, found(pos));
    }

    /** An error at absolute index {@code at}. */
    ImapSyntaxException errorAt(String rule, int at, String expected, String found) {
        return new ImapSyntaxException(rule, at - start, expected, found);
    }

    /** What stands at {@code at}, shown safely (control and 8-bit bytes escaped, bounded). */
    String found(int at) {
        if (at >= end) {
            return "end of frame";
        }
        return "'" + Printable.preview(bytes, at, end, 16) + "'";
    }
}
