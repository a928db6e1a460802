package org.imapharness.core.fuzz;

/** Bytes shown to people: printable ASCII as is, everything else escaped. */
final class Texts {
    private Texts() {
    }

    /** At most {@code max} bytes of {@code bytes}, CR and LF as {@code \r} {@code \n}, others as {@code \xHH}. */
    static String printable(byte[] bytes, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, max); i++) {
            escape(b, bytes[i] & 0xff);
        }
        if (bytes.length > max) {
            b.append("...(").append(bytes.length).append(" bytes)");
        }
        return b.toString();
    }

    /** The escapes of the scenario language's {@code C-raw:} lines: {@code \r \n \t \\ \xHH}. */
    static void escape(StringBuilder b, int c) {
        switch (c) {
            case '\r' -> b.append("\\r");
            case '\n' -> b.append("\\n");
            case '\t' -> b.append("\\t");
            case '\\' -> b.append("\\\\");
            default -> {
                if (c < 0x20 || c >= 0x7f) {
                    b.append(String.format("\\x%02X", c));
                } else {
                    b.append((char) c);
                }
            }
        }
    }
}
