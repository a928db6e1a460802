package org.imapharness.core.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * One piece of a generated command, kept abstract where RFC 3501 lets the same value be
 * written several ways, so the equivalence checks can rewrite it: a {@link Str} can go out as
 * an atom, quoted string or literal (§4.3), a {@link Keyword} in any letter case (§9: the
 * grammar is case-insensitive).
 */
public sealed interface Part {

    /** Syntax written as is: spaces, parentheses, numbers, sequence sets. */
    record Text(String ascii) implements Part {
    }

    /** A keyword of the grammar (command names, FETCH items, SEARCH keys, flags): any case means the same. */
    record Keyword(String name) implements Part {
        Keyword withCase(CaseStyle style) {
            return new Keyword(style.apply(name));
        }
    }

    /**
     * A string argument and how it is written now; {@code slot} is the grammar position, which
     * decides the forms it may take ({@link Forms#allows}).
     */
    record Str(byte[] value, Form form, Slot slot) implements Part {
        public Str {
            if (!Forms.allows(value, form, slot)) {
                throw new IllegalArgumentException(form + " cannot carry " + Arrays.toString(value) + " as " + slot);
            }
        }

        Str as(Form other) {
            return new Str(value, other, slot);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Str s && Arrays.equals(value, s.value) && form == s.form && slot == s.slot;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value) * 31 + form.hashCode();
        }

        @Override
        public String toString() {
            return form + ":" + new String(value, StandardCharsets.ISO_8859_1);
        }
    }

    /** Bytes put in by a near-valid mutation: sent exactly, never rewritten. */
    record Raw(byte[] bytes) implements Part {
        @Override
        public boolean equals(Object o) {
            return o instanceof Raw r && Arrays.equals(bytes, r.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Raw[" + new String(bytes, StandardCharsets.ISO_8859_1) + "]";
        }
    }

    /** Where a {@link Str} stands in the grammar. */
    enum Slot {
        /** {@code astring}: atom (with {@code ]}), quoted or literal. */
        ASTRING,
        /** {@code string} / {@code nstring}: quoted or literal only. */
        STRING,
        /** {@code list-mailbox}: like astring, with the wildcards {@code %} and {@code *}. */
        LIST_MAILBOX,
        /** APPEND's message: {@code literal} only (no quoted form). */
        MESSAGE,
        /** RFC 3516 {@code literal8}: literal only, written {@code ~{n}}, NUL allowed. */
        BINARY
    }

    /** How a {@link Str} is written on the wire. */
    enum Form {
        /** {@code atom} / {@code ASTRING-CHAR}s: only for values that are all such characters. */
        ATOM,
        /** {@code quoted}: 7-bit text, {@code "} and {@code \} escaped. */
        QUOTED,
        /** {@code literal}: a synchronizing literal, waits for {@code +} (§7.5). */
        LITERAL,
        /** RFC 7888 {@code {n+}}: no wait. */
        LITERAL_PLUS
    }

    /** Letter case of keywords, for the case-insensitivity check. */
    enum CaseStyle {
        UPPER, LOWER, ALTERNATING;

        String apply(String s) {
            return switch (this) {
                case UPPER -> s.toUpperCase(Locale.ROOT);
                case LOWER -> s.toLowerCase(Locale.ROOT);
                case ALTERNATING -> {
                    StringBuilder b = new StringBuilder(s.length());
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        b.append(i % 2 == 0 ? Character.toLowerCase(c) : Character.toUpperCase(c));
                    }
                    yield b.toString();
                }
            };
        }
    }
}
