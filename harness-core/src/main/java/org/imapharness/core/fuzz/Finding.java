package org.imapharness.core.fuzz;

import java.util.Objects;

/**
 * A rule the server broke while fuzzed. {@code command} is the command that showed it (for an
 * equivalence failure, the form as generated, and {@code variant} the form answered differently);
 * {@code detail} says what was expected and found.
 */
public record Finding(Kind kind, String detail, WireCommand command, Variant variant) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    public Finding(Kind kind, String detail, WireCommand command) {
        this(kind, detail, command, null);
    }

    /**
     * The other form of an equivalence failure: how it was sent; {@code expectedStatus} is the
     * status the form as generated got (OK, NO or BAD; null if it got none).
     */
    public record Variant(String how, WireCommand command, int splitAt, boolean pipelined, String expectedStatus) {
        Variant(String how, WireCommand command, int splitAt, boolean pipelined) {
            this(how, command, splitAt, pipelined, null);
        }
    }

    /** What went wrong, with the requirement it breaks. */
    public enum Kind {
        NO_ANSWER("RFC 3501 §2.2.2, §7.5", "no tagged OK/NO/BAD, BYE or close within the timeout"),
        CLOSED_WITHOUT_BYE("RFC 3501 §7.1.5", "the connection closed without an untagged BYE"),
        GRAMMAR("RFC 3501 §9", "a response that breaks the formal syntax"),
        UNEXPECTED_CONTINUATION("RFC 3501 §7.5; RFC 7888 §3", "a continuation request nobody asked for"),
        FOREIGN_TAG("RFC 3501 §2.2.2", "a tagged response with a tag the client never sent"),
        SERVER_DOWN("RFC 3501 §7.1.5", "after the command the server no longer accepts connections"),
        NOT_EQUIVALENT("RFC 3501 §4.3, §9, §5.5", "equivalent forms of one command got different answers");

        private final String rfc;
        private final String meaning;

        Kind(String rfc, String meaning) {
            this.rfc = rfc;
            this.meaning = meaning;
        }

        public String rfc() {
            return rfc;
        }

        public String meaning() {
            return meaning;
        }
    }

    /** One line for logs and reports. */
    public String describe() {
        return kind + " (" + kind.rfc() + "): " + detail;
    }
}
