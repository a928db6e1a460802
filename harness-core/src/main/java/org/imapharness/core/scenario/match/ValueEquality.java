package org.imapharness.core.scenario.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.imapharness.core.scenario.Template;
import org.imapharness.protocol.codec.DateTimes;
import org.imapharness.protocol.model.SequenceSet;

/**
 * When a written value equals a received one. Atoms compare case-insensitively (RFC 3501 §9
 * note: keywords and flags are case-insensitive); strings compare exactly, except that INBOX is
 * case-insensitive as a mailbox name (§5.1); numbers compare as numbers; sequence sets by the
 * numbers they hold; date-times by the moment they name (§2.3.3 leaves the zone to the server).
 */
final class ValueEquality {
    private static final int MAX_EXPANSION = 10_000;

    private ValueEquality() {
    }

    /** Does {@code text} (an atom, or a quoted string when {@code quoted}) equal {@code v}? */
    static boolean exact(String text, boolean quoted, Value v) {
        if (v instanceof Value.Num n) {
            return !quoted && isDigits(text) && text.length() < 19 && Long.parseLong(text) == n.value();
        }
        if (v instanceof Value.Word w) {
            return normalize(text).equals(normalize(w.text()));
        }
        if (v instanceof Value.Text t) {
            return t.mailbox() && isInbox(text) && isInbox(t.text()) || text.equals(t.text());
        }
        if (v instanceof Value.Data d) {
            return Arrays.equals(Template.encode(text), d.bytes().toByteArray());
        }
        if (v instanceof Value.Numbers n) {
            return !quoted && sameNumbers(text, n.set());
        }
        if (v instanceof Value.DateTime d) {
            return quoted && sameMoment(text, d);
        }
        return false;
    }

    /** A date-time string names the same moment as {@code received}, in whatever zone either is written. */
    private static boolean sameMoment(String text, Value.DateTime received) {
        try {
            return DateTimes.parse(text).toInstant().equals(received.value().toInstant());
        } catch (RuntimeException e) {
            return false; // not a date-time: no moment to compare
        }
    }

    /** Does a captured value equal a received one? */
    static boolean same(Value a, Value b) {
        Long na = number(a);
        Long nb = number(b);
        if (na != null && nb != null) {
            return na.longValue() == nb.longValue();
        }
        if (a instanceof Value.Group ga && b instanceof Value.Group gb) {
            return sameItems(ga.items(), gb.items(), ga.shape() != Value.Shape.LIST);
        }
        if (a instanceof Value.Nil || b instanceof Value.Nil) {
            return a instanceof Value.Nil && b instanceof Value.Nil;
        }
        if (a instanceof Value.DateTime x && b instanceof Value.DateTime y) {
            return x.value().toInstant().equals(y.value().toInstant());
        }
        if (a instanceof Value.Numbers x && b instanceof Value.Numbers y) {
            return expand(x.set()).equals(expand(y.set()));
        }
        if (a instanceof Value.Group || b instanceof Value.Group
                || a instanceof Value.Tail || b instanceof Value.Tail) {
            return false;
        }
        String ta = Bindings.text(a);
        if (a instanceof Value.Word || b instanceof Value.Word) {
            return normalize(ta).equals(normalize(Bindings.text(b)));
        }
        boolean quoted = !(a instanceof Value.Numbers);
        return exact(ta, quoted, b);
    }

    private static boolean sameItems(List<Value> a, List<Value> b, boolean unordered) {
        if (a.size() != b.size()) {
            return false;
        }
        if (!unordered) {
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        List<Value> left = new ArrayList<>(b);
        outer:
        for (Value x : a) {
            for (int i = 0; i < left.size(); i++) {
                if (same(x, left.get(i))) {
                    left.remove(i);
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }

    /** The value as a number when it is one: a number, a one-number set, or digits. */
    static Long number(Value v) {
        if (v instanceof Value.Num n) {
            return n.value();
        }
        if (v instanceof Value.Numbers n && n.set().ranges().size() == 1 && n.set().ranges().get(0).isSingle()
                && !n.set().usesStar()) {
            return n.set().ranges().get(0).start();
        }
        String text = v instanceof Value.Text t ? t.text() : v instanceof Value.Word w ? w.text() : null;
        return text != null && isDigits(text) && text.length() < 19 ? Long.parseLong(text) : null;
    }

    /** Upper case, no quotes, single spaces: how section names such as BODY[HEADER.FIELDS (From)] compare. */
    static String normalize(String s) {
        return s.toUpperCase(Locale.ROOT).replace("\"", "").replaceAll("\\s+", " ").trim();
    }

    private static boolean isInbox(String s) {
        return s.equalsIgnoreCase("INBOX");
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean sameNumbers(String text, SequenceSet received) {
        try {
            return expand(SequenceSet.parse(text)).equals(expand(received));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The numbers in order; a set too big to expand is compared by its wire form. */
    private static Object expand(SequenceSet set) {
        List<Long> out = new ArrayList<>();
        for (SequenceSet.Range r : set.ranges()) {
            if (r.start() == SequenceSet.STAR || r.end() == SequenceSet.STAR || r.high() - r.low() > MAX_EXPANSION
                    || out.size() > MAX_EXPANSION) {
                return set.toWire();
            }
            long step = r.start() <= r.end() ? 1 : -1;
            for (long n = r.start(); n != r.end() + step; n += step) {
                out.add(n);
            }
        }
        return out;
    }
}
