package org.imapharness.core.scenario.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imapharness.core.scenario.Pattern;

/**
 * Matches pattern items against received values with backtracking: in sets and name/value
 * lists any pairing may be the right one, and a capture made on one path must not leak into
 * another. Each step calls {@code next} with the bindings so far; {@code null} means "no match
 * on this path". The deepest failure is kept to explain a mismatch.
 */
final class ItemMatcher {
    /** Bounds the search on pathological patterns (many wildcards over large sets). */
    private static final long BUDGET = 500_000;

    interface Next {
        Bindings apply(Bindings b);
    }

    private long steps;
    private int depth;
    private int failureDepth = -1;
    private String failure = "";

    /** Why the last attempt failed, at its deepest point. */
    String failure() {
        return failure;
    }

    Bindings sequence(List<Pattern> ps, List<Value> vs, Bindings b, Next k) {
        return sequence(ps, 0, vs, 0, b, k);
    }

    private Bindings sequence(List<Pattern> ps, int i, List<Value> vs, int j, Bindings b, Next k) {
        if (i == ps.size()) {
            if (j == vs.size() || j == vs.size() - 1 && vs.get(j) instanceof Value.Tail t && t.items().isEmpty()) {
                return k.apply(b);
            }
            return fail("no more items", vs.get(j).toString());
        }
        Pattern p = ps.get(i);
        if (p instanceof Pattern.Rest) {
            return k.apply(b);
        }
        if (j < vs.size() && vs.get(j) instanceof Value.Tail t) {
            return unordered(ps.subList(i, ps.size()), t.items(), t.shape(), b, k);
        }
        if (j == vs.size()) {
            return fail(p.toString(), "nothing more");
        }
        return nested(() -> item(p, vs.get(j), b, b2 -> sequence(ps, i + 1, vs, j + 1, b2, k)));
    }

    Bindings item(Pattern p, Value v, Bindings b, Next k) {
        if (++steps > BUDGET) {
            return fail("a pattern that can be decided in " + BUDGET + " steps", "too many ways to pair items");
        }
        if (p instanceof Pattern.Any) {
            return k.apply(b);
        }
        if (p instanceof Pattern.Variable var) {
            Value bound = b.get(var.name());
            if (bound == null) {
                return k.apply(b.with(var.name(), v));
            }
            return ValueEquality.same(bound, v) ? k.apply(b) : fail("$" + var.name() + " = " + bound, v.toString());
        }
        if (p instanceof Pattern.Exact e) {
            String text = e.text().render(b::text);
            return ValueEquality.exact(text, e.quoted(), v) ? k.apply(b) : fail(e.quoted() ? p.toString() : text,
                    v.toString());
        }
        if (p instanceof Pattern.Nil) {
            return v instanceof Value.Nil ? k.apply(b) : fail("NIL", v.toString());
        }
        if (p instanceof Pattern.Compare c) {
            return compare(c, v, b, k);
        }
        if (p instanceof Pattern.Absent a) {
            return fail(a + " only inside an unordered list (CAPABILITY, ENABLED, FLAGS, LIST attributes, SEARCH)",
                    v.toString());
        }
        if (p instanceof Pattern.Data d) {
            String text = d.content().render(b::text);
            return ValueEquality.exact(text, true, v) && !(v instanceof Value.Word) ? k.apply(b)
                    : fail(p.toString(), v.toString());
        }
        if (p instanceof Pattern.ListOf l) {
            if (!(v instanceof Value.Group g)) {
                return fail(p.toString(), v.toString());
            }
            return g.shape() == Value.Shape.LIST ? sequence(l.items(), g.items(), b, k)
                    : unordered(l.items(), g.items(), g.shape(), b, k);
        }
        return fail(p.toString(), v.toString());
    }

    private Bindings compare(Pattern.Compare c, Value v, Bindings b, Next k) {
        Long n = ValueEquality.number(v);
        if (n == null) {
            return fail("a number " + c, v.toString());
        }
        long other;
        try {
            other = b.valueOf(c.operand());
        } catch (IllegalArgumentException e) {
            return fail("a number to compare with", e.getMessage());
        }
        return c.relation().test(n, other) ? k.apply(b)
                : fail("a number " + c.relation().symbol() + " " + other, v.toString());
    }

    private Bindings unordered(List<Pattern> ps, List<Value> vs, Value.Shape shape, Bindings b, Next k) {
        boolean rest = !ps.isEmpty() && ps.get(ps.size() - 1) instanceof Pattern.Rest;
        List<Pattern> items = rest ? ps.subList(0, ps.size() - 1) : ps;
        List<Pattern.Absent> absent = items.stream().filter(Pattern.Absent.class::isInstance)
                .map(Pattern.Absent.class::cast).toList();
        if (!absent.isEmpty()) {
            if (shape == Value.Shape.PAIRS) {
                return fail(absent.get(0) + " only inside an unordered list, not among name/value items",
                        Value.join(vs));
            }
            items = items.stream().filter(p -> !(p instanceof Pattern.Absent)).toList();
        }
        for (Pattern.Absent a : absent) {
            Value present = find(a, vs);
            if (present != null) {
                return fail("no " + a.item() + " in the list", present.toString());
            }
        }
        return shape == Value.Shape.PAIRS ? pairs(items, rest, vs, b, k)
                : set(items, 0, new boolean[vs.size()], rest, vs, b, k);
    }

    /** The received item an {@code !ITEM} forbids, or null. It has no variables, so bindings do not matter. */
    private static Value find(Pattern.Absent a, List<Value> vs) {
        String text = a.item().text().render(name -> "");
        for (Value v : vs) {
            if (ValueEquality.exact(text, a.item().quoted(), v)) {
                return v;
            }
        }
        return null;
    }

    private Bindings set(List<Pattern> ps, int i, boolean[] used, boolean rest, List<Value> vs, Bindings b, Next k) {
        if (i == ps.size()) {
            for (int j = 0; j < used.length; j++) {
                if (!used[j] && !rest) {
                    return fail("no more items (write ... to allow others)", vs.get(j).toString());
                }
            }
            return k.apply(b);
        }
        for (int j = 0; j < vs.size(); j++) {
            if (!used[j]) {
                used[j] = true;
                int jj = j;
                Bindings r = nested(() -> item(ps.get(i), vs.get(jj), b, b2 -> set(ps, i + 1, used, rest, vs, b2, k)));
                used[j] = false;
                if (r != null) {
                    return r;
                }
            }
        }
        return fail(ps.get(i).toString(), vs.isEmpty() ? "an empty list" : "no such item among " + Value.join(vs));
    }

    /** Name/value lists (FETCH data, STATUS items): each written name must be there with a matching value. */
    private Bindings pairs(List<Pattern> ps, boolean rest, List<Value> vs, Bindings b, Next k) {
        Map<String, Value> received = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (int j = 0; j + 1 < vs.size(); j += 2) {
            String name = ValueEquality.normalize(Bindings.text(vs.get(j)));
            received.put(name, vs.get(j + 1));
            order.add(name);
        }
        if (ps.size() % 2 != 0) {
            return fail("name value pairs", "a name without a value in the pattern: " + ps.get(ps.size() - 1));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < ps.size(); i += 2) {
            if (!(ps.get(i) instanceof Pattern.Exact e) || !e.text().variables().isEmpty()) {
                return fail("a data item name such as FLAGS", ps.get(i).toString());
            }
            names.add(ValueEquality.normalize(e.text().render(x -> "")));
        }
        if (!rest) {
            for (String name : order) {
                if (!names.contains(name)) {
                    return fail("only " + String.join(" ", names) + " (write ... to allow others)", "also " + name);
                }
            }
        }
        return pairsFrom(ps, names, 0, received, b, k);
    }

    private Bindings pairsFrom(List<Pattern> ps, List<String> names, int i, Map<String, Value> received, Bindings b,
                               Next k) {
        if (i == names.size()) {
            return k.apply(b);
        }
        Value v = received.get(names.get(i));
        if (v == null) {
            return fail(names.get(i) + " " + ps.get(2 * i + 1), "no " + names.get(i) + " item");
        }
        return nested(() -> item(ps.get(2 * i + 1), v, b, b2 -> pairsFrom(ps, names, i + 1, received, b2, k)));
    }

    private Bindings nested(java.util.function.Supplier<Bindings> inner) {
        depth++;
        try {
            return inner.get();
        } finally {
            depth--;
        }
    }

    private Bindings fail(String expected, String found) {
        if (depth >= failureDepth) {
            failureDepth = depth;
            failure = "expected " + expected + ", found " + found;
        }
        return null;
    }
}
