package org.imapharness.core.fuzz;

/**
 * Commands of the selected state (RFC 3501 §6.4), their UID forms (§6.4.8) and the extensions
 * MOVE (RFC 6851), UID EXPUNGE (RFC 4315) and UNSELECT (RFC 3691) when advertised.
 */
final class SelectedFamilies {
    private SelectedFamilies() {
    }

    /** Appends one command to {@code d}; returns its family name. */
    static String generate(Draw d) {
        int kind = d.c.below(12);
        boolean uid = d.c.percent(35);
        String prefix = "";
        if (uid && kind >= 4 && kind <= 9) {
            d.rule("uid").kw("UID").sp();
            prefix = "UID ";
        }
        switch (kind) {
            case 0 -> {
                d.rule("check").kw("CHECK");
                return "CHECK";
            }
            case 1 -> {
                if (d.traits.has("UNSELECT") && d.c.percent(50)) {
                    d.rule("rfc3691-unselect").kw("UNSELECT");
                    return "UNSELECT";
                }
                d.rule("close").kw("CLOSE");
                return "CLOSE";
            }
            case 2 -> {
                if (d.traits.has("UIDPLUS") && d.c.percent(40)) {
                    d.rule("rfc4315-uid-expunge").rule("uid").kw("UID").sp().kw("EXPUNGE").sp()
                            .text(Values.sequenceSet(d));
                    return "UID EXPUNGE";
                }
                d.rule("expunge").kw("EXPUNGE");
                return "EXPUNGE";
            }
            case 3, 4 -> {
                boolean move = d.traits.has("MOVE") && d.c.percent(40);
                d.rule(move ? "rfc6851-move" : "copy").kw(move ? "MOVE" : "COPY").sp().text(Values.sequenceSet(d)).sp()
                        .str(d.c.percent(50) ? Values.created(d) : Values.odd(d), Part.Slot.ASTRING);
                return prefix + (move ? "MOVE" : "COPY");
            }
            case 5, 6 -> {
                d.rule("fetch").kw("FETCH").sp().text(Values.sequenceSet(d)).sp();
                FetchItems.items(d);
                return prefix + "FETCH";
            }
            case 7 -> {
                store(d);
                return prefix + "STORE";
            }
            default -> {
                d.rule("search").kw("SEARCH").sp();
                SearchKeys.criteria(d);
                return prefix + "SEARCH";
            }
        }
    }

    /** {@code store = "STORE" SP sequence-set SP store-att-flags}, with UNCHANGEDSINCE under CONDSTORE. */
    private static void store(Draw d) {
        d.rule("store").kw("STORE").sp().text(Values.sequenceSet(d)).sp();
        if (d.traits.has("CONDSTORE") && d.c.percent(15)) {
            d.rule("rfc7162-store-modifier").text("(").kw("UNCHANGEDSINCE").text(" " + d.c.below(1 << 20) + ") ");
        }
        d.rule("store-att-flags").text(d.c.oneOf("", "+", "-")).kw(d.c.percent(50) ? "FLAGS" : "FLAGS.SILENT").sp();
        if (d.c.percent(70)) {
            Values.flagList(d);
        } else {
            Values.flag(d);
            while (d.c.more(1)) {
                d.sp();
                Values.flag(d);
            }
        }
    }
}
