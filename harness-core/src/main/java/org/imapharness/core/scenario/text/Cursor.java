package org.imapharness.core.scenario.text;

import org.imapharness.core.scenario.ScenarioSyntaxException;

/**
 * Reads one line of a scenario file character by character and builds located syntax errors.
 * Columns count from 1, so the character at {@code pos} is in column {@code pos + 1}.
 */
final class Cursor {
    private static final int SHOWN = 24;

    final String file;
    final int line;
    final String text;
    int pos;

    Cursor(String file, int line, String text, int start) {
        this.file = file;
        this.line = line;
        this.text = text;
        this.pos = start;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    /** The current character, or 0 at the end. */
    char peek() {
        return peek(0);
    }

    char peek(int ahead) {
        int at = pos + ahead;
        return at < text.length() ? text.charAt(at) : 0;
    }

    boolean accept(char c) {
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    boolean lookingAt(String s) {
        return text.startsWith(s, pos);
    }

    boolean accept(String s) {
        if (lookingAt(s)) {
            pos += s.length();
            return true;
        }
        return false;
    }

    void skipSpaces() {
        while (peek() == ' ' || peek() == '\t') {
            pos++;
        }
    }

    /** True when only spaces remain. */
    boolean restIsBlank() {
        return text.substring(Math.min(pos, text.length())).isBlank();
    }

    int column() {
        return pos + 1;
    }

    ScenarioSyntaxException error(String expected) {
        return errorAt(pos, expected);
    }

    ScenarioSyntaxException errorAt(int at, String expected) {
        return errorAt(at, expected, found(at));
    }

    ScenarioSyntaxException errorAt(int at, String expected, String found) {
        return new ScenarioSyntaxException(file, line, at + 1, expected, found);
    }

    /** What the line holds from {@code at}: a short quoted excerpt, or "the end of the line". */
    String found(int at) {
        if (at >= text.length()) {
            return "the end of the line";
        }
        String rest = text.substring(at);
        return "\"" + (rest.length() > SHOWN ? rest.substring(0, SHOWN) + "..." : rest) + "\"";
    }
}
