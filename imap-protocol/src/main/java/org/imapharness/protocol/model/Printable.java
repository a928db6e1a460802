package org.imapharness.protocol.model;

/** Renders raw protocol bytes for humans: CR, LF, control and 8-bit bytes are escaped. */
public final class Printable {
    private Printable() {
    }

    /** Escapes at most {@code max} bytes of {@code bytes[from..to)}, appending "..." when cut. */
    public static String preview(byte[] bytes, int from, int to, int max) {
        StringBuilder sb = new StringBuilder();
        int end = Math.min(to, from + max);
        for (int i = from; i < end; i++) {
            appendEscaped(sb, bytes[i]);
        }
        if (end < to) {
            sb.append("...(").append(to - from).append(" bytes)");
        }
        return sb.toString();
    }

    public static String escape(byte[] bytes) {
        return preview(bytes, 0, bytes.length, Integer.MAX_VALUE);
    }

    public static void appendEscaped(StringBuilder sb, byte b) {
        int c = b & 0xff;
        switch (c) {
            case '\r' -> sb.append("\\r");
            case '\n' -> sb.append("\\n");
            case '\t' -> sb.append("\\t");
            case '\\' -> sb.append("\\\\");
            default -> {
                if (c < 0x20 || c >= 0x7f) {
                    sb.append(String.format("\\x%02X", c));
                } else {
                    sb.append((char) c);
                }
            }
        }
    }
}
