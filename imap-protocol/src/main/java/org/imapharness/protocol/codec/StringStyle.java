package org.imapharness.protocol.codec;

/**
 * Which representation {@link CommandWriter} picks for values the grammar lets travel as a
 * string. The three forms mean the same to a correct server, which makes the style a knob for
 * metamorphic testing: one command sent three ways must get one answer.
 *
 * <p>Only values are affected; keywords, flags, sequence sets and other grammar atoms are never
 * quoted. A value that cannot take the requested form falls back to the next stronger one
 * (atom, then quoted, then literal): a quoted string cannot hold CR, LF or 8-bit bytes
 * (RFC 3501 §9 {@code QUOTED-CHAR}), and nothing can hold NUL.
 */
public enum StringStyle {
    /** Atom where the rule is an {@code astring} (or {@code list-mailbox}) and the value fits, else quoted, else literal. */
    SHORTEST,
    /** Quoted wherever the value can be quoted, else literal. */
    QUOTED,
    /** A literal wherever a string is allowed. */
    LITERAL
}
