package org.imapharness.protocol.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sequence-set (RFC 3501 §9, {@code sequence-set}): message sequence numbers or UIDs as
 * ranges, where {@code *} stands for the largest number in use and is kept symbolic until
 * {@link #resolve(long)} is called, because its meaning depends on the mailbox at hand.
 */
public record SequenceSet(List<Range> ranges) {

    /** The symbolic {@code *}; larger than any real number so ranges compare naturally. */
    public static final long STAR = Long.MAX_VALUE;

    /** Largest value of a {@code nz-number} / {@code uniqueid} (RFC 3501 §9: 32-bit unsigned). */
    public static final long MAX_NUMBER = 4294967295L;

    public SequenceSet {
        ranges = List.copyOf(ranges);
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("a sequence-set has at least one element");
        }
    }

    /** One element: a single number ({@code start == end}) or an inclusive range in either order. */
    public record Range(long start, long end) {
        public Range {
            checkNumber(start);
            checkNumber(end);
        }

        public long low() {
            return Math.min(start, end);
        }

        public long high() {
            return Math.max(start, end);
        }

        public boolean isSingle() {
            return start == end;
        }

        String toWire() {
            return isSingle() ? numberToWire(start) : numberToWire(start) + ":" + numberToWire(end);
        }
    }

    public static SequenceSet of(long number) {
        return new SequenceSet(List.of(new Range(number, number)));
    }

    public static SequenceSet range(long start, long end) {
        return new SequenceSet(List.of(new Range(start, end)));
    }

    public static SequenceSet ofNumbers(List<Long> numbers) {
        List<Range> ranges = new ArrayList<>();
        for (long n : numbers) {
            ranges.add(new Range(n, n));
        }
        return new SequenceSet(ranges);
    }

    /** Every message: {@code 1:*}. */
    public static SequenceSet all() {
        return range(1, STAR);
    }

    /**
     * Parses the wire form, e.g. {@code 1,3:5,7:*}. Strict: numbers are {@code nz-number}s.
     *
     * @throws IllegalArgumentException naming the offending position
     */
    public static SequenceSet parse(String wire) {
        Objects.requireNonNull(wire, "wire");
        List<Range> ranges = new ArrayList<>();
        int pos = 0;
        while (true) {
            int colon = -1;
            int end = pos;
            while (end < wire.length() && wire.charAt(end) != ',') {
                if (wire.charAt(end) == ':' && colon < 0) {
                    colon = end;
                }
                end++;
            }
            if (colon < 0) {
                long n = parseNumber(wire, pos, end);
                ranges.add(new Range(n, n));
            } else {
                ranges.add(new Range(parseNumber(wire, pos, colon), parseNumber(wire, colon + 1, end)));
            }
            if (end == wire.length()) {
                return new SequenceSet(ranges);
            }
            pos = end + 1;
        }
    }

    private static long parseNumber(String s, int from, int to) {
        if (to - from == 1 && s.charAt(from) == '*') {
            return STAR;
        }
        if (from == to) {
            throw new IllegalArgumentException("sequence-set '" + s + "': empty number at offset " + from);
        }
        if (s.charAt(from) == '0' || to - from > 10) {
            throw new IllegalArgumentException("sequence-set '" + s + "': expected nz-number at offset " + from);
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException(
                        "sequence-set '" + s + "': expected digit, ':' or ',' at offset " + i + ", found '" + c + "'");
            }
            value = value * 10 + (c - '0');
        }
        checkNumber(value);
        return value;
    }

    private static void checkNumber(long n) {
        if (n != STAR && (n < 1 || n > MAX_NUMBER)) {
            throw new IllegalArgumentException("sequence number out of range 1.." + MAX_NUMBER + ": " + n);
        }
    }

    private static String numberToWire(long n) {
        return n == STAR ? "*" : Long.toString(n);
    }

    /** True when {@code number} is in this set, with {@code *} standing for {@code largest}. */
    public boolean contains(long number, long largest) {
        for (Range r : ranges) {
            long a = r.start == STAR ? largest : r.start;
            long b = r.end == STAR ? largest : r.end;
            if (number >= Math.min(a, b) && number <= Math.max(a, b)) {
                return true;
            }
        }
        return false;
    }

    /** True when some element uses {@code *}. */
    public boolean usesStar() {
        return ranges.stream().anyMatch(r -> r.start == STAR || r.end == STAR);
    }

    /** The wire form, e.g. {@code 1:3,5,9:*}. */
    public String toWire() {
        StringBuilder sb = new StringBuilder();
        for (Range r : ranges) {
            if (!sb.isEmpty()) {
                sb.append(',');
            }
            sb.append(r.toWire());
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return toWire();
    }
}
