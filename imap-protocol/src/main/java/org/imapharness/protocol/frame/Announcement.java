package org.imapharness.protocol.frame;

import java.nio.charset.StandardCharsets;

/**
 * A literal announcement found at the end of a line: {@code {N}}, {@code {N+}} (RFC 7888
 * LITERAL+ / LITERAL-), {@code ~{N}} or {@code ~{N+}} (RFC 3516 literal8).
 *
 * <p>A line ending in a closing brace is not always a literal (that brace is an ATOM-CHAR,
 * RFC 3501 §9), so only brace, digits, optional plus, brace counts; the rest is the grammar's.
 *
 * @param start    index of the opening tilde or brace
 * @param size     the announced size, or -1 when it has too many digits to hold in a long
 * @param digits   how many digits were written, leading zeros included
 * @param nonSync  {@code +} present: the data follows without a continuation request
 * @param text     the announcement for messages, long digit runs shortened
 */
record Announcement(int start, long size, int digits, boolean nonSync, String text) {

    /** 10 digits are enough for 4294967295; more are refused even if they are leading zeros. */
    static final int MAX_DIGITS = 10;

    /** Looks for an announcement ending exactly at {@code end} (the line without its CRLF). */
    static Announcement find(byte[] line, int from, int end) {
        int i = end - 1;
        if (i < from || line[i] != '}') {
            return null;
        }
        i--;
        boolean nonSync = i >= from && line[i] == '+';
        if (nonSync) {
            i--;
        }
        int digitsEnd = i + 1;
        while (i >= from && line[i] >= '0' && line[i] <= '9') {
            i--;
        }
        int digits = digitsEnd - (i + 1);
        if (digits == 0 || i < from || line[i] != '{') {
            return null;
        }
        int start = i > from && line[i - 1] == '~' ? i - 1 : i;
        long size = digits <= 18 ? parse(line, i + 1, digitsEnd) : -1;
        return new Announcement(start, size, digits, nonSync, render(line, start, i + 1, digitsEnd, end));
    }

    /** Whether the size is a {@code number} (RFC 3501 §9): at most 10 digits and 4294967295. */
    boolean isNumber() {
        return digits <= MAX_DIGITS && size <= FrameLimits.MAX_NUMBER;
    }

    private static long parse(byte[] line, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (line[i] - '0');
        }
        return n;
    }

    private static String render(byte[] line, int start, int digitsFrom, int digitsTo, int end) {
        if (digitsTo - digitsFrom <= 24) {
            return new String(line, start, end - start, StandardCharsets.US_ASCII);
        }
        return new String(line, start, digitsFrom - start + 12, StandardCharsets.US_ASCII)
                + "..." + new String(line, digitsTo - 4, end - digitsTo + 4, StandardCharsets.US_ASCII);
    }
}
