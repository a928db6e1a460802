package org.imapharness.core.transcript;

import java.util.List;

/**
 * Renders transcript chunks as the RFC 3501 examples do: one {@code C:} or {@code S:} line per
 * protocol line. Consecutive chunks of one direction are joined first, because TCP splits lines
 * anywhere. CRLF ends a line silently; every other control or 8-bit byte is escaped ({@code \x00},
 * a bare LF shows as {@code \n}), so the text is safe to print and diff. Backslashes stay as they
 * are, because IMAP flags are full of them ({@code \Seen}); that reading wins over strict
 * reversibility.
 */
public final class TranscriptRenderer {

    /** Lines longer than this are cut with a note, so one huge literal does not flood a report. */
    public static final int DEFAULT_MAX_LINE = 4096;

    private TranscriptRenderer() {
    }

    public static String render(List<TranscriptEntry> entries) {
        return render(entries, DEFAULT_MAX_LINE);
    }

    public static String render(List<TranscriptEntry> entries, int maxLine) {
        StringBuilder out = new StringBuilder();
        LineWriter line = new LineWriter(out, maxLine);
        Direction current = null;
        for (TranscriptEntry entry : entries) {
            if (entry.direction() != current) {
                line.finish(false);
                current = entry.direction();
                line.direction = current;
            }
            byte[] bytes = entry.bytes().toByteArray();
            for (int i = 0; i < bytes.length; i++) {
                line.add(bytes, i);
            }
            if (entry.truncated()) {
                line.note("[" + (entry.originalLength() - bytes.length) + " more bytes not kept]");
            }
        }
        line.finish(false);
        return out.toString();
    }

    /** Accumulates one rendered line; the pending CR is held back to see whether LF follows. */
    private static final class LineWriter {
        private final StringBuilder out;
        private final int maxLine;
        private final StringBuilder text = new StringBuilder();
        private Direction direction;
        private boolean pendingCr;
        private int hidden;

        LineWriter(StringBuilder out, int maxLine) {
            this.out = out;
            this.maxLine = maxLine;
        }

        void add(byte[] bytes, int i) {
            byte b = bytes[i];
            if (b == '\n') {
                if (!pendingCr) {
                    append((byte) '\n');
                }
                pendingCr = false;
                finish(true);
                return;
            }
            if (pendingCr) {
                append((byte) '\r');
                pendingCr = false;
            }
            if (b == '\r') {
                pendingCr = true;
            } else {
                append(b);
            }
        }

        void note(String note) {
            text.append(' ').append(note);
        }

        /** Ends the line; {@code complete} is false when the direction changed or input ended mid-line. */
        void finish(boolean complete) {
            if (pendingCr) {
                append((byte) '\r');
                pendingCr = false;
            }
            if (text.isEmpty() && hidden == 0 && !complete) {
                return;
            }
            out.append(direction.prefix()).append(text);
            if (hidden > 0) {
                out.append("...[").append(hidden).append(" more bytes]");
            }
            if (!complete) {
                out.append(" [no line end]");
            }
            out.append('\n');
            text.setLength(0);
            hidden = 0;
        }

        private void append(byte b) {
            if (text.length() >= maxLine) {
                hidden++;
            } else {
                appendReadable(text, b);
            }
        }
    }

    private static void appendReadable(StringBuilder sb, byte b) {
        int c = b & 0xff;
        if (c >= 0x20 && c < 0x7f) {
            sb.append((char) c);
        } else if (c == '\t') {
            sb.append("\\t");
        } else if (c == '\r') {
            sb.append("\\r");
        } else if (c == '\n') {
            sb.append("\\n");
        } else {
            sb.append(String.format("\\x%02X", c));
        }
    }
}
