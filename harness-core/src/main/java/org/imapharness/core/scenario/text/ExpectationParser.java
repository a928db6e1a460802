package org.imapharness.core.scenario.text;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imapharness.core.scenario.Pattern;
import org.imapharness.protocol.response.StatusCondition;

/**
 * The text of an {@code S:} line: an untagged response ({@code * ...}), a continuation
 * ({@code +}), a completion ({@code OK [code]}, or {@code a1 OK} with explicit tagging), or one
 * of the phrases {@code nothing else}, {@code nothing for 500ms} and {@code closed}.
 */
final class ExpectationParser {
    private ExpectationParser() {
    }

    enum Form { UNTAGGED, STATUS, COMPLETION, CONTINUATION, NOTHING_ELSE, SILENCE, CLOSED }

    /** One parsed line; fields not used by its form are null. */
    record Parsed(Form form, List<Pattern> items, Set<StatusCondition> conditions, List<Pattern> code, String tag,
                  Duration silence) {
        static Parsed of(Form form) {
            return new Parsed(form, null, null, null, null, null);
        }
    }

    static Parsed parse(Cursor c, Scope scope, Literals.BlockSource blocks, boolean explicitTags) {
        c.skipSpaces();
        if (c.atEnd()) {
            throw c.error("a response pattern after \"S:\"");
        }
        String rest = c.text.substring(c.pos).strip();
        if (rest.equals("nothing else")) {
            return Parsed.of(Form.NOTHING_ELSE);
        }
        if (rest.startsWith("nothing for")) {
            c.pos += "nothing for".length();
            return new Parsed(Form.SILENCE, null, null, null, null, duration(c));
        }
        if (rest.equals("closed")) {
            return Parsed.of(Form.CLOSED);
        }
        if (c.peek() == '+' && (c.pos + 1 == c.text.length() || c.peek(1) == ' ')) {
            c.pos++;
            if (!c.restIsBlank()) {
                c.skipSpaces();
                throw c.error("the end of the line after + (a continuation's text is not matched)");
            }
            return Parsed.of(Form.CONTINUATION);
        }
        PatternParser items = new PatternParser(c, scope, blocks);
        if (c.peek() == '*' && c.peek(1) == ' ') {
            c.pos += 2;
            c.skipSpaces();
            Set<StatusCondition> conditions = conditions(c, EnumSet.allOf(StatusCondition.class));
            if (conditions != null) {
                return new Parsed(Form.STATUS, null, conditions, code(c, items), null, null);
            }
            List<Pattern> data = items.items((char) 0);
            if (data.isEmpty()) {
                throw c.error("a response after \"*\"");
            }
            return new Parsed(Form.UNTAGGED, data, null, null, null, null);
        }
        String tag = explicitTags ? tag(c) : null;
        Set<StatusCondition> conditions = conditions(c, EnumSet.of(StatusCondition.OK, StatusCondition.NO,
                StatusCondition.BAD));
        if (conditions == null) {
            throw c.error(explicitTags ? "OK, NO or BAD after the tag"
                    : "*, +, OK, NO or BAD (the interpreter writes the tags; with \"tagging: explicit\" you do)");
        }
        return new Parsed(Form.COMPLETION, null, conditions, code(c, items), tag, null);
    }

    private static String tag(Cursor c) {
        int start = c.pos;
        while (!c.atEnd() && c.peek() != ' ') {
            c.pos++;
        }
        String tag = c.text.substring(start, c.pos);
        if (!c.accept(' ')) {
            throw c.error("a space and OK, NO or BAD after the tag");
        }
        c.skipSpaces();
        return tag;
    }

    /** {@code OK} or alternatives such as {@code NO|BAD}, each in {@code allowed}; null if the word is none. */
    private static Set<StatusCondition> conditions(Cursor c, Set<StatusCondition> allowed) {
        int start = c.pos;
        int end = start;
        while (end < c.text.length() && (Character.isLetter(c.text.charAt(end)) || c.text.charAt(end) == '|')) {
            end++;
        }
        if (end < c.text.length() && " [".indexOf(c.text.charAt(end)) < 0) {
            return null;
        }
        Set<StatusCondition> found = EnumSet.noneOf(StatusCondition.class);
        int at = start;
        for (String word : c.text.substring(start, end).split("\\|", -1)) {
            StatusCondition s = condition(word);
            if (s == null) {
                return null;
            }
            if (!allowed.contains(s)) {
                throw c.errorAt(at, "OK, NO or BAD (a tagged status)");
            }
            found.add(s);
            at += word.length() + 1;
        }
        c.pos = end;
        return found;
    }

    private static StatusCondition condition(String word) {
        for (StatusCondition s : StatusCondition.values()) {
            if (s.name().equals(word.toUpperCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }

    /** The optional {@code [code]} and then the end of the line: the human text is never matched. */
    private static List<Pattern> code(Cursor c, PatternParser items) {
        c.skipSpaces();
        List<Pattern> code = null;
        if (c.accept('[')) {
            code = items.items(']');
            if (code.isEmpty()) {
                throw c.errorAt(c.pos - 1, "a response code name inside [ ]");
            }
            c.skipSpaces();
        }
        if (!c.atEnd()) {
            throw c.error("the end of the line (response text is never matched; put notes in # comment lines)");
        }
        return code;
    }

    /** {@code 500ms} or {@code 2s}, after optional spaces. */
    static Duration duration(Cursor c) {
        c.skipSpaces();
        int start = c.pos;
        while (Character.isDigit(c.peek())) {
            c.pos++;
        }
        if (c.pos == start || c.pos - start > 9) {
            throw c.errorAt(start, "a duration such as 500ms or 10s");
        }
        long n = Long.parseLong(c.text.substring(start, c.pos));
        Duration d;
        if (c.accept("ms")) {
            d = Duration.ofMillis(n);
        } else if (c.accept("s")) {
            d = Duration.ofSeconds(n);
        } else {
            throw c.error("ms or s after the number");
        }
        if (!c.restIsBlank()) {
            throw c.error("the end of the line after the duration");
        }
        if (d.isZero()) {
            throw c.errorAt(start, "a duration above zero");
        }
        return d;
    }
}
