package org.imapharness.protocol.response;

import java.util.List;

/**
 * A {@code tagged-ext-val} of RFC 4466 §2.1, the value shape every extension of LIST, SELECT and
 * other commands shares: a bare number or sequence set, or a parenthesised list of astrings and
 * nested lists. Kept as a tree so that an extension we do not model still reads and writes back.
 */
public sealed interface TaggedExtValue {

    /** {@code tagged-ext-simple}: a sequence-set, number or number64, as sent ({@code 1:3,7}). */
    record Simple(String text) implements TaggedExtValue {
    }

    /** An {@code astring} inside a {@code tagged-ext-comp}, decoded. */
    record Text(String value) implements TaggedExtValue {
    }

    /** {@code "(" [tagged-ext-comp] ")"}: only the outermost list may be empty. */
    record Group(List<TaggedExtValue> items) implements TaggedExtValue {
        public Group {
            items = List.copyOf(items);
        }
    }
}
