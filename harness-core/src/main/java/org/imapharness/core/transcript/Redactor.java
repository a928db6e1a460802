package org.imapharness.core.transcript;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.imapharness.protocol.command.Command;

/**
 * Hides credentials before bytes reach a transcript, because transcripts end up in reports and CI
 * logs. Covered: the LOGIN password (RFC 3501 §6.2.3), the AUTHENTICATE initial response (SASL-IR,
 * RFC 4959) and, via {@link #REDACTED_LINE}, every line answering an AUTHENTICATE challenge
 * (§6.2.2). Secrets are replaced by {@code ***}; the wire bytes themselves are untouched.
 */
public final class Redactor {

    public static final String MASK = "***";

    /** What to record instead of a SASL response line. */
    public static final byte[] REDACTED_LINE = (MASK + "\r\n").getBytes(StandardCharsets.US_ASCII);

    private static final byte[] CRLF = {'\r', '\n'};

    private Redactor() {
    }

    /**
     * The bytes to record for segment {@code index} of {@code count} of an encoded command.
     * Returns {@code segment} itself when nothing needs hiding.
     */
    public static byte[] redact(Command command, int index, int count, byte[] segment) {
        if (command instanceof Command.Login login) {
            return redactLogin(login, index, count, segment);
        }
        if (command instanceof Command.Authenticate auth && auth.initialResponse() != null && index == 0) {
            // tag SP "AUTHENTICATE" SP mechanism SP initial-response CRLF: mask after the third space
            int at = indexOfNthSpace(segment, 3);
            return at < 0 ? segment : masked(segment, at + 1);
        }
        return segment;
    }

    /**
     * The password is LOGIN's last argument, so it ends the last segment: as an atom or literal its
     * raw bytes precede the final CRLF; as a quoted string, its escaped form does.
     */
    private static byte[] redactLogin(Command.Login login, int index, int count, byte[] segment) {
        if (index != count - 1) {
            return segment;
        }
        byte[] raw = login.password().getBytes(StandardCharsets.UTF_8);
        byte[] quoted = quoted(login.password());
        for (byte[] form : new byte[][] {quoted, raw}) {
            if (endsWith(segment, form)) {
                return masked(segment, segment.length - CRLF.length - form.length);
            }
        }
        // An encoding we do not recognise: hide everything after "tag LOGIN " rather than risk a leak.
        int at = index == 0 ? indexOfNthSpace(segment, 2) : -1;
        return at < 0 ? REDACTED_LINE : masked(segment, at + 1);
    }

    /** Keeps {@code segment[0..from)}, then the mask and CRLF. */
    private static byte[] masked(byte[] segment, int from) {
        byte[] out = Arrays.copyOf(segment, from + REDACTED_LINE.length);
        System.arraycopy(REDACTED_LINE, 0, out, from, REDACTED_LINE.length);
        return out;
    }

    private static boolean endsWith(byte[] segment, byte[] form) {
        int start = segment.length - CRLF.length - form.length;
        if (start < 0 || segment[segment.length - 2] != '\r' || segment[segment.length - 1] != '\n') {
            return false;
        }
        return Arrays.equals(segment, start, start + form.length, form, 0, form.length);
    }

    private static byte[] quoted(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('"').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int indexOfNthSpace(byte[] b, int n) {
        int seen = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == ' ' && ++seen == n) {
                return i;
            }
        }
        return -1;
    }
}
