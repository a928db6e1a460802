package org.imapharness.core.scenario;

import java.util.List;
import java.util.Objects;

/**
 * One item of an expected response, matched against the parsed response's values (see
 * {@code scenario.match}). Atoms compare case-insensitively where IMAP says so; strings exactly.
 */
public sealed interface Pattern {

    /** A value as written: an atom or number ({@code quoted == false}) or a quoted string. */
    record Exact(Template text, boolean quoted) implements Pattern {
        public Exact {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String toString() {
            return quoted ? '"' + text.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"'
                    : text.toString();
        }
    }

    /** {@code NIL}. */
    record Nil() implements Pattern {
        @Override
        public String toString() {
            return "NIL";
        }
    }

    /** {@code *}: any one item. */
    record Any() implements Pattern {
        @Override
        public String toString() {
            return "*";
        }
    }

    /** {@code ...}: any further items of the enclosing list (last in a list only). */
    record Rest() implements Pattern {
        @Override
        public String toString() {
            return "...";
        }
    }

    /**
     * {@code !STARTTLS}: no item of the enclosing unordered list (CAPABILITY, FLAGS, ...) equals
     * {@code item}, an atom or a quoted string. It takes no item itself, so the list's other
     * items are matched as if it were not written.
     */
    record Absent(Exact item) implements Pattern {
        public Absent {
            Objects.requireNonNull(item, "item");
        }

        @Override
        public String toString() {
            return "!" + item;
        }
    }

    /** {@code $name}: captures the item the first time, must equal the captured value after. */
    record Variable(String name) implements Pattern {
        public Variable {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String toString() {
            return "$" + name;
        }
    }

    /** {@code >$uidnext}, {@code <=5}: a number in relation to another. */
    record Compare(Relation relation, Operand operand) implements Pattern {
        public Compare {
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(operand, "operand");
        }

        @Override
        public String toString() {
            return relation.symbol() + operand.toString().replace(" ", "");
        }
    }

    /** {@code ( ... )}. */
    record ListOf(List<Pattern> items) implements Pattern {
        public ListOf {
            items = List.copyOf(items);
        }

        @Override
        public String toString() {
            return "(" + Patterns.join(items) + ")";
        }
    }

    /** A literal's or string's exact bytes, written {@code {"text"}} or as a block of {@code |} lines. */
    record Data(Template content) implements Pattern {
        public Data {
            Objects.requireNonNull(content, "content");
        }

        @Override
        public String toString() {
            String s = content.toString();
            return s.length() > 40 ? "{\"" + s.substring(0, 40) + "...\"}" : "{\"" + s + "\"}";
        }
    }
}
