package org.imapharness.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds where a received response departs from the expected pattern, so the report can mark
 * those bytes. It walks both token by token with the pattern language's wildcards ({@code *},
 * {@code ...}, captures, relations; docs/scenario-language.md) and stops at the first token that
 * differs. Unordered lists (flags) can make it point at a token the matcher itself accepted; the
 * matcher's own "why" line, shown beside the mark, is the authority.
 */
final class MismatchLocator {
    /** Items that match any one item: {@code *}, {@code $capture}, {@code >$x}, {@code <=5}. */
    private static final Pattern ANY_ONE = Pattern.compile("\\*|\\$\\{?\\w+}?|(?:>=|<=|!=|==|>|<)\\S+");
    private static final Pattern STATUS = Pattern.compile("(?i)(OK|NO|BAD|PREAUTH|BYE)(\\|(OK|NO|BAD|PREAUTH|BYE))*");

    /** A token's place in the received text: {@code [start, end)}. */
    record Span(int start, int end) {
    }

    private record Token(String text, int start, int end) {
    }

    private MismatchLocator() {
    }

    /**
     * The span of the first received token the pattern does not accept, or empty when none was
     * found (all matched, or the received text ran out first). Raw previews escape backslashes
     * ({@code \\Seen}), so tokens compare after undoing that.
     */
    static Optional<Span> locate(String expected, String received) {
        List<Token> exp = tokens(expected);
        List<Token> rec = tokens(received);
        int i = 0;
        int j = 0;
        if (!exp.isEmpty() && STATUS.matcher(exp.get(0).text()).matches() && rec.size() > 1
                && !rec.get(0).text().equals("*") && !rec.get(0).text().equals("+")) {
            j = 1; // a completion written without its tag (tagging: auto) against "A0003 NO ..."
        }
        while (i < exp.size() && j < rec.size()) {
            String e = exp.get(i).text();
            if (e.equals("...")) {
                j = endOfList(rec, j);
            } else if (ANY_ONE.matcher(e).matches()) {
                j = afterItem(rec, j);
            } else if (matches(e, rec.get(j).text())) {
                j++;
            } else {
                return Optional.of(new Span(rec.get(j).start(), rec.get(j).end()));
            }
            i++;
        }
        return Optional.empty();
    }

    private static boolean matches(String pattern, String token) {
        String t = token.replace("\\\\", "\\");
        if (t.endsWith("\\r\\n")) {
            t = t.substring(0, t.length() - 4);
        }
        for (String alternative : pattern.split("\\|")) {
            if (alternative.equalsIgnoreCase(t)) {
                return true;
            }
        }
        return pattern.equalsIgnoreCase(t);
    }

    /** Past one item: a whole parenthesised list, or one token. */
    private static int afterItem(List<Token> rec, int j) {
        String t = rec.get(j).text();
        if (!t.equals("(") && !t.equals("[")) {
            return j + 1;
        }
        int depth = 0;
        for (int k = j; k < rec.size(); k++) {
            String x = rec.get(k).text();
            depth += x.equals("(") || x.equals("[") ? 1 : x.equals(")") || x.equals("]") ? -1 : 0;
            if (depth == 0) {
                return k + 1;
            }
        }
        return rec.size();
    }

    /** At the closing bracket of the list the walk is in (or the end). */
    private static int endOfList(List<Token> rec, int j) {
        int depth = 0;
        for (int k = j; k < rec.size(); k++) {
            String x = rec.get(k).text();
            if (x.equals("(") || x.equals("[")) {
                depth++;
            } else if (x.equals(")") || x.equals("]")) {
                if (depth == 0) {
                    return k;
                }
                depth--;
            }
        }
        return rec.size();
    }

    /** Brackets alone, quoted strings whole, anything else up to a space or bracket. */
    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ') {
                i++;
            } else if ("()[]".indexOf(c) >= 0) {
                tokens.add(new Token(String.valueOf(c), i, i + 1));
                i++;
            } else if (c == '"') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '"') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, text.length());
                tokens.add(new Token(text.substring(i, end), i, end));
                i = end;
            } else {
                int end = i;
                while (end < text.length() && " ()[]".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                tokens.add(new Token(text.substring(i, end), i, end));
                i = end;
            }
        }
        return tokens;
    }
}
