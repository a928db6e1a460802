package org.imapharness.core.fuzz;

/**
 * SEARCH criteria (RFC 3501 §6.4.4, §9 {@code search-key}): every key, nested through NOT, OR
 * and parentheses, string arguments in every form, dates bare and quoted, plus the MODSEQ key
 * (RFC 7162) and result options (RFC 4731) when the target advertises them.
 */
final class SearchKeys {
    private static final String[] FLAG_KEYS = {"ALL", "ANSWERED", "DELETED", "FLAGGED", "NEW", "OLD", "RECENT",
        "SEEN", "UNANSWERED", "UNDELETED", "UNFLAGGED", "UNSEEN", "DRAFT", "UNDRAFT"};
    private static final String[] STRING_KEYS = {"BCC", "BODY", "CC", "FROM", "SUBJECT", "TEXT", "TO"};
    private static final String[] DATE_KEYS = {"BEFORE", "ON", "SINCE", "SENTBEFORE", "SENTON", "SENTSINCE"};
    private static final int MAX_DEPTH = 12;

    private SearchKeys() {
    }

    /** What follows {@code SEARCH SP}: options, charset and one or more keys. */
    static void criteria(Draw d) {
        if (d.traits.has("ESEARCH") && d.c.percent(25)) {
            d.rule("rfc4731-search-return-opts").kw("RETURN").text(" (");
            int n = 0;
            while (n < 4 && d.c.more(2)) {
                d.text(n++ > 0 ? " " : "").kw(d.c.oneOf("MIN", "MAX", "ALL", "COUNT"));
            }
            d.text(") ");
        }
        if (d.c.percent(15)) {
            d.rule("search-charset").kw("CHARSET").sp().str(d.c.oneOf("UTF-8", "US-ASCII", "utf-8"), Part.Slot.ASTRING).sp();
        }
        int n = 0;
        do {
            if (n++ > 0) {
                d.sp();
            }
            key(d, 0);
        } while (n < 5 && d.c.more(1));
    }

    static void key(Draw d, int depth) {
        d.rule("search-key");
        int kind = d.c.below(depth >= MAX_DEPTH ? 7 : 10);
        switch (kind) {
            case 0 -> d.kw(d.c.oneOf(FLAG_KEYS));
            case 1 -> d.kw(d.c.oneOf(STRING_KEYS)).sp().strOf(() -> Values.odd(d), Part.Slot.ASTRING);
            case 2 -> {
                d.kw(d.c.oneOf(DATE_KEYS)).sp();
                Values.date(d);
            }
            case 3 -> d.kw(d.c.oneOf("LARGER", "SMALLER")).text(" " + d.c.below(100000));
            case 4 -> {
                d.kw(d.c.oneOf("KEYWORD", "UNKEYWORD")).sp().rule("flag-keyword");
                d.text(d.c.oneOf("$Forwarded", "fz", "$Junk"));
            }
            case 5 -> {
                d.kw("HEADER").sp();
                Values.headerName(d);
                d.sp().strOf(() -> Values.odd(d), Part.Slot.ASTRING);
            }
            case 6 -> {
                if (d.c.percent(50)) {
                    d.kw("UID").sp();
                }
                d.text(Values.sequenceSet(d));
            }
            case 7 -> {
                d.rule("search-key-nested").kw("NOT").sp();
                key(d, depth + 1);
            }
            case 8 -> {
                d.rule("search-key-nested").kw("OR").sp();
                key(d, depth + 1);
                d.sp();
                key(d, depth + 1);
            }
            default -> {
                if (d.traits.has("CONDSTORE") && d.c.percent(30)) {
                    d.rule("rfc7162-search-modsequence").kw("MODSEQ").text(" " + d.c.below(1 << 20));
                    return;
                }
                d.rule("search-key-nested").text("(");
                int n = 0;
                do {
                    if (n++ > 0) {
                        d.sp();
                    }
                    key(d, depth + 1);
                } while (n < 4 && d.c.more(1));
                d.text(")");
            }
        }
    }
}
