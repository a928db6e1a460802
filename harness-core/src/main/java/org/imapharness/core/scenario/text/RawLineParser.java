package org.imapharness.core.scenario.text;

import org.imapharness.core.scenario.Template;

/**
 * The text of a {@code C-raw:} line: bytes written with the escapes {@code \r \n \t \\} and
 * {@code \xHH}, everything else taken as written (no variables, no literal markers). It lets a
 * scenario send what a {@code C:} line cannot hold (NUL, bare CR or LF, 8-bit bytes that are not
 * UTF-8, a literal whose size is wrong), as fuzz replays need. The line's CRLF is added on
 * sending, as for {@code C:}.
 */
final class RawLineParser {
    private RawLineParser() {
    }

    /** The bytes as template text: 7-bit as characters, 8-bit as {@link Template#rawByte} characters. */
    static String parse(Cursor c) {
        StringBuilder out = new StringBuilder();
        while (!c.atEnd()) {
            char ch = c.peek();
            if (ch > 0x7e) {
                throw c.error("printable ASCII or an escape (\\xHH for 8-bit bytes) in a C-raw: line");
            }
            if (ch != '\\') {
                out.append(ch);
                c.pos++;
                continue;
            }
            int at = c.pos;
            char e = c.pos + 1 < c.text.length() ? c.text.charAt(c.pos + 1) : 0;
            c.pos += 2;
            switch (e) {
                case 'r' -> out.append('\r');
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case '\\' -> out.append('\\');
                case 'x' -> {
                    int hi = c.pos + 1 < c.text.length() ? Character.digit(c.text.charAt(c.pos), 16) : -1;
                    int lo = hi >= 0 ? Character.digit(c.text.charAt(c.pos + 1), 16) : -1;
                    if (lo < 0) {
                        throw c.errorAt(at, "\\x and two hex digits");
                    }
                    out.append(Template.rawByte(hi * 16 + lo));
                    c.pos += 2;
                }
                default -> throw c.errorAt(at, "an escape: \\r \\n \\t \\\\ or \\xHH");
            }
        }
        return out.toString();
    }

    /** The tag a raw line starts with under explicit tagging: the bytes before the first space. */
    static String tag(Cursor c, String bytes) {
        int sp = bytes.indexOf(' ');
        String tag = sp < 0 ? bytes : bytes.substring(0, sp);
        if (tag.isEmpty() || tag.chars().anyMatch(ch -> ch < 0x21 || ch > 0x7e)) {
            throw c.errorAt(0, "a tag starting the line (tagging: explicit), e.g. \"C-raw: a1 NOOP\"");
        }
        return tag;
    }
}
