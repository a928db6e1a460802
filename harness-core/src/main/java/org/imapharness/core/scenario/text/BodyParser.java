package org.imapharness.core.scenario.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.imapharness.core.scenario.ClientLine;
import org.imapharness.core.scenario.Operand;
import org.imapharness.core.scenario.Relation;
import org.imapharness.core.scenario.ResponsePattern;
import org.imapharness.core.scenario.Step;
import org.imapharness.core.scenario.Tagging;
import org.imapharness.core.scenario.Template;

/** The body lines of a scenario: {@code C:}, {@code C-raw:}, {@code S:}, {@code S?:} and {@code check:}. */
final class BodyParser {
    static final java.util.Set<String> KEYS = java.util.Set.of("C", "C-raw", "S", "S?", "check");

    private final Scope scope;
    private final Tagging tagging;
    private final int connections;
    private final FlowChecker flow;
    private final List<Step> steps = new ArrayList<>();

    BodyParser(Scope scope, Tagging tagging, int connections) {
        this.scope = scope;
        this.tagging = tagging;
        this.connections = connections;
        this.flow = new FlowChecker(tagging);
    }

    void line(Cursor c, LineHead head, Literals.BlockSource blocks) {
        if (head.key().equals("check")) {
            if (head.connection() != 0) {
                throw c.errorAt(0, "check: without a connection number");
            }
            steps.add(check(c, blocks));
            return;
        }
        int connection = head.connection() == 0 ? 1 : head.connection();
        if (connection > connections) {
            throw c.errorAt(0, "a connection number up to " + connections + " (see \"connections:\")",
                    "connection " + connection);
        }
        if (head.key().equals("C")) {
            steps.add(send(c, connection, blocks));
        } else if (head.key().equals("C-raw")) {
            steps.add(rawSend(c, connection));
        } else {
            steps.add(expect(c, connection, head.key().equals("S?"), blocks));
        }
    }

    List<Step> finish() {
        flow.finish();
        return steps;
    }

    private Step send(Cursor c, int connection, Literals.BlockSource blocks) {
        int start = c.pos;
        long dataLeft = flow.dataLeft(connection);
        if (dataLeft >= 0) {
            return literalData(c, connection, blocks, dataLeft);
        }
        boolean continuation = flow.continuationPending(connection);
        var r = ClientLineParser.parse(c, scope, blocks, tagging == Tagging.EXPLICIT && !continuation);
        if (!continuation && r.line().pieces().isEmpty()) {
            throw c.errorAt(start, "a command after \"C:\"");
        }
        c.pos = start;
        int command = flow.send(c, connection, r.tag(), r.literalSize());
        return new Step.Send(c.line, connection, c.text, r.line(), command, command < 0 ? null : r.tag());
    }

    /** {@code C-raw:}: bytes with escapes, sent as written (a tag first unless it continues a command). */
    private Step rawSend(Cursor c, int connection) {
        int start = c.pos;
        if (flow.dataLeft(connection) >= 0) {
            throw c.errorAt(start, "a C: line for the data of a literal with an explicit size (C-raw: lines carry "
                    + "their literal data themselves, after S: +)");
        }
        boolean continuation = flow.continuationPending(connection);
        String bytes = RawLineParser.parse(c);
        if (!continuation && bytes.isEmpty()) {
            throw c.errorAt(start, "a command after \"C-raw:\"");
        }
        String tag = tagging == Tagging.EXPLICIT && !continuation ? RawLineParser.tag(c, bytes) : null;
        c.pos = start;
        int command = flow.send(c, connection, tag, -1);
        List<ClientLine.Piece> pieces = bytes.isEmpty() ? List.of()
                : List.of(new ClientLine.Piece.Text(Template.of(bytes)));
        return new Step.Send(c.line, connection, c.text, new ClientLine(pieces), command, command < 0 ? null : tag);
    }

    /**
     * A line after an explicit literal size: the data still due is taken as written (no variables,
     * no markers, its CRLF included, as in RFC 3501's examples), and what follows the data in the
     * line is more of the command.
     */
    private Step literalData(Cursor c, int connection, Literals.BlockSource blocks, long left) {
        flow.expect(c, connection);
        String rest = c.text.substring(c.pos);
        int bytes = rest.getBytes(StandardCharsets.UTF_8).length;
        List<ClientLine.Piece> pieces = new ArrayList<>();
        if (left >= bytes + 2) {
            pieces.add(new ClientLine.Piece.Text(Template.of(rest)));
            flow.continueData(connection, left - bytes - 2);
            return new Step.Send(c.line, connection, c.text, new ClientLine(pieces), -1, null);
        }
        int split = charsFor(rest, left);
        if (split < 0) {
            throw c.error("a literal size that ends between characters, not inside one or between CR and LF ("
                    + left + " bytes of data were due on this line)");
        }
        if (split > 0) {
            pieces.add(new ClientLine.Piece.Text(Template.of(rest.substring(0, split))));
        }
        c.pos += split;
        var r = ClientLineParser.parse(c, scope, blocks, false);
        pieces.addAll(r.line().pieces());
        flow.continueData(connection, r.literalSize());
        return new Step.Send(c.line, connection, c.text, new ClientLine(pieces), -1, null);
    }

    /** How many characters of {@code s} make exactly {@code bytes} UTF-8 bytes, or -1. */
    private static int charsFor(String s, long bytes) {
        long n = 0;
        int i = 0;
        while (n < bytes && i < s.length()) {
            int cp = s.codePointAt(i);
            n += new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            i += Character.charCount(cp);
        }
        return n == bytes ? i : -1;
    }

    private Step expect(Cursor c, int connection, boolean optional, Literals.BlockSource blocks) {
        int start = c.pos;
        var p = ExpectationParser.parse(c, scope, blocks, tagging == Tagging.EXPLICIT);
        boolean untagged = p.form() == ExpectationParser.Form.UNTAGGED || p.form() == ExpectationParser.Form.STATUS;
        if (optional && !untagged) {
            c.pos = start;
            throw c.error("an untagged response after \"S?:\" (only those can be optional)");
        }
        c.pos = start;
        c.skipSpaces();
        int line = c.line;
        String source = c.text;
        return switch (p.form()) {
            case UNTAGGED -> {
                flow.expect(c, connection);
                yield new Step.Expect(line, connection, source, new ResponsePattern.Untagged(p.items()), optional);
            }
            case STATUS -> {
                flow.expect(c, connection);
                yield new Step.Expect(line, connection, source,
                        new ResponsePattern.Status(p.conditions(), p.code()), optional);
            }
            case COMPLETION -> new Step.Expect(line, connection, source, new ResponsePattern.Completion(
                    flow.completion(c, connection, p.tag()), p.conditions(), p.code()), false);
            case CONTINUATION -> new Step.Expect(line, connection, source,
                    new ResponsePattern.Continuation(flow.continuation(c, connection)), false);
            case NOTHING_ELSE -> {
                flow.nothingElse(c, connection);
                yield new Step.NothingElse(line, connection, source);
            }
            case SILENCE -> {
                flow.expect(c, connection);
                yield new Step.Silence(line, connection, source, p.silence());
            }
            case CLOSED -> {
                flow.closed(c, connection);
                yield new Step.Closed(line, connection, source);
            }
        };
    }

    /** {@code check: $a + 1 == $b}: operands are numbers or bound variables with an optional offset. */
    private Step check(Cursor c, Literals.BlockSource blocks) {
        PatternParser p = new PatternParser(c, scope, blocks);
        c.skipSpaces();
        Operand left = operand(c, p);
        c.skipSpaces();
        int at = c.pos;
        String two = c.text.substring(at, Math.min(at + 2, c.text.length()));
        Relation r = Relation.ofSymbol(two);
        if (r == null && !two.isEmpty()) {
            r = Relation.ofSymbol(two.substring(0, 1));
        }
        if (r == null) {
            throw c.error("a relation: ==, !=, <, <=, > or >=");
        }
        c.pos += r.symbol().length();
        c.skipSpaces();
        Operand right = operand(c, p);
        if (!c.restIsBlank()) {
            c.skipSpaces();
            throw c.error("the end of the line");
        }
        return new Step.Check(c.line, c.text, left, r, right);
    }

    private static Operand operand(Cursor c, PatternParser p) {
        Operand base = p.operand();
        c.skipSpaces();
        char sign = c.peek();
        if ((sign == '+' || sign == '-') && base.variable() != null) {
            c.pos++;
            c.skipSpaces();
            Operand n = p.operand();
            if (n.variable() != null) {
                throw c.errorAt(c.pos - n.variable().length() - 1, "a number after " + sign);
            }
            return new Operand(base.variable(), sign == '+' ? n.offset() : -n.offset());
        }
        return base;
    }
}
