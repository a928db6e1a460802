package org.imapharness.core.scenario.text;

import org.imapharness.core.scenario.Template;

/**
 * Literals as scenarios write them (in {@code C:}, {@code S:} and {@code append:} lines):
 * <ul>
 *   <li>{@code {"text"}} — inline: the interpreter counts the bytes; escapes {@code \" \\ \r \n \t
 *       \xHH} and variables allowed;</li>
 *   <li>{@code {}} — a block: the content is the {@code |} lines right below, each ending in CRLF;</li>
 *   <li>{@code {12}} — an explicit size (C: lines only, at the end of the line): sent as written,
 *       the data follows in the next {@code C:} lines exactly as in RFC 3501's examples.</li>
 * </ul>
 * A {@code +} before the closing brace makes it non-synchronizing (RFC 7888) and a leading
 * {@code ~} makes it a literal8 (RFC 3516).
 */
final class Literals {
    private Literals() {
    }

    enum Kind { INLINE, BLOCK, EXPLICIT }

    /**
     * @param content the data ({@code null} for EXPLICIT)
     * @param raw     the marker as written
     */
    record Marker(Kind kind, Template content, boolean nonSynchronizing, boolean binary, String raw) {
    }

    /** Supplies the {@code |} lines below the current line, once. */
    interface BlockSource {
        Template take(Cursor c, int markerPos);
    }

    static boolean startsLiteral(Cursor c) {
        return c.peek() == '{' || c.peek() == '~' && c.peek(1) == '{';
    }

    /** Reads the marker at the cursor ({@code {} or {@code ~{}). */
    static Marker read(Cursor c, Scope scope, BlockSource blocks) {
        int at = c.pos;
        boolean binary = c.accept('~');
        c.pos++;
        if (c.peek() == '"') {
            Template content = inlineContent(c, scope);
            boolean nonSync = c.accept('+');
            if (!c.accept('}')) {
                throw c.error("'}' closing the literal");
            }
            return new Marker(Kind.INLINE, content, nonSync, binary, c.text.substring(at, c.pos));
        }
        boolean nonSync = c.accept('+');
        if (c.accept('}')) {
            return new Marker(Kind.BLOCK, blocks.take(c, at), nonSync, binary, c.text.substring(at, c.pos));
        }
        if (!nonSync && Character.isDigit(c.peek())) {
            while (Character.isDigit(c.peek())) {
                c.pos++;
            }
            boolean plus = c.accept('+');
            if (c.accept('}')) {
                return new Marker(Kind.EXPLICIT, null, plus, binary, c.text.substring(at, c.pos));
            }
        }
        throw c.errorAt(at, "a literal: {\"text\"}, {} with | lines below, or {N} ending a C: line");
    }

    /** The quoted content of an inline literal, cursor on its opening quote. */
    private static Template inlineContent(Cursor c, Scope scope) {
        int open = c.pos++;
        Templates.Builder b = new Templates.Builder();
        while (true) {
            char ch = c.peek();
            if (c.atEnd()) {
                throw c.errorAt(open, "'\"' closing the literal's text that starts here", "the end of the line");
            }
            if (ch == '"') {
                c.pos++;
                return b.build();
            }
            if (ch == '$') {
                Templates.readInto(c, scope, b);
            } else if (ch == '\\') {
                escape(c, b);
            } else {
                b.ch(ch);
                c.pos++;
            }
        }
    }

    private static void escape(Cursor c, Templates.Builder b) {
        int at = c.pos++;
        char e = c.peek();
        c.pos++;
        switch (e) {
            case '"', '\\' -> b.ch(e);
            case 'r' -> b.ch('\r');
            case 'n' -> b.ch('\n');
            case 't' -> b.ch('\t');
            case 'x' -> {
                int hi = Character.digit(c.peek(), 16);
                int lo = Character.digit(c.peek(1), 16);
                if (hi < 0 || lo < 0) {
                    throw c.errorAt(at, "two hex digits after \\x");
                }
                c.pos += 2;
                b.ch(Template.rawByte(hi * 16 + lo));
            }
            default -> throw c.errorAt(at, "an escape: \\\" \\\\ \\r \\n \\t or \\xHH");
        }
    }
}
