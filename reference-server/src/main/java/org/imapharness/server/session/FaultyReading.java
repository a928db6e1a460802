package org.imapharness.server.session;

import java.io.ByteArrayOutputStream;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultSet;

/**
 * The command-reading faults (FAULTS.md): rewrites a framed command into what a server with the
 * fault would have read, so the correct parser then reaches the faulty server's verdict. Off by
 * default; with no reading fault on, {@link #reread} returns the frame untouched.
 * <ul>
 *   <li>{@link Fault#QUOTED_ESCAPE_IGNORED}: in quoted strings (RFC 3501 §9 {@code quoted}) a
 *       backslash escapes nothing, so the first {@code "} after the opening one ends the string;</li>
 *   <li>{@link Fault#LITERAL_COUNT_OFF_BY_ONE}: a literal {@code {n}} (§4.3) is read as n-1 octets,
 *       its last octet taken as command text.</li>
 * </ul>
 */
final class FaultyReading {
    private FaultyReading() {
    }

    static boolean any(FaultSet faults) {
        return faults.has(Fault.QUOTED_ESCAPE_IGNORED) || faults.has(Fault.LITERAL_COUNT_OFF_BY_ONE);
    }

    static byte[] reread(FaultSet faults, byte[] frame) {
        if (!any(faults)) {
            return frame;
        }
        boolean escapes = faults.has(Fault.QUOTED_ESCAPE_IGNORED);
        boolean offByOne = faults.has(Fault.LITERAL_COUNT_OFF_BY_ONE);
        ByteArrayOutputStream out = new ByteArrayOutputStream(frame.length + 8);
        int pos = 0;
        while (pos < frame.length) {
            int lf = indexOf(frame, pos);
            int end = lf < 0 ? frame.length : lf + 1;
            int open = announcementStart(frame, pos, lf);
            long size = open < 0 ? -1 : size(frame, open, lf);
            int textEnd = open >= 0 ? open : end;
            copyText(out, frame, pos, textEnd, escapes);
            if (open < 0) {
                pos = end;
                continue;
            }
            String announce = new String(frame, open, end - open, java.nio.charset.StandardCharsets.US_ASCII);
            if (offByOne && size > 0) {
                announce = announce.replace("{" + size, "{" + (size - 1));
            }
            out.writeBytes(announce.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            int dataEnd = (int) Math.min(frame.length, end + size);
            out.write(frame, end, dataEnd - end);
            pos = dataEnd;
        }
        return out.toByteArray();
    }

    /** Copies line text; under the escape fault a backslash inside quotes is re-escaped to stand for itself. */
    private static void copyText(ByteArrayOutputStream out, byte[] b, int from, int to, boolean escapes) {
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (escapes && quoted && c == '\\') {
                out.write('\\');
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!escapes && quoted && c == '\\' && i + 1 < to) {
                out.write(c);
                c = b[++i];
            }
            out.write(c);
        }
    }

    /** Where the literal announcement ending the line {@code [from, lf]} starts ({@code ~} or {@code {}), or -1. */
    private static int announcementStart(byte[] b, int from, int lf) {
        if (lf < 0) {
            return -1;
        }
        int i = lf - 1;
        if (i >= from && b[i] == '\r') {
            i--;
        }
        if (i < from || b[i] != '}') {
            return -1;
        }
        i--;
        if (i >= from && b[i] == '+') {
            i--;
        }
        int digits = 0;
        while (i >= from && b[i] >= '0' && b[i] <= '9') {
            i--;
            digits++;
        }
        if (digits == 0 || digits > 10 || i < from || b[i] != '{') {
            return -1;
        }
        return i > from && b[i - 1] == '~' ? i - 1 : i;
    }

    private static long size(byte[] b, int open, int lf) {
        long n = 0;
        for (int i = open; i < lf; i++) {
            if (b[i] >= '0' && b[i] <= '9') {
                n = n * 10 + (b[i] - '0');
            }
        }
        return n;
    }

    private static int indexOf(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
