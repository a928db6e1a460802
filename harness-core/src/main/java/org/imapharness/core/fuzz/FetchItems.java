package org.imapharness.core.fuzz;

/**
 * FETCH data items (RFC 3501 §6.4.5, §9 {@code fetch-att}): macros, single items and lists,
 * with deep {@code section-part}s, HEADER.FIELDS lists whose names take every string form,
 * partial ranges, and the BINARY (RFC 3516) and CHANGEDSINCE (RFC 7162) additions when advertised.
 */
final class FetchItems {
    private static final String[] SIMPLE = {"FLAGS", "UID", "INTERNALDATE", "RFC822.SIZE", "ENVELOPE",
        "BODYSTRUCTURE", "BODY", "RFC822.HEADER", "RFC822", "RFC822.TEXT"};

    private FetchItems() {
    }

    /** What follows {@code FETCH sequence-set SP}. */
    static void items(Draw d) {
        switch (d.c.below(5)) {
            case 0 -> d.kw(d.c.oneOf("FAST", "ALL", "FULL"));
            case 1 -> att(d);
            default -> {
                d.text("(");
                int n = 0;
                do {
                    if (n++ > 0) {
                        d.sp();
                    }
                    att(d);
                } while (n < 8 && d.c.more(2));
                d.text(")");
            }
        }
        if (d.traits.has("CONDSTORE") && d.c.percent(15)) {
            d.rule("rfc7162-fetch-modifier").text(" (").kw("CHANGEDSINCE").text(" " + d.c.between(1, 1 << 20) + ")");
        }
    }

    /** One {@code fetch-att}. */
    static void att(Draw d) {
        d.rule("fetch-att");
        int kind = d.c.below(6);
        if (kind < 2) {
            d.kw(d.c.oneOf(SIMPLE));
        } else if (kind == 5 && d.traits.has("BINARY")) {
            d.rule("rfc3516-fetch-binary").kw(d.c.oneOf("BINARY.PEEK", "BINARY", "BINARY.SIZE")).text("[");
            d.text(part(d)).text("]");
        } else if (kind == 4 && d.traits.has("CONDSTORE")) {
            d.kw("MODSEQ");
        } else {
            d.kw(d.c.percent(70) ? "BODY.PEEK" : "BODY");
            section(d);
            if (d.c.percent(30)) {
                d.rule("partial").text("<" + d.c.below(5000) + "." + d.c.between(1, 5000) + ">");
            }
        }
    }

    /** {@code section = "[" [section-spec] "]"}. */
    static void section(Draw d) {
        d.rule("section").text("[");
        if (d.c.more(4)) {
            d.rule("section-spec");
            if (d.c.percent(50)) {
                d.text(part(d));
                if (d.c.percent(60)) {
                    d.text(".");
                    sectionText(d, true);
                }
            } else {
                sectionText(d, false);
            }
        }
        d.text("]");
    }

    /** {@code section-part = nz-number *("." nz-number)}, sometimes many levels deep. */
    private static String part(Draw d) {
        d.rule("section-part");
        StringBuilder b = new StringBuilder().append(d.c.between(1, 3));
        int depth = d.c.percent(10) ? d.c.between(8, 40) : d.c.below(3);
        for (int i = 0; i < depth; i++) {
            b.append('.').append(d.c.between(1, 3));
        }
        return b.toString();
    }

    /** {@code section-msgtext}, or MIME after a part ({@code section-text}). */
    private static void sectionText(Draw d, boolean afterPart) {
        d.rule(afterPart ? "section-text" : "section-msgtext").rule("section-msgtext");
        int kind = d.c.below(afterPart ? 5 : 4);
        switch (kind) {
            case 0 -> d.kw("HEADER");
            case 1 -> d.kw("TEXT");
            case 4 -> d.kw("MIME");
            default -> {
                d.kw(kind == 2 ? "HEADER.FIELDS" : "HEADER.FIELDS.NOT").text(" (").rule("header-list");
                int n = 0;
                do {
                    if (n++ > 0) {
                        d.sp();
                    }
                    Values.headerName(d);
                } while (n < 6 && d.c.more(2));
                d.text(")");
            }
        }
    }
}
