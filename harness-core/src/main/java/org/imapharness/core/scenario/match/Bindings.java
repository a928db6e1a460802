package org.imapharness.core.scenario.match;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.imapharness.core.scenario.Operand;
import org.imapharness.protocol.codec.DateTimes;

/**
 * Variable values during a run: built-ins bound by the interpreter and values captured by
 * patterns. Immutable, so that a matcher can try an alternative and simply drop the bindings
 * of a path that failed.
 */
public final class Bindings {
    private static final Bindings EMPTY = new Bindings(Map.of());

    private final Map<String, Value> values;

    private Bindings(Map<String, Value> values) {
        this.values = values;
    }

    public static Bindings empty() {
        return EMPTY;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The value, or {@code null} when unbound. */
    public Value get(String name) {
        return values.get(name);
    }

    public Bindings with(String name, Value value) {
        Map<String, Value> copy = new LinkedHashMap<>(values);
        copy.put(name, value);
        return new Bindings(Collections.unmodifiableMap(copy));
    }

    public Map<String, Value> asMap() {
        return values;
    }

    /**
     * The value as it is put into a line: a number's digits, a string's or atom's text (no
     * quotes: write {@code "$name"} where the syntax needs them), a set's wire form.
     *
     * @throws UnboundVariableException when the variable has no value (an optional response that
     *                                  did not arrive was to capture it)
     */
    public String text(String name) {
        Value v = values.get(name);
        if (v == null) {
            throw new UnboundVariableException(name);
        }
        return text(v);
    }

    /**
     * An operand's value: a constant, or a captured number plus the constant.
     *
     * @throws UnboundVariableException when the variable has no value
     * @throws IllegalArgumentException when its value is not a number
     */
    public long valueOf(Operand o) {
        if (o.variable() == null) {
            return o.offset();
        }
        Value v = values.get(o.variable());
        if (v == null) {
            throw new UnboundVariableException(o.variable());
        }
        Long n = ValueEquality.number(v);
        if (n == null) {
            throw new IllegalArgumentException("$" + o.variable() + " is " + v + ", not a number");
        }
        return n + o.offset();
    }

    static String text(Value v) {
        if (v instanceof Value.Text t) {
            return t.text();
        }
        if (v instanceof Value.Word w) {
            return w.text();
        }
        if (v instanceof Value.DateTime d) {
            return DateTimes.format(d.value());
        }
        if (v instanceof Value.Data d) {
            return new String(d.bytes().toByteArray(), StandardCharsets.UTF_8);
        }
        return v.toString();
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** A variable used before any value was captured for it. */
    public static final class UnboundVariableException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String name;

        public UnboundVariableException(String name) {
            super("$" + name + " has no value: the optional response that was to capture it did not arrive");
            this.name = name;
        }

        public String name() {
            return name;
        }
    }
}
