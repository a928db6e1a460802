package org.imapharness.core.scenario.text;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.core.scenario.ClientLine;

/**
 * The text of a {@code C:} line: raw IMAP with {@code $variables} and literal markers (see
 * {@link Literals}). Quoted strings are copied as written; the scan only tracks them so that a
 * brace inside one is not taken for a literal.
 */
final class ClientLineParser {
    private ClientLineParser() {
    }

    /**
     * @param line              the parsed text
     * @param tag               the first word, when it is the tag (explicit tagging), else null
     * @param literalSize       the size of the explicit literal ({@code {12}}) that ends the line,
     *                          whose data the next C: lines of the connection carry; -1 when none
     */
    record Result(ClientLine line, String tag, long literalSize) {
    }

    static Result parse(Cursor c, Scope scope, Literals.BlockSource blocks, boolean explicitTag) {
        String tag = explicitTag ? tag(c) : null;
        List<ClientLine.Piece> pieces = new ArrayList<>();
        Templates.Builder text = new Templates.Builder();
        long literalSize = -1;
        while (!c.atEnd()) {
            char ch = c.peek();
            if (ch == '"') {
                quoted(c, scope, text);
            } else if (ch == '$') {
                Templates.readInto(c, scope, text);
            } else if (Literals.startsLiteral(c)) {
                int at = c.pos;
                Literals.Marker m = Literals.read(c, scope, blocks);
                if (m.kind() == Literals.Kind.EXPLICIT) {
                    if (!c.atEnd()) {
                        throw c.errorAt(at, "a literal with an explicit size only at the end of the line "
                                + "(or let the interpreter count: {\"text\"} or {})");
                    }
                    text.text(m.raw());
                    String digits = m.raw().replaceAll("[^0-9]", "");
                    literalSize = digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
                } else {
                    if (!text.isEmpty()) {
                        pieces.add(new ClientLine.Piece.Text(text.build()));
                        text = new Templates.Builder();
                    }
                    pieces.add(new ClientLine.Piece.Literal(m.content(), m.nonSynchronizing(), m.binary()));
                }
            } else {
                text.ch(ch);
                c.pos++;
            }
        }
        if (!text.isEmpty()) {
            pieces.add(new ClientLine.Piece.Text(text.build()));
        }
        return new Result(new ClientLine(pieces), tag, literalSize);
    }

    /** The tag that starts the line under explicit tagging: a plain word, no variables or specials. */
    private static String tag(Cursor c) {
        int start = c.pos;
        int end = start;
        while (end < c.text.length() && c.text.charAt(end) != ' ') {
            end++;
        }
        String tag = c.text.substring(start, end);
        if (tag.isEmpty() || tag.chars().anyMatch(ch -> ch == '$' || ch == '"' || ch == '{' || ch == '\t')) {
            throw c.errorAt(start, "a tag starting the line (tagging: explicit), e.g. \"C: a1 NOOP\"");
        }
        return tag;
    }

    /** Copies a quoted string, honouring backslash escapes, filling in variables. */
    private static void quoted(Cursor c, Scope scope, Templates.Builder text) {
        text.ch('"');
        c.pos++;
        while (!c.atEnd()) {
            char ch = c.peek();
            if (ch == '\\' && c.pos + 1 < c.text.length()) {
                text.ch(ch).ch(c.peek(1));
                c.pos += 2;
            } else if (ch == '$') {
                Templates.readInto(c, scope, text);
            } else {
                text.ch(ch);
                c.pos++;
                if (ch == '"') {
                    return;
                }
            }
        }
        // An unterminated quote goes out as written: a scenario may test how a server rejects it.
    }
}
