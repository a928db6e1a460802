package org.imapharness.server.message;

import java.util.ArrayList;
import java.util.List;

/**
 * The lexical layer of RFC 5322 §3.2–3.4 for address headers: atoms (dots included, which covers
 * dot-atoms and the obsolete phrase of §4.1), quoted strings (unescaped), domain literals, comments
 * and the specials {@code < > : ; , @}. Unterminated quotes, comments and literals run to the end;
 * a {@code )} that closes no comment is dropped (every other branch would stop before it).
 */
final class AddressTokens {
    enum Kind { ATOM, QUOTED, LITERAL, COMMENT, SPECIAL }

    record Token(Kind kind, String text) {
        boolean is(char special) {
            return kind == Kind.SPECIAL && text.charAt(0) == special;
        }

        boolean isWord() {
            return kind == Kind.ATOM || kind == Kind.QUOTED;
        }
    }

    private AddressTokens() {
    }

    static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                i++;
            } else if (c == ')') {
                i++;
            } else if (c == '(') {
                StringBuilder sb = new StringBuilder();
                i = comment(s, i, sb);
                out.add(new Token(Kind.COMMENT, sb.toString().trim()));
            } else if (c == '"') {
                StringBuilder sb = new StringBuilder();
                i = quoted(s, i + 1, sb);
                out.add(new Token(Kind.QUOTED, sb.toString()));
            } else if (c == '[') {
                int close = s.indexOf(']', i);
                int stop = close < 0 ? s.length() : close + 1;
                out.add(new Token(Kind.LITERAL, s.substring(i, stop)));
                i = stop;
            } else if ("<>:;,@".indexOf(c) >= 0) {
                out.add(new Token(Kind.SPECIAL, String.valueOf(c)));
                i++;
            } else {
                int start = i;
                while (i < s.length() && " \t\r\n()\"[<>:;,@".indexOf(s.charAt(i)) < 0) {
                    i++;
                }
                out.add(new Token(Kind.ATOM, s.substring(start, i)));
            }
        }
        return out;
    }

    /** Reads a (possibly nested) comment starting at {@code open}; returns the index after it. */
    private static int comment(String s, int open, StringBuilder sb) {
        int depth = 0;
        int i = open;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '\\' && i < s.length()) {
                sb.append(s.charAt(i++));
            } else if (c == '(') {
                if (depth++ > 0) {
                    sb.append(c);
                }
            } else if (c == ')') {
                if (--depth == 0) {
                    return i;
                }
                sb.append(c);
            } else {
                sb.append(c);
            }
        }
        return i;
    }

    private static int quoted(String s, int i, StringBuilder sb) {
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '\\' && i < s.length()) {
                sb.append(s.charAt(i++));
            } else if (c == '"') {
                return i;
            } else {
                sb.append(c);
            }
        }
        return i;
    }
}
