package org.imapharness.protocol.codec;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.imapharness.protocol.model.Printable;

/**
 * A position in one frame of {@link ResponseParser}, with what every rule needs around it:
 * errors that name rule, offset, expected and found; SP, CRLF and numbers; nesting depth; quirks,
 * held as pending and counted only when the whole response parses. The frame's array is read
 * in place with an int index. Errors are thrown as {@link ImapSyntaxException} (stackless, so
 * cheap) and turned into a {@code MalformedResponse} at the top. Not thread-safe.
 */
class ResponseCursor {
    /** Deepest nesting of body / body-extension accepted, so hostile input cannot exhaust the stack. */
    static final int MAX_DEPTH = 100;
    static final long MAX_NUMBER = 4_294_967_295L;

    private static final Quirk[] QUIRKS = Quirk.values();

    private final boolean[] allowed = new boolean[QUIRKS.length];
    private final int[] pending = new int[QUIRKS.length];
    private boolean anyPending;

    byte[] buf;
    int pos;
    int end;
    int base;
    private int depth;

    // Elements of the lists under construction. Lists nest (an address list in an envelope in
    // a body part) and each ends before its parent takes its next element, so one stack serves
    // all; ending a list with List.of gives the records an immutable list they keep as is.
    private Object[] items = new Object[64];
    private int itemCount;

    ResponseCursor(Set<Quirk> allowedQuirks) {
        for (Quirk q : allowedQuirks) {
            allowed[q.ordinal()] = true;
        }
    }

    void reset(byte[] bytes, int offset, int length) {
        buf = bytes;
        base = offset;
        pos = offset;
        end = offset + length;
        depth = 0;
        dropQuirks();
        Arrays.fill(items, 0, itemCount, null);
        itemCount = 0;
        if (items.length > 4096) {
            items = new Object[64];
        }
    }

    // ---- lists --------------------------------------------------------------------------------

    /** Starts a list; pass the mark to {@link #listEnd}. */
    int listStart() {
        return itemCount;
    }

    void listAdd(Object element) {
        if (itemCount == items.length) {
            items = Arrays.copyOf(items, itemCount * 2);
        }
        items[itemCount++] = element;
    }

    /** The immutable list of the elements added since {@code mark}. */
    @SuppressWarnings("unchecked")
    <T> List<T> listEnd(int mark) {
        Object[] a = items;
        List<Object> list = switch (itemCount - mark) {
            case 0 -> List.of();
            case 1 -> List.of(a[mark]);
            case 2 -> List.of(a[mark], a[mark + 1]);
            default -> List.of(Arrays.copyOfRange(a, mark, itemCount));
        };
        Arrays.fill(a, mark, itemCount, null);
        itemCount = mark;
        return (List<T>) list;
    }

    // ---- position, errors, quirks -------------------------------------------------------------

    int offset() {
        return pos - base;
    }

    ImapSyntaxException fail(String rule, String expected) {
        return failAt(pos, rule, expected);
    }

    ImapSyntaxException failAt(int at, String rule, String expected) {
        String found = at >= end ? "end of frame" : "'" + Printable.preview(buf, at, end, 24) + "'";
        return new ImapSyntaxException(rule, at - base, expected, found);
    }

    ImapSyntaxException failAt(int at, String rule, String expected, String found) {
        return new ImapSyntaxException(rule, at - base, expected, found);
    }

    /** Accepts a known deviation if allowed (counting it once the response parses), else fails. */
    void quirk(Quirk quirk, String rule, String expected) {
        quirkAt(pos, quirk, rule, expected);
    }

    /** As {@link #quirk}, reporting byte {@code at} if the quirk is not allowed. */
    void quirkAt(int at, Quirk quirk, String rule, String expected) {
        if (!allowed[quirk.ordinal()]) {
            throw failAt(at, rule, expected);
        }
        pending[quirk.ordinal()]++;
        anyPending = true;
    }

    void commitQuirks(QuirkCounter counter) {
        if (anyPending) {
            for (int i = 0; i < pending.length; i++) {
                if (pending[i] > 0) {
                    counter.add(QUIRKS[i], pending[i]);
                }
            }
            dropQuirks();
        }
    }

    void dropQuirks() {
        if (anyPending) {
            Arrays.fill(pending, 0);
            anyPending = false;
        }
    }

    void enter(String rule) {
        if (++depth > MAX_DEPTH) {
            throw fail(rule, "at most " + MAX_DEPTH + " nested levels");
        }
    }

    void leave() {
        depth--;
    }

    // ---- single bytes -------------------------------------------------------------------------

    /** The next byte as 0..255, or -1 at the end of the frame. */
    int peek() {
        return pos < end ? buf[pos] & 0xff : -1;
    }

    boolean accept(char c) {
        if (pos < end && buf[pos] == c) {
            pos++;
            return true;
        }
        return false;
    }

    void expect(char c, String rule) {
        if (!accept(c)) {
            throw fail(rule, c == ' ' ? "SP" : "'" + c + "'");
        }
    }

    void sp(String rule) {
        expect(' ', rule);
    }

    boolean atLineEnd() {
        return pos < end && (buf[pos] == '\r' || buf[pos] == '\n');
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Consumes one SP if more items follow it; leaves spaces that only precede the line end for
     * {@link #endOfResponse}, where they are the {@link Quirk#TRAILING_SPACE} quirk.
     */
    boolean spThenMore() {
        if (pos >= end || buf[pos] != ' ') {
            return false;
        }
        int p = pos;
        while (p < end && buf[p] == ' ') {
            p++;
        }
        if (p < end && buf[p] != '\r' && buf[p] != '\n') {
            pos++;
            return true;
        }
        return false;
    }

    /** CRLF ending a line that continues with literal data (LF alone is a quirk). */
    void lineBreak(String rule) {
        if (pos + 1 < end && buf[pos] == '\r' && buf[pos + 1] == '\n') {
            pos += 2;
        } else if (pos < end && buf[pos] == '\n') {
            quirk(Quirk.BARE_LINE_FEED, rule, "CRLF");
            pos++;
        } else {
            throw fail(rule, "CRLF");
        }
    }

    /** CRLF that ends the response: nothing may follow it in the frame. */
    void crlf(String rule) {
        lineBreak(rule);
        if (pos != end) {
            throw fail(rule, "end of frame after CRLF");
        }
    }

    /** Optional trailing spaces (a quirk) then the final CRLF. */
    void endOfResponse(String rule) {
        if (pos < end && buf[pos] == ' ') {
            int p = pos;
            while (p < end && buf[p] == ' ') {
                p++;
            }
            if (p < end && (buf[p] == '\r' || buf[p] == '\n')) {
                quirk(Quirk.TRAILING_SPACE, rule, "CRLF");
                pos = p;
            }
        }
        crlf(rule);
    }

    // ---- numbers ------------------------------------------------------------------------------

    long number(String rule) {
        return digits(rule, MAX_NUMBER, false);
    }

    long nzNumber(String rule) {
        return digits(rule, MAX_NUMBER, true);
    }

    /** {@code mod-sequence-value} (RFC 7162 §7): 1*DIGIT, at most 2^63-1. */
    long modSequenceValue(String rule) {
        return digits(rule, Long.MAX_VALUE, false);
    }

    private long digits(String rule, long max, boolean nonZero) {
        int start = pos;
        int p = pos;
        long value = 0;
        while (p < end && isDigit(buf[p])) {
            int d = buf[p] - '0';
            if (value > (max - d) / 10) {
                throw failAt(start, rule, (nonZero ? "nz-number" : "number") + " up to " + max);
            }
            value = value * 10 + d;
            p++;
        }
        pos = p;
        if (pos == start) {
            throw fail(rule, nonZero ? "nz-number" : "number");
        }
        if (nonZero && buf[start] == '0') {
            throw failAt(start, rule, "nz-number (digit-nz first)");
        }
        return value;
    }
}
