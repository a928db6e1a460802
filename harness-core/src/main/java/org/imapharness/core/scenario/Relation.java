package org.imapharness.core.scenario;

/** A numeric comparison, as in {@code >$uidnext} in a pattern or {@code check: $a >= $b}. */
public enum Relation {
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

    private final String symbol;

    Relation(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean test(long left, long right) {
        return switch (this) {
            case EQ -> left == right;
            case NE -> left != right;
            case LT -> left < right;
            case LE -> left <= right;
            case GT -> left > right;
            case GE -> left >= right;
        };
    }

    /** The relation written {@code symbol}, or {@code null}. */
    public static Relation ofSymbol(String symbol) {
        for (Relation r : values()) {
            if (r.symbol.equals(symbol)) {
                return r;
            }
        }
        return null;
    }
}
