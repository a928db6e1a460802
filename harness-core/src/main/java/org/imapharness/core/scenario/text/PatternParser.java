package org.imapharness.core.scenario.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.imapharness.core.scenario.Operand;
import org.imapharness.core.scenario.Pattern;
import org.imapharness.core.scenario.Relation;

/**
 * Response items as {@code S:} lines write them: IMAP's own syntax (atoms, numbers, quoted
 * strings, NIL, parenthesised lists, {@code BODY[...]<n>} names) plus {@code *} (any one item),
 * {@code ...} (any further items, last in a list), {@code !ITEM} (an item an unordered list must
 * not hold), {@code $name} (capture, or compare once bound), relations such as {@code >$uidnext} and literal data ({@code {"text"}}, {@code {}}).
 */
final class PatternParser {
    private final Cursor c;
    private final Scope scope;
    private final Literals.BlockSource blocks;

    PatternParser(Cursor c, Scope scope, Literals.BlockSource blocks) {
        this.c = c;
        this.scope = scope;
        this.blocks = blocks;
    }

    /** Items up to {@code close} (consumed), or to the end of the line when {@code close == 0}. */
    List<Pattern> items(char close) {
        List<Pattern> items = new ArrayList<>();
        int open = c.pos - 1;
        while (true) {
            c.skipSpaces();
            if (c.atEnd()) {
                if (close != 0) {
                    throw c.error("'" + close + "' closing the '" + (close == ')' ? '(' : '[') + "' in column "
                            + (open + 1));
                }
                return items;
            }
            char ch = c.peek();
            if (ch == close) {
                c.pos++;
                return items;
            }
            if (ch == ')' || ch == ']') {
                throw c.error(close == 0 ? "a response item" : "a response item or '" + close + "'");
            }
            if (!items.isEmpty() && items.get(items.size() - 1) instanceof Pattern.Rest) {
                throw c.errorAt(c.pos, "nothing after \"...\" (it stands for all further items of its list)");
            }
            items.add(item());
            if (!c.atEnd() && " )]".indexOf(c.peek()) < 0) {
                throw c.error("a space between items");
            }
        }
    }

    private Pattern item() {
        char ch = c.peek();
        if (ch == '(') {
            c.pos++;
            return new Pattern.ListOf(items(')'));
        }
        if (ch == '[') {
            throw c.error("a response item ([...] is a response code: only after OK, NO, BAD, PREAUTH or BYE)");
        }
        if (ch == '"') {
            return new Pattern.Exact(quoted(), true);
        }
        if (Literals.startsLiteral(c)) {
            int at = c.pos;
            Literals.Marker m = Literals.read(c, scope, blocks);
            if (m.kind() == Literals.Kind.EXPLICIT) {
                throw c.errorAt(at, "{\"text\"} or {} for literal data (patterns need no sizes)");
            }
            return new Pattern.Data(m.content());
        }
        if (ch == '*' && delimiterAt(c.pos + 1)) {
            c.pos++;
            return new Pattern.Any();
        }
        if (c.lookingAt("...") && delimiterAt(c.pos + 3)) {
            c.pos += 3;
            return new Pattern.Rest();
        }
        if (ch == '!' && c.peek(1) != '=') {
            return absent();
        }
        if (ch == '>' || ch == '<' || ch == '!' || ch == '=') {
            return compare();
        }
        if (ch == '$' && c.peek(1) != '$' && wholeVariable()) {
            int column = c.column();
            String name = Templates.reference(c);
            if (scope.isBound(name)) {
                scope.use(name, c, column);
            } else {
                scope.capture(name, c.line, column);
            }
            return new Pattern.Variable(name);
        }
        return atom();
    }

    /** {@code !ITEM}: an atom or quoted string that must not be in the enclosing unordered list. */
    private Pattern absent() {
        int at = c.pos++;
        String expected = "an atom or string after ! (an item that must be absent), without variables";
        if (c.atEnd() || " ()]".indexOf(c.peek()) >= 0 || c.peek() == '$' && c.peek(1) != '$') {
            throw c.errorAt(at, expected);
        }
        Pattern item = c.peek() == '"' ? new Pattern.Exact(quoted(), true) : atom();
        if (!(item instanceof Pattern.Exact e) || !e.text().variables().isEmpty()) {
            throw c.errorAt(at, expected);
        }
        return new Pattern.Absent(e);
    }

    /** Whether the {@code $name} at the cursor is the whole item (else it is part of an atom). */
    private boolean wholeVariable() {
        int save = c.pos;
        try {
            Templates.reference(c);
            return delimiterAt(c.pos);
        } finally {
            c.pos = save;
        }
    }

    private boolean delimiterAt(int at) {
        return at >= c.text.length() || " )]".indexOf(c.text.charAt(at)) >= 0;
    }

    /** {@code >5}, {@code >=$uidnext}, {@code !=$x}. */
    private Pattern compare() {
        int at = c.pos;
        String two = c.text.substring(at, Math.min(at + 2, c.text.length()));
        Relation r = Relation.ofSymbol(two);
        if (r == null) {
            r = Relation.ofSymbol(two.substring(0, 1));
        }
        if (r == null) {
            throw c.errorAt(at, "a relation: >, >=, <, <=, == or !=");
        }
        c.pos += r.symbol().length();
        return new Pattern.Compare(r, operand());
    }

    /** A number or a bound {@code $variable}. */
    Operand operand() {
        if (Character.isDigit(c.peek())) {
            int start = c.pos;
            while (Character.isDigit(c.peek())) {
                c.pos++;
            }
            if (c.pos - start > 18) {
                throw c.errorAt(start, "a number below 10^18");
            }
            return Operand.constant(Long.parseLong(c.text.substring(start, c.pos)));
        }
        if (c.peek() == '$' && c.peek(1) != '$') {
            int column = c.column();
            String name = Templates.reference(c);
            scope.use(name, c, column);
            return Operand.variable(name);
        }
        throw c.error("a number or a $variable");
    }

    /** An IMAP quoted string (escapes {@code \"} and {@code \\}) with variables filled in. */
    private org.imapharness.core.scenario.Template quoted() {
        int open = c.pos++;
        Templates.Builder b = new Templates.Builder();
        while (true) {
            if (c.atEnd()) {
                throw c.errorAt(open, "'\"' closing the string that starts here", "the end of the line");
            }
            char ch = c.peek();
            if (ch == '"') {
                c.pos++;
                return b.build();
            }
            if (ch == '\\') {
                char e = c.peek(1);
                if (e != '"' && e != '\\') {
                    throw c.error("\\\" or \\\\ (the only escapes in a quoted string, RFC 3501 §9)");
                }
                b.ch(e);
                c.pos += 2;
            } else if (ch == '$') {
                Templates.readInto(c, scope, b);
            } else {
                b.ch(ch);
                c.pos++;
            }
        }
    }

    /** An atom or number, possibly with variables and a section: {@code BODY[HEADER.FIELDS (FROM)]<0>}. */
    private Pattern atom() {
        int start = c.pos;
        Templates.Builder b = new Templates.Builder();
        boolean variables = false;
        while (!c.atEnd() && " ()]\"".indexOf(c.peek()) < 0) {
            char ch = c.peek();
            if (ch == '[') {
                section(b);
            } else if (ch == '$') {
                variables |= c.peek(1) != '$';
                Templates.readInto(c, scope, b);
            } else if (ch == '{') {
                throw c.error("a space before a literal");
            } else {
                b.ch(ch);
                c.pos++;
            }
        }
        if (c.pos == start) {
            throw c.error("a response item");
        }
        String text = c.text.substring(start, c.pos);
        if (!variables && text.toUpperCase(Locale.ROOT).equals("NIL")) {
            return new Pattern.Nil();
        }
        return new Pattern.Exact(b.build(), false);
    }

    /** {@code [...]} glued to an atom, and the {@code <origin>} after it. */
    private void section(Templates.Builder b) {
        int open = c.pos;
        int close = c.text.indexOf(']', open);
        if (close < 0) {
            throw c.errorAt(open, "']' closing the section that starts here", "the end of the line");
        }
        b.text(c.text.substring(open, close + 1));
        c.pos = close + 1;
        if (c.peek() == '<') {
            int end = c.text.indexOf('>', c.pos);
            if (end < 0) {
                throw c.error("'>' closing the partial origin");
            }
            b.text(c.text.substring(c.pos, end + 1));
            c.pos = end + 1;
        }
    }
}
