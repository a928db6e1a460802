package org.imapharness.core.scenario.match;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.imapharness.protocol.codec.DateTimes;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.SequenceSet;

/**
 * A parsed response seen as the items of IMAP's syntax, with the meaning the model knows added:
 * which atoms compare case-insensitively, which strings are mailbox names (INBOX is
 * case-insensitive, RFC 3501 §5.1), which lists are sets (flags, capabilities, search results)
 * and which are name/value pairs (FETCH data, STATUS items), where order does not matter.
 */
public sealed interface Value {

    /** How a list's items relate. */
    enum Shape {
        /** Position matters (envelope, body structure, response items). */
        LIST,
        /** Order does not matter (flags, attributes, capabilities, search results). */
        SET,
        /** Name, value, name, value...; names are unique and their order does not matter. */
        PAIRS
    }

    record Num(long value) implements Value {
        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    /** An atom whose case does not matter: keywords, flags, capability and attribute names. */
    record Word(String text) implements Value {
        public Word {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** A string value, compared exactly; a mailbox name also matches INBOX in any case. */
    record Text(String text, boolean mailbox) implements Value {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String toString() {
            return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
    }

    /**
     * A date-time (INTERNALDATE): it names a moment, and the zone it is written in is the server's
     * choice (RFC 3501 §2.3.3 does not fix it), so it equals any date-time naming the same moment.
     */
    record DateTime(OffsetDateTime value) implements Value {
        public DateTime {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return '"' + DateTimes.format(value) + '"';
        }
    }

    /** Message data (a literal or nstring in a FETCH). */
    record Data(Octets bytes) implements Value {
        public Data {
            Objects.requireNonNull(bytes, "bytes");
        }

        @Override
        public String toString() {
            return "{" + bytes.length() + "}" + bytes;
        }
    }

    record Nil() implements Value {
        @Override
        public String toString() {
            return "NIL";
        }
    }

    /** A sequence set or UID set, e.g. in COPYUID or VANISHED. */
    record Numbers(SequenceSet set) implements Value {
        public Numbers {
            Objects.requireNonNull(set, "set");
        }

        @Override
        public String toString() {
            return set.toWire();
        }
    }

    /** A parenthesised list. */
    record Group(Shape shape, List<Value> items) implements Value {
        public Group {
            Objects.requireNonNull(shape, "shape");
            items = List.copyOf(items);
        }

        @Override
        public String toString() {
            return "(" + join(items) + ")";
        }
    }

    /**
     * The unparenthesised last items of a response, such as the names after {@code CAPABILITY}
     * or the numbers after {@code SEARCH}: always last in its sequence.
     */
    record Tail(Shape shape, List<Value> items) implements Value {
        public Tail {
            Objects.requireNonNull(shape, "shape");
            items = List.copyOf(items);
        }

        @Override
        public String toString() {
            return join(items);
        }
    }

    static String join(List<Value> items) {
        return items.stream().map(Value::toString).filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
    }
}
